package org.rolloutplanner.ui.schools;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rolloutplanner.app.school.InMemorySchools;
import org.rolloutplanner.app.district.SampleDistrict;
import org.rolloutplanner.app.school.SchoolService;
import org.rolloutplanner.domain.district.District;
import org.rolloutplanner.domain.school.School;
import org.rolloutplanner.domain.school.SchoolField;
import org.rolloutplanner.domain.school.SchoolLevel;
import org.rolloutplanner.ui.common.FakeDialogService;
import org.rolloutplanner.ui.common.SynchronousTaskRunner;
import org.rolloutplanner.ui.common.UndoManager;

/** The Schools screen's logic, without the FX toolkit, on an in-memory district. */
class SchoolsViewModelTest {

    private final InMemorySchools db = new InMemorySchools();
    private final FakeDialogService dialogs = new FakeDialogService();
    private final UndoManager undo = new UndoManager();
    private SchoolsViewModel vm;
    private School canyon;

    @BeforeEach
    void setUp() {
        db.insertAll(1, SampleDistrict.schools());
        vm = new SchoolsViewModel(new SynchronousTaskRunner(), dialogs, undo);
        vm.show(new SchoolService(db, db), new District(1, SampleDistrict.NAME, SampleDistrict.PROFILE), false);
        canyon = shown("Canyon High School");
    }

    private School shown(String name) {
        return vm.allSchools().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void showsEverySchoolOfTheDistrictWithCounts() {
        assertThat(vm.shownSchools()).hasSize(50);
        assertThat(vm.countTextProperty().get()).isEqualTo("50 of 50 schools shown");
        assertThat(vm.studentsTextProperty().get()).endsWith(" students");
    }

    @Test
    void negativeEnrollmentIsRefusedWithAMessageAndNothingIsSaved() {
        var refusal = vm.edit(canyon, SchoolField.ENROLLMENT, "-5");
        assertThat(refusal).isPresent();
        assertThat(vm.messageProperty().get()).contains("Enrollment cannot be negative");
        assertThat(db.byId(canyon.id()).enrollment()).isEqualTo(canyon.enrollment());
        assertThat(undo.canUndoProperty().get()).isFalse();
    }

    @Test
    void percentAbove100AndDuplicateIdAreRefused() {
        assertThat(vm.edit(canyon, SchoolField.FRL_PERCENT, "120")).get().asString().contains("between 0 and 100");
        School other = shown("Washington High School");
        assertThat(vm.edit(canyon, SchoolField.ID, other.id())).get().asString().contains("already has the ID");
    }

    @Test
    void goodEditIsSavedAtOnceAndUndoRestoresIt() {
        vm.edit(canyon, SchoolField.ENROLLMENT, "1234");
        assertThat(db.byId(canyon.id()).enrollment()).isEqualTo(1234);
        assertThat(shown("Canyon High School").enrollment()).isEqualTo(1234);
        assertThat(undo.undoTextProperty().get()).isEqualTo("Undo change of enrollment");

        undo.undo();
        assertThat(db.byId(canyon.id()).enrollment()).isEqualTo(canyon.enrollment());
        assertThat(shown("Canyon High School").enrollment()).isEqualTo(canyon.enrollment());

        undo.redo();
        assertThat(db.byId(canyon.id()).enrollment()).isEqualTo(1234);
    }

    @Test
    void deleteAsksFirstAndUndoBringsTheSchoolBack() {
        vm.selectedProperty().set(canyon);
        vm.deleteSelected();
        assertThat(dialogs.shown).singleElement().asString().contains("Canyon High School");
        assertThat(db.byId(canyon.id())).isNull();
        assertThat(vm.shownSchools()).hasSize(49);

        undo.undo();
        assertThat(db.byId(canyon.id())).isEqualTo(canyon);
        assertThat(vm.shownSchools()).hasSize(50);
    }

    @Test
    void declinedDeleteKeepsTheSchool() {
        dialogs.confirmAnswer = false;
        vm.selectedProperty().set(canyon);
        vm.deleteSelected();
        assertThat(db.byId(canyon.id())).isNotNull();
        assertThat(undo.canUndoProperty().get()).isFalse();
    }

    @Test
    void addedSchoolGetsAFreeIdAndCanBeUndone() {
        vm.addSchool();
        assertThat(db.byId("NEW-1")).isNotNull();
        assertThat(vm.selectedProperty().get().id()).isEqualTo("NEW-1");
        undo.undo();
        assertThat(db.byId("NEW-1")).isNull();
    }

    @Test
    void levelFilterShowsOnlyThatLevel() {
        vm.levelFilterProperty().set(SchoolLevel.HIGH);
        assertThat(vm.shownSchools()).isNotEmpty().allMatch(s -> s.level() == SchoolLevel.HIGH);
        long highs = vm.allSchools().stream().filter(s -> s.level() == SchoolLevel.HIGH).count();
        assertThat(vm.countTextProperty().get()).isEqualTo(highs + " of 50 schools shown");
    }

    @Test
    void regionAndTextFiltersCombine() {
        vm.regionFilterProperty().set("North");
        vm.textFilterProperty().set("canyon");
        assertThat(vm.shownSchools()).extracting(School::name).contains("Canyon High School")
                .allMatch(n -> n.toLowerCase().contains("canyon"));
        assertThat(vm.regions()).contains(SchoolsViewModel.ALL_REGIONS, "North", "South");
    }

    @Test
    void readOnlyWorkspaceRefusesChanges() {
        vm.show(new SchoolService(db, db), new District(1, SampleDistrict.NAME, SampleDistrict.PROFILE), true);
        vm.edit(canyon, SchoolField.ENROLLMENT, "1234");
        assertThat(db.byId(canyon.id()).enrollment()).isEqualTo(canyon.enrollment());
    }

    @Test
    void columnsKeptByAnImportAreListedWithEachSchoolsValue() {
        School other = vm.allSchools().stream().filter(s -> s.key() != canyon.key()).findFirst().orElseThrow();
        db.attributes.put(canyon.key(), java.util.Map.of("Principal", "Dr. Lee", "LEAID", "0100005"));
        db.attributes.put(other.key(), java.util.Map.of("Principal", "Ms. Reyes"));

        vm.show(new SchoolService(db, db), new District(1, SampleDistrict.NAME, SampleDistrict.PROFILE), false);

        assertThat(vm.attributeNames()).containsExactly("LEAID", "Principal");
        assertThat(vm.attribute(shown("Canyon High School"), "Principal")).isEqualTo("Dr. Lee");
        assertThat(vm.attribute(shown("Canyon High School"), "LEAID")).isEqualTo("0100005");
        assertThat(vm.attribute(shown(other.name()), "Principal")).isEqualTo("Ms. Reyes");
        assertThat(vm.attribute(shown(other.name()), "LEAID")).as("a school without the value").isEmpty();

        vm.show(new SchoolService(db, db), null, false);
        assertThat(vm.attributeNames()).as("no district, no extra columns").isEmpty();
    }
}
