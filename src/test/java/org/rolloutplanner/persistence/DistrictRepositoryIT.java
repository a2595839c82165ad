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
import org.rolloutplanner.app.district.DistrictService;
import org.rolloutplanner.domain.district.District;
import org.rolloutplanner.domain.district.DistrictProfile;
import org.rolloutplanner.domain.district.DistrictType;
import org.rolloutplanner.domain.school.School;
import org.rolloutplanner.domain.school.SchoolLevel;

class DistrictRepositoryIT {

    @TempDir
    static Path dir;
    static WorkspaceServices ws;
    static DistrictService districts;

    @BeforeAll
    static void openFreshWorkspace() {
        ws = FreshWorkspace.in(dir);
        districts = ws.districts();
    }

    @AfterAll
    static void close() {
        ws.close();
    }

    private static School school(String id, int enrollment) {
        return new School(0, id, "School " + id, SchoolLevel.ELEMENTARY, "KG", "05", enrollment, 50.0, "North", "",
                60.0, 20.0);
    }

    @Test
    void aCreatedDistrictIsFoundByItsNameInAnyCase() {
        District d = districts.create("  Riverside Unified ", DistrictProfile.EMPTY);
        assertThat(d.key()).isPositive();
        assertThat(d.name()).isEqualTo("Riverside Unified");
        assertThat(districts.byName("riverside unified")).contains(d);
        assertThat(districts.all()).contains(d);
    }

    @Test
    void theProfileWithRangesAndNaIsKeptAsWritten() {
        var profile = new DistrictProfile(DistrictType.CONSORTIUM, "NM", "12,500", "n/a", "40-80%", "81%",
                "$8,000-$12,000");
        District d = districts.create("High Desert Consortium", profile);
        assertThat(districts.byName("High Desert Consortium").orElseThrow().profile()).isEqualTo(profile);

        var changed = new DistrictProfile(DistrictType.RURAL, "AZ", "13,000", "800", "n/a", "", "");
        districts.updateProfile(d, changed);
        assertThat(districts.byName("High Desert Consortium").orElseThrow().profile()).isEqualTo(changed);
    }

    @Test
    void aProfileWithAGarbageFigureIsRefusedAndNothingIsSaved() {
        var bad = new DistrictProfile(DistrictType.URBAN, "AL", "lots of students", "", "", "", "");
        assertThatThrownBy(() -> districts.create("Garbage District", bad))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("Students \"lots of students\"");
        assertThat(districts.byName("Garbage District")).isEmpty();
    }

    @Test
    void renamingKeepsTheSchools() {
        District d = districts.createWithSchools("Old Town", DistrictProfile.EMPTY, List.of(school("R1", 100)));
        District renamed = districts.rename(d, "New Town");
        assertThat(districts.byName("Old Town")).isEmpty();
        assertThat(districts.byName("New Town")).contains(renamed);
        assertThat(districts.schoolCount(renamed)).isEqualTo(1);
    }

    @Test
    void aNameAlreadyUsedIsRefusedInAnyCase() {
        districts.create("Lakeside", DistrictProfile.EMPTY);
        District other = districts.create("Hillside", DistrictProfile.EMPTY);
        assertThatThrownBy(() -> districts.create("LAKESIDE", DistrictProfile.EMPTY))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("already a district named \"Lakeside\"");
        assertThatThrownBy(() -> districts.rename(other, "lakeside")).isInstanceOf(UserFacingException.class);
        assertThat(districts.byName("Hillside")).contains(other);
    }

    @Test
    void renamingADistrictToItsOwnNameInAnotherCaseIsAllowed() {
        District d = districts.create("Brookfield", DistrictProfile.EMPTY);
        assertThat(districts.rename(d, "BROOKFIELD").name()).isEqualTo("BROOKFIELD");
    }

    @Test
    void anEmptyNameIsRefused() {
        assertThatThrownBy(() -> districts.create("   ", DistrictProfile.EMPTY))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("name is empty");
    }

    @Test
    void deletingADistrictDeletesItsSchoolsButNoOtherDistrictsSchools() {
        District doomed = districts.createWithSchools("Doomed", DistrictProfile.EMPTY,
                List.of(school("D1", 10), school("D2", 20)));
        District kept = districts.createWithSchools("Kept", DistrictProfile.EMPTY, List.of(school("D1", 30)));

        districts.delete(doomed);

        assertThat(districts.byName("Doomed")).isEmpty();
        assertThat(ws.schools().ofDistrict(doomed.key())).isEmpty();
        assertThat(ws.workspace().dsl().fetchValue("SELECT COUNT(*) FROM school WHERE district_id = ?", doomed.key()))
                .isEqualTo(0L);
        assertThat(ws.schools().ofDistrict(kept.key())).extracting(School::id).containsExactly("D1");
    }

    @Test
    void aDistrictWithARosterThatBreaksADatabaseRuleIsNotCreatedAtAll() {
        // the roster repeats an id; the database's unique rule refuses it and the district must not stay half-made
        assertThatThrownBy(() -> districts.createWithSchools("Half Made", DistrictProfile.EMPTY,
                List.of(school("H1", 10), school("H1", 20))))
                .isInstanceOf(UserFacingException.class);
        assertThat(districts.byName("Half Made")).isEmpty();
    }

    @Test
    void theDatabaseItselfRefusesABlankOrDuplicateDistrictName() {
        var dsl = ws.workspace().dsl();
        dsl.execute("INSERT INTO district (id, name) VALUES (9001, 'Raw SQL District')");
        assertThatThrownBy(() -> dsl.execute("INSERT INTO district (id, name) VALUES (9002, 'Raw SQL District')"))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("DISTRICT_NAME_UNIQUE");
        assertThatThrownBy(() -> dsl.execute("INSERT INTO district (id, name) VALUES (9003, '   ')"))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("DISTRICT_NAME_NOT_BLANK");
        assertThatThrownBy(() -> dsl.execute("INSERT INTO district (id, name, district_type) VALUES (9004, 'T', 'PLANET')"))
                .isInstanceOf(DataAccessException.class);
    }

    @Test
    void requireListsTheDistrictsThereAreWhenTheNameIsUnknown() {
        districts.create("Listed District", DistrictProfile.EMPTY);
        assertThatThrownBy(() -> districts.require("Atlantis"))
                .isInstanceOf(UserFacingException.class)
                .hasMessageContaining("no district named \"Atlantis\"")
                .hasMessageContaining("Listed District");
    }
}
