package org.rolloutplanner.app.district;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.rolloutplanner.app.Transactions;
import org.rolloutplanner.app.UserFacingException;
import org.rolloutplanner.app.school.SchoolRepository;
import org.rolloutplanner.domain.district.District;
import org.rolloutplanner.domain.district.DistrictProfile;
import org.rolloutplanner.domain.school.School;

/** Creating, renaming, describing and deleting districts. Each call is one committed transaction. */
public final class DistrictService {

    private final DistrictRepository districts;
    private final SchoolRepository schools;
    private final Transactions tx;

    public DistrictService(DistrictRepository districts, SchoolRepository schools, Transactions tx) {
        this.districts = districts;
        this.schools = schools;
        this.tx = tx;
    }

    public List<District> all() {
        return tx.inTransaction(districts::all);
    }

    public Optional<District> byName(String name) {
        return tx.inTransaction(() -> districts.byName(name.strip()));
    }

    /** The district of that name, or a message listing the districts there are. */
    public District require(String name) {
        return byName(name).orElseThrow(() -> new UserFacingException("There is no district named \"" + name
                + "\" in this workspace. Districts: " + String.join(", ", all().stream().map(District::name).toList())
                + "."));
    }

    public District create(String name, DistrictProfile profile) {
        return createWithSchools(name, profile, List.of());
    }

    /** Creates a district together with its schools, all or nothing. */
    public District createWithSchools(String name, DistrictProfile profile, List<School> roster) {
        String clean = checkName(name, 0);
        checkProfile(profile);
        return tx.inTransaction(() -> {
            District d = districts.insert(new District(0, clean, profile));
            schools.insertAll(d.key(), roster);
            return d;
        });
    }

    public District rename(District district, String newName) {
        String clean = checkName(newName, district.key());
        District renamed = new District(district.key(), clean, district.profile());
        tx.run(() -> districts.update(renamed));
        return renamed;
    }

    public District updateProfile(District district, DistrictProfile profile) {
        checkProfile(profile);
        District changed = new District(district.key(), district.name(), profile);
        tx.run(() -> districts.update(changed));
        return changed;
    }

    /** Deletes the district and all its schools. */
    public void delete(District district) {
        tx.run(() -> districts.delete(district.key()));
    }

    public int schoolCount(District district) {
        return tx.inTransaction(() -> schools.countOfDistrict(district.key()));
    }

    private String checkName(String name, long ownKey) {
        District.nameProblem(name).ifPresent(p -> {
            throw new UserFacingException(p);
        });
        String clean = name.strip();
        tx.inTransaction(districts::all).stream()
                .filter(d -> d.key() != ownKey && d.name().toLowerCase(Locale.ROOT).equals(clean.toLowerCase(Locale.ROOT)))
                .findFirst()
                .ifPresent(d -> {
                    throw new UserFacingException("There is already a district named \"" + d.name()
                            + "\". Choose another name.");
                });
        return clean;
    }

    private static void checkProfile(DistrictProfile profile) {
        List<String> problems = profile.problems();
        if (!problems.isEmpty()) {
            throw new UserFacingException(String.join("\n", problems));
        }
    }
}
