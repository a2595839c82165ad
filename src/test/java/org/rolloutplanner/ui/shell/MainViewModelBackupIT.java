package org.rolloutplanner.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rolloutplanner.app.district.SampleDistrict;
import org.rolloutplanner.app.workspace.OpenMode;
import org.rolloutplanner.domain.district.DistrictProfile;
import org.rolloutplanner.persistence.WorkspaceBackups;
import org.rolloutplanner.persistence.WorkspaceFiles;
import org.rolloutplanner.persistence.WorkspaceOpener;
import org.rolloutplanner.ui.common.FakeDialogService;
import org.rolloutplanner.ui.common.SynchronousTaskRunner;
import org.rolloutplanner.ui.common.UndoManager;
import org.rolloutplanner.ui.schools.SchoolsViewModel;

/** Backups as the window offers them: on open, every few minutes, after a damaged open, and from the File menu. */
class MainViewModelBackupIT {

    @TempDir
    Path dir;

    private MainViewModel vm;
    private int quits;
    private final FakeDialogService dialogs = new FakeDialogService();

    private MainViewModel newViewModel() {
        var runner = new SynchronousTaskRunner();
        var schools = new SchoolsViewModel(runner, dialogs, new UndoManager());
        return new MainViewModel(runner, dialogs, new WorkspaceOpener(), schools, () -> quits++, d -> Optional.empty());
    }

    @AfterEach
    void close() {
        if (vm != null) {
            vm.closeWorkspace();
        }
    }

    @Test
    void openingBacksUpAndTheTimedBackupOnlyRunsAfterAChange() {
        Path ws = dir.resolve("plan.mv.db");
        vm = newViewModel();
        vm.open(ws, OpenMode.CREATE_IF_MISSING);
        var files = WorkspaceFiles.of(ws);
        assertThat(WorkspaceBackups.list(files)).singleElement()
                .satisfies(b -> assertThat(b.kind()).isEqualTo(WorkspaceBackups.Kind.OPENED));

        vm.backUpIfChanged();
        assertThat(WorkspaceBackups.list(files)).hasSize(1);

        vm.services().districts().create("Second district", DistrictProfile.EMPTY);
        vm.backUpIfChanged();
        assertThat(WorkspaceBackups.list(files)).hasSize(2).first()
                .satisfies(b -> assertThat(b.kind()).isEqualTo(WorkspaceBackups.Kind.AUTOMATIC));
    }

    @Test
    void aDamagedWorkspaceOffersTheNewestBackupWithItsDateAndSizeAndRestoresIt() throws Exception {
        Path ws = dir.resolve("plan.mv.db");
        vm = newViewModel();
        vm.open(ws, OpenMode.CREATE_IF_MISSING); // the sample district, backed up on open
        vm.closeWorkspace();
        try (var ch = Files.newByteChannel(ws, StandardOpenOption.WRITE)) {
            ch.truncate(10_000);
        }
        var offered = new java.util.ArrayList<String>();
        dialogs.chooseAnswer = choices -> {
            offered.addAll(choices);
            return choices.stream().filter(c -> c.startsWith(MainViewModel.RESTORE_NEWEST)).findFirst();
        };

        vm = newViewModel();
        vm.open(ws, OpenMode.EXISTING);

        assertThat(offered).as(dialogs.shown.toString()).isNotEmpty();
        assertThat(offered.getFirst()).startsWith("Restore the newest backup (").matches(".*\\d{4} \\d\\d:\\d\\d:\\d\\d, .*KB\\)");
        assertThat(dialogs.shown.getFirst()).contains("is DAMAGED").contains("Newest usable backup");
        assertThat(vm.stateProperty().get()).isEqualTo(MainViewModel.State.READY);
        assertThat(vm.currentDistrictProperty().get().name()).isEqualTo(SampleDistrict.NAME);
        assertThat(vm.schools().allSchools()).hasSize(50);
    }

    @Test
    void restoreFromBackupListsBackupsAndPutsTheChosenOneBackAfterConfirmation() {
        Path ws = dir.resolve("plan.mv.db");
        vm = newViewModel();
        vm.open(ws, OpenMode.CREATE_IF_MISSING);
        vm.deleteDistrict(); // confirmed
        assertThat(vm.districts()).isEmpty();
        vm.backUpIfChanged();
        var offered = new java.util.ArrayList<String>();
        dialogs.chooseAnswer = choices -> {
            offered.addAll(choices);
            return Optional.of(choices.getLast()); // the oldest: taken when the workspace was opened
        };

        dialogs.confirmAnswer = false;
        vm.restoreFromBackup();
        assertThat(vm.districts()).isEmpty();

        dialogs.confirmAnswer = true;
        vm.restoreFromBackup();

        assertThat(offered).hasSize(4).allMatch(c -> c.matches(".*\\d{4} \\d\\d:\\d\\d:\\d\\d, .* — .*"));
        assertThat(offered.getLast()).contains("when the workspace was opened");
        assertThat(vm.stateProperty().get()).isEqualTo(MainViewModel.State.READY);
        assertThat(vm.districts()).extracting(d -> d.name()).containsExactly(SampleDistrict.NAME);
        assertThat(WorkspaceBackups.list(WorkspaceFiles.of(ws)))
                .anyMatch(b -> b.kind() == WorkspaceBackups.Kind.BEFORE_RESTORE);
    }
}
