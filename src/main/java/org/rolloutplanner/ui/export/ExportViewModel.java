package org.rolloutplanner.ui.export;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.rolloutplanner.app.scenario.SavedScenario;
import org.rolloutplanner.app.scenario.ScenarioService;
import org.rolloutplanner.app.selection.SelectionService;
import org.rolloutplanner.domain.district.District;
import org.rolloutplanner.io.export.ExportCancelledException;
import org.rolloutplanner.io.export.ExportProgress;
import org.rolloutplanner.io.export.ExportSheet;
import org.rolloutplanner.io.export.ExportedPlan;
import org.rolloutplanner.io.export.Exports;
import org.rolloutplanner.io.export.PlanExport;
import org.rolloutplanner.ui.common.DialogService;
import org.rolloutplanner.ui.common.TaskRunner;

/**
 * The Export area: pick the district's scenarios (one, or several to compare), the sheets, and the file; export in
 * the background with progress and Cancel; then open the file or its folder. Also the schools of one scenario as
 * CSV. No controls here; the FX thread is reached through {@code fx} (Platform::runLater in the window).
 */
public final class ExportViewModel {

    /** A scenario of the district with its tick box. */
    public static final class Choice {
        private final SavedScenario scenario;
        private final BooleanProperty selected = new SimpleBooleanProperty();

        Choice(SavedScenario scenario, boolean selected) {
            this.scenario = scenario;
            this.selected.set(selected);
        }

        public SavedScenario scenario() {
            return scenario;
        }

        public BooleanProperty selectedProperty() {
            return selected;
        }

        @Override
        public String toString() {
            return (scenario.preferred() ? "★ " : "") + scenario.name();
        }
    }

    private final TaskRunner runner;
    private final DialogService dialogs;
    private final ExportFilePort files;
    private final Executor fx;
    private final ObservableList<Choice> choices = FXCollections.observableArrayList(c -> new javafx.beans.Observable[] {
        c.selectedProperty()});
    private final Map<ExportSheet, BooleanProperty> sheets = new EnumMap<>(ExportSheet.class);
    private final ObjectProperty<Path> target = new SimpleObjectProperty<>();
    private final BooleanProperty running = new SimpleBooleanProperty();
    private final DoubleProperty progress = new SimpleDoubleProperty();
    private final StringProperty status = new SimpleStringProperty("");
    private final ObjectProperty<Path> written = new SimpleObjectProperty<>();
    private final BooleanBinding canExport;
    private volatile AtomicBoolean cancel = new AtomicBoolean();
    private ScenarioService service;
    private SelectionService selection;
    private District district;

    public ExportViewModel(TaskRunner runner, DialogService dialogs, ExportFilePort files, Executor fx) {
        this.runner = runner;
        this.dialogs = dialogs;
        this.files = files;
        this.fx = fx;
        for (ExportSheet s : ExportSheet.values()) {
            sheets.put(s, new SimpleBooleanProperty(true));
        }
        BooleanBinding anyScenario = Bindings.createBooleanBinding(() -> choices.stream().anyMatch(c -> c.selectedProperty().get()),
                choices);
        BooleanBinding anySheet = Bindings.createBooleanBinding(() -> sheets.values().stream().anyMatch(BooleanProperty::get),
                sheets.values().toArray(BooleanProperty[]::new));
        canExport = running.not().and(anyScenario).and(anySheet).and(target.isNotNull());
    }

    /** Shows the district's scenarios (the preferred one ticked); clears everything when there is no district. */
    public void show(ScenarioService scenarios, District d) {
        show(scenarios, null, d);
    }

    /**
     * Shows the district's scenarios; with the selection service, a scenario that came from a selection round gets the
     * round's Selection sheet when it is the first one ticked.
     */
    public void show(ScenarioService scenarios, SelectionService selection, District d) {
        this.selection = selection;
        boolean sameDistrict = district != null && d != null && district.key() == d.key();
        java.util.Set<Long> ticked = new java.util.HashSet<>();
        if (sameDistrict) {
            choices.stream().filter(c -> c.selectedProperty().get()).forEach(c -> ticked.add(c.scenario().key()));
        } else {
            written.set(null);
            target.set(null);
            status.set("");
        }
        this.service = scenarios;
        this.district = d;
        if (running.get()) {
            return; // the list is read again when the area is next shown
        }
        choices.clear();
        if (scenarios == null || d == null) {
            return;
        }
        runner.run(() -> scenarios.ofDistrict(d.key()), list -> {
            if (d != district) {
                return;
            }
            choices.clear();
            boolean anyPreferred = list.stream().anyMatch(SavedScenario::preferred);
            for (int i = 0; i < list.size(); i++) {
                SavedScenario s = list.get(i);
                boolean tick = !ticked.isEmpty() ? ticked.contains(s.key()) : anyPreferred ? s.preferred() : i == 0;
                choices.add(new Choice(s, tick));
            }
            if (list.isEmpty()) {
                status.set("This district has no scenarios yet. Make one under Scenarios & Timeline, then export it here.");
            }
        }, e -> dialogs.showFailure("Could not read the scenarios", e));
    }

    public ObservableList<Choice> choices() {
        return choices;
    }

    public BooleanProperty sheetProperty(ExportSheet sheet) {
        return sheets.get(sheet);
    }

    public ObjectProperty<Path> targetProperty() {
        return target;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running;
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status;
    }

    /** The file last written; null before the first export (Open file / Open folder follow it). */
    public ReadOnlyObjectProperty<Path> writtenProperty() {
        return written;
    }

