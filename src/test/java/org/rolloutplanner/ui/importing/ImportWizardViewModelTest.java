package org.rolloutplanner.ui.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rolloutplanner.app.workspace.OpenMode;
import org.rolloutplanner.domain.common.FileProblem;
import org.rolloutplanner.domain.district.DistrictProfile;
import org.rolloutplanner.domain.school.School;
import org.rolloutplanner.domain.school.SchoolLevel;
import org.rolloutplanner.io.importing.ImportField;
import org.rolloutplanner.persistence.WorkspaceOpener;
import org.rolloutplanner.persistence.WorkspaceServices;
import org.rolloutplanner.ui.common.SynchronousTaskRunner;
import org.rolloutplanner.ui.common.TaskRunner;
import org.rolloutplanner.ui.importing.ImportWizardViewModel.Step;

/** The import wizard without a screen, on a real workspace, with work run at once. */
class ImportWizardViewModelTest {

    @TempDir
    static Path dir;
    static int n;
    static WorkspaceServices ws;
    ImportWizardViewModel vm;
    int imported;
    String district;

    @BeforeAll
    static void workspace() {
        ws = WorkspaceServices.of(new WorkspaceOpener().open(dir.resolve("wizard.mv.db"), OpenMode.CREATE_IF_MISSING));
    }

    @AfterAll
    static void close() {
        ws.close();
    }

    /** Each test has a district of its own: Riverside 1, Riverside 2… */
    @BeforeEach
    void districtWithTwoSchools() {
        district = "Riverside " + (++n);
        var d = ws.districts().createWithSchools(district, DistrictProfile.EMPTY, List.of(
                new School(0, "00101", "Adams Elementary", SchoolLevel.ELEMENTARY, "", "", 400, 60.0, "North", "", null, null),
                new School(0, "00109", "Old School", SchoolLevel.HIGH, "", "", 100, null, "", "", null, null)));
        vm = new ImportWizardViewModel(new SynchronousTaskRunner(), ws.imports(), d.name(), () -> imported++, Runnable::run);
    }

    Path csv(String text) throws IOException {
        return Files.writeString(dir.resolve("schools-" + n + ".csv"), text, StandardCharsets.UTF_8);
    }

