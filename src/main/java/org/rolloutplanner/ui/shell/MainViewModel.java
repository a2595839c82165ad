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
        openWith(path, () -> opener.open(path, mode), mode);
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
                if (ws.workspace().created()) {
                    SampleDistrict.create(ws.districts());
                }
                return new Opened(ws, ws.districts().all());
            } catch (RuntimeException e) {
                ws.close();
                throw e;
            }
        }, this::opened, failure -> openFailed(path, mode, failure));
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
                default -> {
                    dialogs.showError("Could not open the workspace", we.getMessage());
                    return;
                }
            }
        }
        dialogs.showFailure("Could not open the workspace", t);
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
