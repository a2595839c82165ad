package org.rolloutplanner.persistence;

import static org.rolloutplanner.persistence.generated.Tables.DISTRICT;

import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.rolloutplanner.app.district.DistrictRepository;
import org.rolloutplanner.domain.district.District;
import org.rolloutplanner.domain.district.DistrictProfile;
import org.rolloutplanner.domain.district.DistrictType;
import org.rolloutplanner.persistence.generated.tables.records.DistrictRecord;

/** Districts in the workspace's {@code district} table. */
public final class JooqDistrictRepository implements DistrictRepository {

    private final DSLContext dsl;

    public JooqDistrictRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public List<District> all() {
        return dsl.selectFrom(DISTRICT).orderBy(DISTRICT.NAME).fetch(JooqDistrictRepository::toDomain);
    }

    @Override
    public Optional<District> byKey(long key) {
        return dsl.selectFrom(DISTRICT).where(DISTRICT.ID.eq(key)).fetchOptional(JooqDistrictRepository::toDomain);
    }

    @Override
    public Optional<District> byName(String name) {
        return dsl.selectFrom(DISTRICT).where(DISTRICT.NAME.equalIgnoreCase(name))
                .fetchOptional(JooqDistrictRepository::toDomain);
    }

    @Override
    public District insert(District d) {
        DistrictRecord r = dsl.newRecord(DISTRICT);
        fill(r, d);
        r.setId(Ids.next(dsl, DISTRICT.ID));
        r.store();
        return new District(r.getId(), d.name(), d.profile());
    }

    @Override
    public void update(District d) {
        DistrictRecord r = dsl.fetchSingle(DISTRICT, DISTRICT.ID.eq(d.key()));
        fill(r, d);
        r.store();
    }

    @Override
    public void delete(long key) {
        dsl.deleteFrom(DISTRICT).where(DISTRICT.ID.eq(key)).execute();
    }

    private static void fill(DistrictRecord r, District d) {
        DistrictProfile p = d.profile();
        r.setName(d.name());
        r.setDistrictType(p.type().name());
        r.setState(p.state());
        r.setStudents(p.students());
        r.setTeachers(p.teachers());
        r.setFrlEligibility(p.frlEligibility());
        r.setGraduationRate(p.graduationRate());
        r.setPerPupilSpend(p.perPupilSpend());
    }

    static District toDomain(DistrictRecord r) {
        DistrictType type = DistrictType.parse(r.getDistrictType()).orElse(DistrictType.OTHER);
        return new District(r.getId(), r.getName(), new DistrictProfile(type, r.getState(), r.getStudents(),
                r.getTeachers(), r.getFrlEligibility(), r.getGraduationRate(), r.getPerPupilSpend()));
    }
}