    @Test
    void theHappyPathShowsTheColumnsThenTheChangesAndWritesOnlyOnConfirm() throws IOException {
        Path f = csv("""
                Code,School Name,Type,Students,Principal
                00101,Adams Elementary,Elementary,420,Ms. Reyes
                00102,Baker Middle,Middle,600,Mr. Cole
                """);

        vm.chooseFiles(() -> List.of(f));

        assertThat(vm.stepProperty().get()).isEqualTo(Step.MAPPING);
        assertThat(vm.columns()).extracting(ImportWizardViewModel.ColumnRow::header)
                .containsExactly("Code", "School Name", "Type", "Students", "Principal");
        assertThat(vm.columns()).extracting(c -> c.fieldProperty().get()).containsExactly(ImportField.ID, ImportField.NAME,
                ImportField.ATTRIBUTE, ImportField.ENROLLMENT, ImportField.ATTRIBUTE);
        assertThat(vm.columns().get(3).samples()).isEqualTo("420 | 600");

        vm.columns().get(2).fieldProperty().set(ImportField.LEVEL); // "Type" is the level here
        vm.readFiles();

        assertThat(vm.stepProperty().get()).isEqualTo(Step.PREVIEW);
        assertThat(vm.changes()).containsExactly(
                "New: Baker Middle (00102)",
                "Changed: Adams Elementary (00101): Enrollment: 400 → 420; Principal: (empty) → Ms. Reyes",
                "Not in the files (kept): Old School (00109)");
        assertThat(vm.summaryProperty().get()).startsWith("1 new, 1 changed, 0 unchanged, 1 not in the files (kept)");
        assertThat(ws.schools().ofDistrict(ws.districts().require(district).key())).hasSize(2);

        vm.confirm();

        assertThat(vm.stepProperty().get()).isEqualTo(Step.DONE);
        assertThat(vm.summaryProperty().get()).startsWith("Added 1 school, updated 1, unchanged 0, rejected 0 rows.");
        assertThat(imported).isEqualTo(1);
        assertThat(ws.schools().ofDistrict(ws.districts().require(district).key()))
                .extracting(School::id, School::enrollment, School::level)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("00101", 420, SchoolLevel.ELEMENTARY),
                        org.assertj.core.groups.Tuple.tuple("00102", 600, SchoolLevel.MIDDLE),
                        org.assertj.core.groups.Tuple.tuple("00109", 100, SchoolLevel.HIGH));
    }

    @Test
    void problemsAreListedAndTheBadRowsCanBeSkipped() throws IOException {
        Path f = csv("id,name,level,enrollment\n00102,Baker,middle,600\n00103,,high,100\n00104,Castle,castle,5\n");
        vm.chooseFiles(() -> List.of(f));

        vm.readFiles();

        assertThat(vm.stepProperty().get()).isEqualTo(Step.PROBLEMS);
        assertThat(vm.problems()).extracting(FileProblem::row, FileProblem::column).containsExactly(
                org.assertj.core.groups.Tuple.tuple(3, "name"), org.assertj.core.groups.Tuple.tuple(4, "level"));
        assertThat(vm.canSkipProperty().get()).isTrue();

        vm.skipBadRows();
        assertThat(vm.stepProperty().get()).isEqualTo(Step.PREVIEW);
        assertThat(vm.summaryProperty().get()).contains("2 rows left out");
        vm.confirm();

        assertThat(ws.schools().ofDistrict(ws.districts().require(district).key())).extracting(School::id)
                .containsExactly("00101", "00102", "00109");
    }

    @Test
    void aMappingWithoutAnIdSaysSoAndStaysOnTheMappingStep() throws IOException {
        Path f = csv("id,name,level,enrollment\n1,One,high,100\n");
        vm.chooseFiles(() -> List.of(f));
        vm.columns().getFirst().fieldProperty().set(ImportField.IGNORE);

        vm.readFiles();

        assertThat(vm.stepProperty().get()).isEqualTo(Step.MAPPING);
        assertThat(vm.messageProperty().get()).startsWith("No column is mapped to School ID");
    }

    @Test
    void fixMappingGoesBackAndCancelClosesWithoutWriting() throws IOException {
        Path f = csv("id,name,level,enrollment\n1,,high,100\n");
        vm.chooseFiles(() -> List.of(f));
        vm.readFiles();

        vm.fixMapping();
        assertThat(vm.stepProperty().get()).isEqualTo(Step.MAPPING);
        vm.cancel();

        assertThat(vm.closedProperty().get()).isTrue();
        assertThat(ws.schools().ofDistrict(ws.districts().require(district).key())).hasSize(2);
    }

    @Test
    void cancellingWhileReadingStopsAndWritesNothing() throws IOException {
        StringBuilder sb = new StringBuilder("id,name,level,enrollment\n");
        for (int i = 0; i < 20_000; i++) {
            sb.append(i).append(",S").append(i).append(",high,10\n");
        }
        Path f = csv(sb.toString());
        // a runner that lets the "person" press Cancel while the work runs
        TaskRunner cancelling = new TaskRunner() {
            @Override
            public <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
                if (vm.busyProperty().get() && vm.progressProperty().get().startsWith("Reading")) {
                    vm.cancel();
                }
                new SynchronousTaskRunner().run(work, onSuccess, onFailure);
            }

            @Override
            public void close() {
            }
        };
        vm = new ImportWizardViewModel(cancelling, ws.imports(), district, () -> imported++, Runnable::run);
        vm.chooseFiles(() -> List.of(f));

        vm.readFiles();

        assertThat(vm.messageProperty().get()).isEqualTo("The import was cancelled. Nothing was changed.");
        assertThat(vm.busyProperty().get()).isFalse();
        assertThat(vm.stepProperty().get()).isEqualTo(Step.MAPPING);
        assertThat(imported).isZero();
    }
}
