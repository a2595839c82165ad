package org.rolloutplanner.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rolloutplanner.app.UserFacingException;
import org.rolloutplanner.app.school.SchoolService;
import org.rolloutplanner.domain.district.District;
import org.rolloutplanner.domain.district.DistrictProfile;
import org.rolloutplanner.domain.school.School;
import org.rolloutplanner.domain.school.SchoolLevel;

class SchoolRepositoryIT {

    @TempDir
    static Path dir;
    static WorkspaceServices ws;
    static SchoolService schools;
    static District north;
    static District south;

    @BeforeAll
    static void openFreshWorkspace() {
        ws = FreshWorkspace.in(dir);
        schools = ws.schools();
        north = ws.districts().create("North District", DistrictProfile.EMPTY);
        south = ws.districts().create("South District", DistrictProfile.EMPTY);
    }

    @AfterAll
    static void close() {
        ws.close();
    }

    private static School school(String id, String name, int enrollment) {
        return new School(0, id, name, SchoolLevel.MIDDLE, "06", "08", enrollment, 62.5, "East", "Canyon feeder",
                71.25, 33.5);
    }

    private static School find(District d, String id) {
        return schools.ofDistrict(d.key()).stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void anAddedSchoolComesBackWithEveryFieldAndItsLeadingZeros() {
        School added = schools.add(north.key(), school("000123400001", "Adams Middle", 640));
        assertThat(added.key()).isPositive();
        assertThat(find(north, "000123400001")).isEqualTo(added);
    }

    @Test
    void anUpdatedSchoolKeepsTheChange() {
        School s = schools.add(north.key(), school("U-1", "Before", 100));
        School changed = new School(s.key(), "U-1", "After", SchoolLevel.K8, "KG", "08", 0, null, "", "", null, null);
        schools.save(north.key(), changed);
        assertThat(find(north, "U-1")).isEqualTo(changed);
    }

    @Test
    void aDeletedSchoolIsGoneAndAnUndoneDeleteBringsItBackWithItsKey() {
        School s = schools.add(north.key(), school("DEL-1", "Short Lived", 100));
        schools.delete(s);
        assertThat(schools.ofDistrict(north.key())).extracting(School::id).doesNotContain("DEL-1");

        School back = schools.add(north.key(), s);
        assertThat(back.key()).isEqualTo(s.key());
        assertThat(find(north, "DEL-1")).isEqualTo(s);
    }

    @Test
    void theSameIdInAnotherCaseIsRefusedWithinADistrictButAllowedInAnother() {
        schools.add(north.key(), school("dup-7", "First", 100));
        assertThatThrownBy(() -> schools.add(north.key(), school("DUP-7", "Second", 100)))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("unique within the district");
        assertThat(schools.add(south.key(), school("DUP-7", "Elsewhere", 100)).key()).isPositive();
    }

    @Test
    void changingASchoolsIdToOneAlreadyUsedIsRefusedAndNothingChanges() {
        schools.add(north.key(), school("ID-A", "Alpha", 100));
        School b = schools.add(north.key(), school("ID-B", "Beta", 100));
        School clash = new School(b.key(), "id-a", "Beta", b.level(), b.gradeLow(), b.gradeHigh(), b.enrollment(),
                b.frlPercent(), b.region(), b.feeder(), b.readiness(), b.teachers());
        assertThatThrownBy(() -> schools.save(north.key(), clash)).isInstanceOf(UserFacingException.class);
        assertThat(find(north, "ID-B")).isEqualTo(b);
    }

    @Test
    void aNegativeEnrollmentIsRefusedBeforeItReachesTheDatabase() {
        School s = schools.add(north.key(), school("NEG-1", "Negative", 100));
        School bad = new School(s.key(), s.id(), s.name(), s.level(), "", "", -1, null, "", "", null, null);
        assertThatThrownBy(() -> schools.save(north.key(), bad))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("cannot be negative");
        assertThat(find(north, "NEG-1").enrollment()).isEqualTo(100);
    }

    @Test
    void theDatabaseItselfRefusesADuplicateIdWithinADistrict() {
        var dsl = ws.workspace().dsl();
        dsl.execute("INSERT INTO school (id, district_id, school_code, name, level, enrollment) VALUES (9001, ?, 'RAW-1', "
                + "'Raw', 'high', 10)", north.key());
        assertThatThrownBy(() -> dsl.execute("INSERT INTO school (id, district_id, school_code, name, level, enrollment) "
                + "VALUES (9002, ?, 'RAW-1', 'Raw again', 'high', 10)", north.key()))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("SCHOOL_CODE_UNIQUE_IN_DISTRICT");
        dsl.execute("INSERT INTO school (id, district_id, school_code, name, level, enrollment) VALUES (9003, ?, 'RAW-1', "
                + "'Raw', 'high', 10)", south.key());
    }

    @Test
    void theDatabaseItselfRefusesOutOfRangeValues() {
        var dsl = ws.workspace().dsl();
        String insert = "INSERT INTO school (id, district_id, school_code, name, level, enrollment, frl_percent, "
                + "readiness) VALUES ((SELECT MAX(id) + 1 FROM school), ?, ?, 'Checked', ?, ?, ?, ?)";
        assertThatThrownBy(() -> dsl.execute(insert, north.key(), "CK-1", "high", -1, 50, 50))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("SCHOOL_ENROLLMENT_NOT_NEGATIVE");
        assertThatThrownBy(() -> dsl.execute(insert, north.key(), "CK-2", "high", 10, 101, 50))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("SCHOOL_FRL_PERCENT_RANGE");
        assertThatThrownBy(() -> dsl.execute(insert, north.key(), "CK-3", "high", 10, 50, -0.5))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("SCHOOL_READINESS_RANGE");
        assertThatThrownBy(() -> dsl.execute(insert, north.key(), "CK-4", "university", 10, 50, 50))
                .isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> dsl.execute(insert, north.key(), " ", "high", 10, 50, 50))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("SCHOOL_CODE_NOT_BLANK");
        assertThat(dsl.fetchCount(dsl.selectOne().from("school").where("school_code LIKE 'CK-%'"))).isZero();
    }

