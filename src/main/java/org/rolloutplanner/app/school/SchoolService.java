package org.rolloutplanner.app.school;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.rolloutplanner.app.Transactions;
import org.rolloutplanner.app.UserFacingException;
import org.rolloutplanner.domain.school.School;
import org.rolloutplanner.domain.school.SchoolLevel;
import org.rolloutplanner.domain.school.SchoolRules;

/** Reading and changing a district's schools. Every change is checked against the rules and committed at once. */
public final class SchoolService {

    private final SchoolRepository schools;
    private final Transactions tx;

    public SchoolService(SchoolRepository schools, Transactions tx) {
        this.schools = schools;
        this.tx = tx;
    }

    public List<School> ofDistrict(long districtKey) {
        return tx.inTransaction(() -> schools.ofDistrict(districtKey));
    }

    /** The district's schools and their custom attributes (school key -> name -> value), read together. */
    public WithAttributes ofDistrictWithAttributes(long districtKey) {
        return tx.inTransaction(() -> new WithAttributes(schools.ofDistrict(districtKey),
                schools.attributesOfDistrict(districtKey)));
    }

    /** Schools with their custom attributes (school key -> name -> value). */
    public record WithAttributes(List<School> schools, java.util.Map<Long, java.util.Map<String, String>> attributes) {
    }

    /** Saves a changed school after checking every rule (including a unique id within the district). */
    public School save(long districtKey, School changed) {
        check(changed);
        return tx.inTransaction(() -> {
            SchoolRules.duplicateIdProblem(changed, schools.ofDistrict(districtKey)).ifPresent(p -> {
                throw new UserFacingException(p);
            });
            schools.update(changed);
            return changed;
        });
    }

    /** Adds a school (a new key is given unless the school already has one, as when a delete is undone). */
    public School add(long districtKey, School school) {
        check(school);
        return tx.inTransaction(() -> {
            SchoolRules.duplicateIdProblem(school, schools.ofDistrict(districtKey)).ifPresent(p -> {
                throw new UserFacingException(p);
            });
            return schools.insert(districtKey, school);
        });
    }

    /** Deletes a school; returns its pins and exclusions in scenarios (they go with it), for undo. */
    public SchoolLinks delete(School school) {
        return tx.inTransaction(() -> {
            SchoolLinks links = schools.links(school.key());
            schools.delete(school.key());
            return links;
        });
    }

    /** Undo of a delete: the school comes back with its key, its pins and its exclusions. */
    public School restore(long districtKey, School school, SchoolLinks links) {
        return tx.inTransaction(() -> {
            School back = add(districtKey, school);
            schools.restoreLinks(back.key(), links);
            return back;
        });
    }

    /** A new school with an id not used yet in the district ("NEW-1", "NEW-2", …), ready to be edited. */
    public static School blank(List<School> existing) {
        Set<String> used = existing.stream().map(s -> s.id().toUpperCase(Locale.ROOT)).collect(Collectors.toSet());
        int n = 1;
        while (used.contains("NEW-" + n)) {
            n++;
        }
        return new School(0, "NEW-" + n, "New school", SchoolLevel.ELEMENTARY, "", "", 0, null, "", "", null, null);
    }

    private static void check(School s) {
        SchoolRules.problem(s).ifPresent(p -> {
            throw new UserFacingException(p);
        });
    }
}