    public BooleanBinding canExportProperty() {
        return canExport;
    }

    private List<SavedScenario> selected() {
        return choices.stream().filter(c -> c.selectedProperty().get()).map(Choice::scenario).toList();
    }

    /** Asks for the workbook's file; suggests "District - Scenario.xlsx". */
    public void chooseTarget() {
        String name = suggestedName("xlsx");
        files.chooseSaveFile("Export the plan to Excel", name, "Excel workbook", "xlsx").map(p -> withEnding(p, "xlsx"))
                .ifPresent(target::set);
    }

    private String suggestedName(String ending) {
        List<SavedScenario> s = selected();
        String base = (district == null ? "Rollout plan" : district.name())
                + (s.isEmpty() ? "" : " - " + s.getFirst().name() + (s.size() > 1 ? " compared" : ""));
        return base.replaceAll("[\\\\/:*?\"<>|]", "_") + "." + ending;
    }

    static Path withEnding(Path p, String ending) {
        String n = p.getFileName().toString();
        return n.toLowerCase(Locale.ROOT).endsWith("." + ending) ? p : p.resolveSibling(n + "." + ending);
    }

    /** Exports the ticked scenarios and sheets to the chosen file, in the background. */
    public void export() {
        if (!canExport.get()) {
            return;
        }
        List<SavedScenario> picked = selected();
        EnumSet<ExportSheet> chosen = EnumSet.noneOf(ExportSheet.class);
        sheets.forEach((s, p) -> {
            if (p.get()) {
                chosen.add(s);
            }
        });
        Path file = target.get();
        ScenarioService svc = service;
        SelectionService rounds = selection;
        District d = district;
        start("Exporting…");
        AtomicBoolean flag = cancel;
        runner.run(() -> {
            List<ExportedPlan> plans = new ArrayList<>();
            for (SavedScenario s : picked) {
                if (flag.get()) {
                    throw new ExportCancelledException();
                }
                plans.add(new ExportedPlan(s.name(), s.scenario(), svc.plan(d.key(), s.scenario())));
            }
            // the first scenario's selection round, computed as the Selection area computes it
            var origin = picked.getFirst().fromSelection();
            var outcome = rounds == null || origin.isEmpty() || !chosen.contains(ExportSheet.SELECTION) ? null
                    : rounds.outcome(origin.get().roundKey(), origin.get().seats(), origin.get().rules());
            var result = Exports.workbook(new PlanExport(d.name(), plans, chosen, LocalDate.now(), outcome), file,
                    progressFor(flag));
            return result.sheets();
        }, names -> finished(file, "Exported " + picked.size() + (picked.size() == 1 ? " scenario" : " scenarios")
                + " to " + file.getFileName() + " (" + String.join(", ", names) + ")."), this::failed);
    }

    /** Exports the schools of the first ticked scenario, with cohorts and dates, as CSV for Excel. */
    public void exportSchoolsCsv() {
        List<SavedScenario> picked = selected();
        if (running.get() || picked.isEmpty() || district == null) {
            return;
        }
        Optional<Path> chosen = files.chooseSaveFile("Export the schools as CSV", suggestedName("csv"), "CSV file", "csv");
        if (chosen.isEmpty()) {
            return;
        }
        Path file = withEnding(chosen.get(), "csv");
        SavedScenario s = picked.getFirst();
        ScenarioService svc = service;
        District d = district;
        start("Exporting the schools…");
        AtomicBoolean flag = cancel;
        runner.run(() -> {
            Exports.schoolsCsv(new ExportedPlan(s.name(), s.scenario(), svc.plan(d.key(), s.scenario())), file,
                    progressFor(flag));
            return file;
        }, f -> finished(f, "Exported the schools of " + s.name() + " to " + f.getFileName() + "."), this::failed);
    }

    private void start(String what) {
        cancel = new AtomicBoolean();
        running.set(true);
        progress.set(0);
        status.set(what);
        written.set(null);
    }

    private ExportProgress progressFor(AtomicBoolean flag) {
        return new ExportProgress() {
            private long last;

            @Override
            public void update(double done, String step) {
                long now = System.nanoTime();
                if (done >= 1 || now - last > 50_000_000L) { // at most 20 updates a second
                    last = now;
                    fx.execute(() -> {
                        if (running.get()) {
                            progress.set(done);
                            status.set(step + "…");
                        }
                    });
                }
            }

            @Override
            public boolean cancelled() {
                return flag.get();
            }
        };
    }

    /** Stops the running export; the previous file (if any) stays as it was. */
    public void cancel() {
        cancel.set(true);
        if (running.get()) {
            status.set("Cancelling…");
        }
    }

    private void finished(Path file, String message) {
        running.set(false);
        progress.set(1);
        written.set(file);
        status.set(message);
    }

    private void failed(Throwable e) {
        running.set(false);
        progress.set(0);
        if (e instanceof ExportCancelledException || e instanceof java.util.concurrent.CancellationException) {
            status.set("Export cancelled. No file was written; an earlier file of that name is unchanged.");
            return;
        }
        status.set("The export failed.");
        if (e instanceof org.rolloutplanner.io.export.ExportFailedException) {
            dialogs.showError("Could not export", e.getMessage());
        } else {
            dialogs.showFailure("Could not export", e);
        }
    }

    public void openFile() {
        if (written.get() != null) {
            files.open(written.get());
        }
    }

    public void openFolder() {
        if (written.get() != null) {
            files.open(written.get().toAbsolutePath().getParent());
        }
    }
}
