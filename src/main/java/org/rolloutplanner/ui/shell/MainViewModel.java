package org.rolloutplanner.ui.shell;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.rolloutplanner.app.AppInfo;
import org.rolloutplanner.app.district.SampleDistrict;
import org.rolloutplanner.app.workspace.OpenMode;
import org.rolloutplanner.app.workspace.WorkspaceException;
import org.rolloutplanner.domain.district.District;
import org.rolloutplanner.domain.district.DistrictProfile;
import org.rolloutplanner.persistence.WorkspaceBackups;
import org.rolloutplanner.persistence.WorkspaceCheck;
import org.rolloutplanner.persistence.WorkspaceFiles;
import org.rolloutplanner.persistence.WorkspaceOpener;
import org.rolloutplanner.persistence.WorkspaceServices;
import org.rolloutplanner.ui.common.DialogService;
import org.rolloutplanner.ui.common.Failures;
import org.rolloutplanner.ui.common.TaskRunner;
import org.rolloutplanner.ui.schools.SchoolsViewModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The window as a whole: which workspace is open, its districts, the current district and area. */
public final class MainViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(MainViewModel.class);

    static final String READ_ONLY_COPY = "Open a read-only copy";
    static final String CHOOSE_ANOTHER = "Choose another workspace…";
    static final String QUIT = "Quit";
    static final String RESTORE_NEWEST = "Restore the newest backup";

    /** What the window shows. */
    public enum State { LOADING, READY, NO_WORKSPACE }

    private final TaskRunner runner;
    private final DialogService dialogs;
    private final WorkspaceOpener opener;
    private final SchoolsViewModel schools;
    private final Runnable quit;
    private final Function<District, Optional<DistrictProfile>> profileEditor;

    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(State.LOADING);
    private final ReadOnlyStringWrapper loadingText = new ReadOnlyStringWrapper("Opening workspace…");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(AppInfo.NAME);
    private final ReadOnlyBooleanWrapper readOnly = new ReadOnlyBooleanWrapper(false);
    private final ObservableList<District> districts = FXCollections.observableArrayList();
    private final ObjectProperty<District> currentDistrict = new SimpleObjectProperty<>();
    private final ObjectProperty<Area> area = new SimpleObjectProperty<>(Area.SCHOOLS);

    private WorkspaceServices services;
    private int backupsToKeep = 10;

    public MainViewModel(TaskRunner runner, DialogService dialogs, WorkspaceOpener opener, SchoolsViewModel schools,
            Runnable quit, Function<District, Optional<DistrictProfile>> profileEditor) {
        this.runner = runner;
        this.dialogs = dialogs;
        this.opener = opener;
        this.schools = schools;
        this.quit = quit;
        this.profileEditor = profileEditor;
        currentDistrict.addListener((o, was, now) -> {
            if (services != null) {
                schools.show(services.schools(), now, readOnly.get());
            }
        });
    }

    private record Opened(WorkspaceServices services, List<District> districts) {
    }

    /**
     * Opens a workspace in the background. The default workspace is created (with the sample district) on
     * first run; a named one must exist unless the person agrees to create it.
     */
    public void open(Path path, OpenMode mode) {
        // on first run the sample district is added while the workspace is created, in the same step
        openWith(path, () -> opener.open(path, mode, MainViewModel::addSample), mode);
    }

    private void openWith(Path path, java.util.function.Supplier<org.rolloutplanner.persistence.Workspace> how,
            OpenMode mode) {
        WorkspaceServices old = services;
        services = null;
        currentDistrict.set(null);
        districts.clear();
        schools.show(null, null, true);
        state.set(State.LOADING);
        loadingText.set("Opening " + path.getFileName() + "…");
        runner.run(() -> {
            if (old != null) {
                old.close();
            }
            var ws = WorkspaceServices.of(how.get());
            try {
                backUpOnOpen(ws);
                return new Opened(ws, ws.districts().all());
            } catch (RuntimeException e) {
                ws.close();
                throw e;
            }
        }, this::opened, failure -> openFailed(path, mode, failure));
    }

    /** Fills a new workspace with the sample district, its scenarios and selection round. */
    public static void addSample(WorkspaceServices ws) {
        var sample = SampleDistrict.create(ws.districts());
        org.rolloutplanner.app.sample.SampleWork.add(sample, ws.scenarios(), ws.selection());
    }

    private void opened(Opened o) {
        services = o.services();
        readOnly.set(o.services().workspace().readOnly());
        title.set(AppInfo.NAME + " — " + o.services().workspace().path().getFileName()
                + (readOnly.get() ? " (read-only)" : ""));
        districts.setAll(o.districts());
        state.set(State.READY);
        LOG.info("Opened workspace {}{}", o.services().workspace().path(), readOnly.get() ? " read-only" : "");
        currentDistrict.set(districts.isEmpty() ? null : districts.getFirst());
        if (districts.isEmpty()) {
            schools.show(services.schools(), null, readOnly.get());
        }
    }

    private void openFailed(Path path, OpenMode mode, Throwable failure) {
        state.set(State.NO_WORKSPACE);
        title.set(AppInfo.NAME);
        Throwable t = Failures.unwrap(failure);
        if (t instanceof WorkspaceException we) {
            LOG.info("Could not open workspace {}: {} {}", path, we.kind(), we.getMessage());
            switch (we.kind()) {
                case IN_USE -> {
                    Optional<String> choice = dialogs.choose("Workspace in use", we.getMessage(),
                            List.of(READ_ONLY_COPY, CHOOSE_ANOTHER, QUIT));
                    if (choice.isEmpty() || choice.get().equals(QUIT)) {
                        quit.run();
                    } else if (choice.get().equals(READ_ONLY_COPY)) {
                        openWith(path, () -> opener.openReadOnlyCopy(path), OpenMode.READ_ONLY);
                    } else {
                        chooseWorkspace();
                    }
                    return;
                }
                case NOT_FOUND -> {
                    if (mode == OpenMode.READ_ONLY) {
                        dialogs.showError("Could not open the workspace", we.getMessage());
                    } else if (dialogs.confirm("No workspace there",
                            "There is no workspace at " + we.file() + ".\nCreate a new, empty workspace there?",
                            "Create workspace")) {
                        open(path, OpenMode.CREATE_IF_MISSING);
                    }
                    return;
                }
                case DAMAGED, NOT_A_WORKSPACE, READ_ONLY, CANNOT_WRITE, MIGRATION_FAILED -> {
                    offerBackup(path, mode, we);
                    return;
                }
                default -> {
                    dialogs.showError("Could not open the workspace", we.getMessage());
                    return;
                }
            }
        }
        dialogs.showFailure("Could not open the workspace", t);
    }

    // --- backups

    /** How many automatic backups to keep (from the settings). */
    public void keepBackups(int count) {
        backupsToKeep = Math.max(1, count);
    }

    private void backUpOnOpen(WorkspaceServices ws) {
        if (ws.workspace().readOnly()) {
            return;
        }
        try {
            WorkspaceBackups.backupIfChanged(ws.workspace(), WorkspaceBackups.Kind.OPENED, backupsToKeep);
        } catch (RuntimeException e) {
            // the workspace itself is fine; the next automatic backup tries again
            LOG.warn("Could not back up {} on opening it", ws.workspace().path(), e);
        }
    }

    /** The automatic backup every few minutes: on the database thread, only when something changed. */
    public void backUpIfChanged() {
        WorkspaceServices s = services;
        if (s == null || readOnly.get()) {
            return;
        }
        int keep = backupsToKeep;
        runner.run(() -> WorkspaceBackups.backupIfChanged(s.workspace(), WorkspaceBackups.Kind.AUTOMATIC, keep),
                made -> made.ifPresent(b -> LOG.info("Automatic backup {}", b.file())),
                f -> dialogs.showFailure("The automatic backup failed", f));
    }

    private record Damage(WorkspaceCheck.Verdict verdict) {
    }

    /** Opening failed: check the file; when it is damaged and a backup passes the check, offer to put it back. */
    private void offerBackup(Path path, OpenMode mode, WorkspaceException failure) {
        loadingText.set("Checking " + path.getFileName() + "…");
        runner.run(() -> new Damage(new WorkspaceCheck().check(path)), d -> {
            var v = d.verdict();
            if (v.status() != WorkspaceCheck.Status.DAMAGED) {
                dialogs.showError("Could not open the workspace", failure.getMessage());
                return;
            }
            if (v.backup().isEmpty()) {
                dialogs.showError("The workspace is damaged", v.describe());
                return;
            }
            var b = v.backup().get();
            String restore = RESTORE_NEWEST + " (" + b.dateAndSize() + ")";
            Optional<String> choice = dialogs.choose("The workspace is damaged", v.describe()
                    + "\n\nThe damaged file is kept beside the backups.", List.of(restore, CHOOSE_ANOTHER, QUIT));
            if (choice.isEmpty() || choice.get().equals(QUIT)) {
                quit.run();
            } else if (choice.get().equals(restore)) {
                restoreThenOpen(path, mode, b);
            } else {
                chooseWorkspace();
            }
        }, f -> dialogs.showError("Could not open the workspace", failure.getMessage()));
    }

    private void restoreThenOpen(Path path, OpenMode mode, WorkspaceBackups.Backup b) {
        runner.run(() -> {
            WorkspaceBackups.restore(WorkspaceFiles.of(path), b);
            return b;
        }, done -> open(path, mode == OpenMode.READ_ONLY ? OpenMode.READ_ONLY : OpenMode.EXISTING),
                f -> dialogs.showFailure("Could not restore the backup", f));
    }

    /** File > Restore from backup…: lists the backups with dates and sizes, confirms, restores, reopens. */
    public void restoreFromBackup() {
        WorkspaceServices s = services;
        if (s == null || readOnly.get()) {
            dialogs.showInfo("Restore from backup", "Open the workspace (not read-only) to restore one of its backups.");
            return;
        }
        WorkspaceFiles files = s.workspace().files();
        runner.run(() -> WorkspaceBackups.list(files), backups -> {
            if (backups.isEmpty()) {
                dialogs.showInfo("Restore from backup", "There are no backups of this workspace yet (they are kept in "
                        + files.backupDirectory() + ").");
                return;
            }
            List<String> labels = backups.stream().map(b -> b.dateAndSize() + " — " + b.kind().shown()).toList();
            dialogs.choose("Restore from backup", "Which backup of " + files.dataFile().getFileName()
                    + " should be put back?", labels).ifPresent(label -> {
                        var b = backups.get(labels.indexOf(label));
                        if (dialogs.confirm("Restore from backup", "Put back the backup of " + b.dateAndSize()
                                + "?\nEverything changed since then is replaced. The workspace as it is now is "
                                + "backed up first, so this can be reversed.", "Restore backup")) {
                            Path path = files.dataFile();
                            services = null;
                            state.set(State.LOADING);
                            loadingText.set("Restoring the backup of " + b.dateAndSize() + "…");
                            runner.run(() -> {
                                s.close();
                                WorkspaceBackups.restore(files, b);
                                return b;
                            }, done -> open(path, OpenMode.EXISTING), f -> {
                                dialogs.showFailure("Could not restore the backup", f);
                                open(path, OpenMode.EXISTING);
                            });
                        }
                    });
        }, f -> dialogs.showFailure("Could not list the backups", f));
    }

    public void chooseWorkspace() {
        dialogs.chooseWorkspaceFile("Open workspace", false).ifPresent(p -> open(p, OpenMode.EXISTING));
    }

    public void newWorkspace() {
        dialogs.chooseWorkspaceFile("New workspace", true).ifPresent(p -> {
            if (java.nio.file.Files.exists(org.rolloutplanner.persistence.WorkspaceFiles.of(p).dataFile())) {
                dialogs.showError("File exists", "There is already a file at " + p
                        + ". Choose a new name; an existing file is never replaced.");
                return;
            }
            open(p, OpenMode.CREATE_IF_MISSING);
        });
    }

    // --- districts

    private boolean canChangeDistricts() {
        return services != null && !readOnly.get();
    }

    public void newDistrict() {
        if (!canChangeDistricts()) {
            return;
        }
        var ds = services.districts();
        dialogs.askText("New district", "Name of the district:", "").filter(n -> !n.isBlank()).ifPresent(name ->
                runner.run(() -> ds.create(name, DistrictProfile.EMPTY), d -> {
                    districts.add(d);
                    currentDistrict.set(d);
                }, f -> dialogs.showFailure("Could not create the district", f)));
    }

    public void renameDistrict() {
        District d = currentDistrict.get();
        if (!canChangeDistricts() || d == null) {
            return;
        }
        var ds = services.districts();
        dialogs.askText("Rename district", "New name of " + d.name() + ":", d.name())
                .filter(n -> !n.equals(d.name()))
                .ifPresent(name -> runner.run(() -> ds.rename(d, name), this::replaceDistrict,
                        f -> dialogs.showFailure("Could not rename the district", f)));
    }

    public void editProfile() {
        District d = currentDistrict.get();
        if (!canChangeDistricts() || d == null) {
            return;
        }
        var ds = services.districts();
        profileEditor.apply(d).ifPresent(p -> runner.run(() -> ds.updateProfile(d, p), this::replaceDistrict,
                f -> dialogs.showFailure("Could not change the district profile", f)));
    }

    private void replaceDistrict(District changed) {
        int i = indexOf(changed.key());
        if (i >= 0) {
            boolean current = currentDistrict.get() != null && currentDistrict.get().key() == changed.key();
            districts.set(i, changed);
            if (current) {
                currentDistrict.set(changed);
            }
        }
    }

    private int indexOf(long key) {
        for (int i = 0; i < districts.size(); i++) {
            if (districts.get(i).key() == key) {
                return i;
            }
        }
        return -1;
    }

    public void deleteDistrict() {
        District d = currentDistrict.get();
        if (!canChangeDistricts() || d == null) {
            return;
        }
        var ds = services.districts();
        runner.run(() -> ds.schoolCount(d), count -> {
            String schoolsText = count == 0 ? "It has no schools."
                    : count == 1 ? "Its 1 school will be deleted with it." : "Its " + count + " schools will be deleted with it.";
            if (dialogs.confirm("Delete district", "Delete the district " + d.name() + "?\n" + schoolsText
                    + "\nThis cannot be undone.", "Delete district")) {
                runner.run(() -> {
                    ds.delete(d);
                    return d;
                }, gone -> {
                    districts.removeIf(x -> x.key() == gone.key());
                    currentDistrict.set(districts.isEmpty() ? null : districts.getFirst());
                    if (districts.isEmpty()) {
                        schools.show(services.schools(), null, readOnly.get());
                    }
                }, f -> dialogs.showFailure("Could not delete the district", f));
            }
        }, f -> dialogs.showFailure("Could not delete the district", f));
    }

    /** Closes the workspace on the database thread (at shutdown). */
    public void closeWorkspace() {
        WorkspaceServices s = services;
        services = null;
        if (s != null) {
            s.close();
        }
    }

    public WorkspaceServices services() {
        return services;
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty loadingTextProperty() {
        return loadingText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty readOnlyProperty() {
        return readOnly.getReadOnlyProperty();
    }

    public ObservableList<District> districts() {
        return districts;
    }

    public ObjectProperty<District> currentDistrictProperty() {
        return currentDistrict;
    }

    public ObjectProperty<Area> areaProperty() {
        return area;
    }

    public SchoolsViewModel schools() {
        return schools;
    }
}