    @Test
    void aRuleTheDatabaseEnforcesComesBackAsAMessageForPeople() {
        var tx = new JooqTransactions(ws.workspace());
        var repo = new JooqSchoolRepository(ws.workspace().dsl());
        repo.insert(south.key(), school("TX-1", "Original", 10));
        // bypass the service's own check, as a race or a bug would, to see the database's answer
        assertThatThrownBy(() -> tx.run(() -> repo.insert(south.key(), school("TX-1", "Copy", 10))))
                .isInstanceOf(UserFacingException.class)
                .hasMessage("Another school of this district already has that ID. School IDs must be unique within the district.");
        assertThatThrownBy(() -> tx.run(() -> repo.insert(south.key(), school("TX-2", "Negative", -3))))
                .isInstanceOf(UserFacingException.class)
                .hasMessageContaining("out of range (school enrollment not negative)");
    }

    @Test
    void percentagesAreStoredWithTwoDecimals() {
        School s = schools.add(south.key(), new School(0, "DEC-1", "Decimals", SchoolLevel.HIGH, "", "", 10, 33.333,
                "", "", 99.999, null));
        School back = find(south, "DEC-1");
        assertThat(back.frlPercent()).isEqualTo(33.33);
        assertThat(back.readiness()).isEqualTo(100.0);
        assertThat(back.key()).isEqualTo(s.key());
    }

    @Test
    void schoolsAreListedInTheOrderOfTheirIds() {
        District d = ws.districts().createWithSchools("Ordered", DistrictProfile.EMPTY,
                List.of(school("C", "c", 1), school("A", "a", 1), school("B", "b", 1)));
        assertThat(schools.ofDistrict(d.key())).extracting(School::id).containsExactly("A", "B", "C");
    }
}
