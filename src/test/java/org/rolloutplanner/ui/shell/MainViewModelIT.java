package org.rolloutplanner.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rolloutplanner.ui.common.FakeDialogService;
import org.rolloutplanner.app.district.SampleDistrict;
import org.rolloutplanner.app.workspace.OpenMode;
import org.rolloutplanner.domain.district.District;
import org.rolloutplanner.domain.district.DistrictProfile;
import org.rolloutplanner.domain.district.DistrictType;
import org.rolloutplanner.persistence.WorkspaceOpener;
import org.rolloutplanner.ui.common.SynchronousTaskRunner;
import org.rolloutplanner.ui.common.UndoManager;
import org.rolloutplanner.ui.schools.SchoolsViewModel;

/** The window's workspace and district logic, without the FX toolkit, on real workspace files. */
class MainViewModelIT {

    @TempDir
    Path dir;

    private DistrictProfile profileAnswer;
    private int quits;
    private MainViewModel vm;

    private final FakeDialogService dialogs = new FakeDialogService();

    private MainViewModel newViewModel() {
        var runner = new SynchronousTaskRunner();
        var schools = new SchoolsViewModel(runner, dialogs, new UndoManager());
        return new MainViewModel(runner, dialogs, new WorkspaceOpener(), schools, () -> quits++,
                d -> Optional.ofNullable(profileAnswer));
    }

    @AfterEach
    void close() {
        if (vm != null) {
            vm.closeWorkspace();
        }
    }

    @Test
    void defaultWorkspaceIsCreatedWithTheSampleDistrict() {
        vm = newViewModel();
        vm.open(dir.resolve("workspace.mv.db"), OpenMode.CREATE_IF_MISSING);
        assertThat(vm.stateProperty().get()).isEqualTo(MainViewModel.State.READY);
        assertThat(vm.currentDistrictProperty().get().name()).isEqualTo(SampleDistrict.NAME);
        assertThat(vm.schools().allSchools()).hasSize(50);
        assertThat(vm.titleProperty().get()).contains("workspace.mv.db");
    }

    @Test
    void missingNamedWorkspaceIsOnlyCreatedWhenThePersonAgrees() {
        vm = newViewModel();
        Path missing = dir.resolve("plans.mv.db");
        dialogs.confirmAnswer = false;
        vm.open(missing, OpenMode.EXISTING);
        assertThat(dialogs.shown).singleElement().asString().contains("There is no workspace at").contains("Create");
        assertThat(vm.stateProperty().get()).isEqualTo(MainViewModel.State.NO_WORKSPACE);
        assertThat(Files.exists(missing)).isFalse();

        dialogs.confirmAnswer = true;
        vm.open(missing, OpenMode.EXISTING);
        assertThat(vm.stateProperty().get()).isEqualTo(MainViewModel.State.READY);
        assertThat(Files.exists(missing)).isTrue();
    }

    @Test
    void fileThatIsNotAWorkspaceGivesAClearMessage() throws Exception {
        Path notes = dir.resolve("notes.mv.db");
        Files.writeString(notes, "shopping list");
        vm = newViewModel();
        vm.open(notes, OpenMode.EXISTING);
        assertThat(vm.stateProperty().get()).isEqualTo(MainViewModel.State.NO_WORKSPACE);
        assertThat(dialogs.shown).singleElement().asString().startsWith("Could not open the workspace: ")
                .doesNotContain("Exception");
        assertThat(Files.readString(notes)).isEqualTo("shopping list");
    }

    @Test
    void newRenameProfileAndDeleteOfADistrict() {
        vm = newViewModel();
        vm.open(dir.resolve("workspace.mv.db"), OpenMode.CREATE_IF_MISSING);

        dialogs.textAnswer = "Cedar County";
        vm.newDistrict();
        assertThat(vm.currentDistrictProperty().get().name()).isEqualTo("Cedar County");
        assertThat(vm.districts()).hasSize(2);
        assertThat(vm.schools().allSchools()).isEmpty();

        dialogs.textAnswer = "Cedar County Schools";
        vm.renameDistrict();
        assertThat(vm.currentDistrictProperty().get().name()).isEqualTo("Cedar County Schools");

        profileAnswer = new DistrictProfile(DistrictType.COUNTY, "TN", "12,000", "n/a", "40-80%", "", "$9,800");
        vm.editProfile();
        assertThat(vm.currentDistrictProperty().get().profile().frlEligibility()).isEqualTo("40-80%");

        vm.currentDistrictProperty().set(vm.districts().getFirst());
        dialogs.shown.clear();
        vm.deleteDistrict();
        assertThat(dialogs.shown).singleElement().asString().contains("Its 50 schools will be deleted with it.");
        assertThat(vm.districts()).extracting(District::name).containsExactly("Cedar County Schools");
    }

    @Test
    void duplicateDistrictNameIsRefusedWithItsMessage() {
        vm = newViewModel();
        vm.open(dir.resolve("workspace.mv.db"), OpenMode.CREATE_IF_MISSING);
        dialogs.textAnswer = SampleDistrict.NAME;
        vm.newDistrict();
        assertThat(dialogs.shown).singleElement().asString().contains("There is already a district named");
        assertThat(vm.districts()).hasSize(1);
    }

    @Test
    void readOnlyWorkspaceCannotBeChanged() {
        vm = newViewModel();
        Path ws = dir.resolve("workspace.mv.db");
        vm.open(ws, OpenMode.CREATE_IF_MISSING);
        vm.closeWorkspace();
        vm = newViewModel();
        vm.open(ws, OpenMode.READ_ONLY);
        assertThat(vm.readOnlyProperty().get()).isTrue();
        assertThat(vm.schools().editableProperty().get()).isFalse();
        dialogs.textAnswer = "Another";
        vm.newDistrict();
        assertThat(vm.districts()).hasSize(1);
    }
}
