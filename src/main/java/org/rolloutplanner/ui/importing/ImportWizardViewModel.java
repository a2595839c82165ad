package org.rolloutplanner.ui.importing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.rolloutplanner.app.UserFacingException;
import org.rolloutplanner.app.importing.ImportOutcome;
import org.rolloutplanner.app.importing.ImportPreview;
import org.rolloutplanner.app.importing.ImportRequest;
import org.rolloutplanner.app.importing.ImportService;
import org.rolloutplanner.app.importing.WriteProgress;
import org.rolloutplanner.domain.common.FileProblem;
import org.rolloutplanner.domain.common.FileProblemsException;
import org.rolloutplanner.io.importing.CcdImporter;
import org.rolloutplanner.io.importing.ColumnChoice;
import org.rolloutplanner.io.importing.ColumnMapping;
import org.rolloutplanner.io.importing.ImportBatch;
import org.rolloutplanner.io.importing.ImportField;
import org.rolloutplanner.io.importing.ImportProgress;
import org.rolloutplanner.io.importing.ImportedSchool;
import org.rolloutplanner.io.importing.SchoolFileImporter;
import org.rolloutplanner.io.table.TableFiles;
import org.rolloutplanner.ui.common.TaskRunner;

/**
 * The import wizard, step by step: choose files (and a workbook's sheet), map columns to school fields (filled in
 * for known layouts), see the problems (skip the bad rows, fix the mapping or cancel), see what will change, confirm.
 * Reading and writing run through the task runner; reading reports progress and can be cancelled. Nothing is written
 * before {@link #confirm()}.
 */
public final class ImportWizardViewModel {

    /** The wizard's steps. */
    public enum Step { FILES, MAPPING, PROBLEMS, FOUND, PREVIEW, DONE }

    /** One column of the file in the mapping step: its name, the first values, and the field chosen for it. */
    public static final class ColumnRow {
        private final int index;
        private final String header;
        private final String samples;
        private final ObjectProperty<ImportField> field;
        private final StringProperty attributeName;

        ColumnRow(int index, String header, String samples, ColumnChoice choice) {
            this.index = index;
            this.header = header;
            this.samples = samples;
            this.field = new SimpleObjectProperty<>(choice.field());
            this.attributeName = new SimpleStringProperty(choice.field() == ImportField.ATTRIBUTE
                    ? choice.attributeName() : header);
        }

        public int index() {
            return index;
        }

        public String header() {
            return header;
        }

        public String samples() {
            return samples;
        }

        public ObjectProperty<ImportField> fieldProperty() {
            return field;
        }

        public StringProperty attributeNameProperty() {
            return attributeName;
        }

        ColumnChoice choice() {
            return new ColumnChoice(field.get(), attributeName.get());
        }
    }

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ImportWizardViewModel.class);
    static final int PREVIEW_ROWS = 5;

    private final TaskRunner runner;
    private final ImportService service;
    private final String districtName;
    private final Runnable onImported;
    private final Executor fx;

    private final ObjectProperty<Step> step = new SimpleObjectProperty<>(Step.FILES);
    private final ObservableList<Path> files = FXCollections.observableArrayList();
    private final ObservableList<String> sheets = FXCollections.observableArrayList();
    private final StringProperty sheet = new SimpleStringProperty();
    private final ObservableList<String> hiddenSheets = FXCollections.observableArrayList();
    /** The header row (1-based) of the file or sheet: found by the reader, or chosen by the person. */
    private final IntegerProperty headerRow = new SimpleIntegerProperty();
    private int chosenHeaderRow; // 0: let the reader find it
    private final BooleanProperty ccd = new SimpleBooleanProperty();
    private final StringProperty leaIds = new SimpleStringProperty("");
    private final ObservableList<String> ccdFiles = FXCollections.observableArrayList();
    private final ObservableList<String> found = FXCollections.observableArrayList();
    private final ObservableList<ColumnRow> columns = FXCollections.observableArrayList();
    private final ObservableList<FileProblem> problems = FXCollections.observableArrayList();
    private final BooleanProperty canSkip = new SimpleBooleanProperty();
    private final ObservableList<String> changes = FXCollections.observableArrayList();
    private final StringProperty summary = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final StringProperty progress = new SimpleStringProperty("");
    /** 0–1 while reading (bytes of the file read) or writing (rows written); -1 when not known. */
    private final DoubleProperty progressFraction = new SimpleDoubleProperty(-1);
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty closed = new SimpleBooleanProperty();
    private final AtomicBoolean cancelRequested = new AtomicBoolean();

    private List<String> header = List.of();
    private volatile List<String> ccdKinds = List.of();
    private ImportBatch batch;
    private ImportPreview preview;
    private boolean skipBadRows;

    /**
     * @param fx runs progress updates on the FX thread ({@code Platform::runLater}; tests: {@code Runnable::run})
     */
    public ImportWizardViewModel(TaskRunner runner, ImportService service, String districtName, Runnable onImported,
            Executor fx) {
        this.runner = runner;
        this.service = service;
        this.districtName = districtName;
        this.onImported = onImported;
        this.fx = fx;
    }

    /** Asks for files and reads the first rows of the first one. */
    public void chooseFiles(ImportFilePicker picker) {
        List<Path> chosen = picker.chooseFiles();
        if (chosen == null || chosen.isEmpty()) {
            return;
        }
        files.setAll(chosen);
        sheet.set(null);
        chosenHeaderRow = 0;
        loadColumns();
    }

    /** Shows another sheet of the workbook (its header row found again). */
    public void chooseSheet(String name) {
        sheet.set(name);
        chosenHeaderRow = 0;
        loadColumns();
    }

    /** Takes this row (1-based, as the spreadsheet numbers it) as the header row; 0 finds it again. */
    public void chooseHeaderRow(int row) {
        if (row < 0) {
            message.set("The header row is a row number: 1 or more.");
            return;
        }
        chosenHeaderRow = row;
        loadColumns();
    }

    private void loadColumns() {
        message.set("");
        Path first = files.getFirst();
        String chosenSheet = sheet.get();
        int chosenRow = chosenHeaderRow;
        List<Path> all = List.copyOf(files);
        busy.set(true);
        runner.run(() -> {
            var p = SchoolFileImporter.preview(first, new TableFiles.OpenOptions(chosenSheet, chosenRow), PREVIEW_ROWS);
            List<String> kinds = new ArrayList<>();
            if (p.ccd()) {
                for (Path f : all) {
                    kinds.add(f.getFileName() + ": " + ccdKind(f).label());
                }
            }
            ccdKinds = kinds;
            return p;
        }, p -> {
            busy.set(false);
            ccdFiles.setAll(ccdKinds);
            sheets.setAll(p.sheets());
            hiddenSheets.setAll(p.hiddenSheets());
            if (sheet.get() == null && !p.sheet().isEmpty()) {
                sheet.set(p.sheet());
            }
            headerRow.set(p.headerRow());
            header = p.header();
            ccd.set(p.ccd());
            List<ColumnRow> rows = new ArrayList<>();
            for (int i = 0; i < p.header().size(); i++) {
                List<String> values = new ArrayList<>();
                for (List<String> r : p.firstRows()) {
                    values.add(i < r.size() ? r.get(i) : "");
                }
                rows.add(new ColumnRow(i, p.header().get(i), String.join(" | ", values), p.mapping().choices().get(i)));
            }
            columns.setAll(rows);
            step.set(Step.MAPPING);
        }, this::failed);
    }

    private static CcdImporter.Kind ccdKind(Path f) {
        try (var src = TableFiles.open(f, TableFiles.OpenOptions.DEFAULT)) {
            return CcdImporter.kindOf(src.header());
        } catch (Exception e) {
            return CcdImporter.Kind.UNKNOWN; // reading the files says what is wrong with it
        }
    }

    /**
     * The districts to take from CCD files, as typed: LEAIDs (digits) and district names, separated by commas,
     * semicolons or new lines.
     */
    CcdImporter.Filter ccdFilter() {
        java.util.Set<String> ids = new java.util.LinkedHashSet<>();
        java.util.Set<String> names = new java.util.LinkedHashSet<>();
        for (String part : leaIds.get().split("[,;\\n]+")) {
            String t = part.strip();
            if (t.isEmpty()) {
                continue;
            }
            if (t.matches("\\d+")) {
                ids.add(t);
            } else {
                names.add(t);
            }
        }
        return new CcdImporter.Filter(ids, names);
    }

    /** The mapping as chosen in the mapping step. */
    public ColumnMapping mapping() {
        return new ColumnMapping(header, columns.stream().map(ColumnRow::choice).toList());
    }

    /** Reads and checks every file with the mapping, then shows the problems or the changes. */
    public void readFiles() {
        message.set("");
        if (!ccd.get()) {
            List<String> mp = mapping().problems();
            if (!mp.isEmpty()) {
                message.set(String.join("\n", mp));
                return;
            }
        }
        ColumnMapping m = mapping();
        TableFiles.OpenOptions options = new TableFiles.OpenOptions(sheet.get(), chosenHeaderRow);
        List<SchoolFileImporter.FileSettings> settings = files.stream()
                .map(f -> new SchoolFileImporter.FileSettings(f, options, m)).toList();
        ImportRequest request = new ImportRequest(settings, ccd.get() ? ImportRequest.Mode.CCD : ImportRequest.Mode.TABLE,
                ccdFilter(), districtName);
        cancelRequested.set(false);
        busy.set(true);
        progress.set("Reading…");
        progressFraction.set(-1);
        ImportProgress report = new ImportProgress() {
            private volatile long rowsSoFar;
            private volatile double fraction = -1;

            @Override
            public void rowsRead(String file, long rows) {
                rowsSoFar = rows;
                show(file);
            }

            @Override
            public void bytesRead(String file, long done, long total) {
                fraction = total > 0 ? Math.min(1.0, (double) done / total) : -1;
                show(file);
            }

            private void show(String file) {
                double f = fraction;
                long rows = rowsSoFar;
                fx.execute(() -> {
                    if (cancelRequested.get()) {
                        return;
                    }
                    progressFraction.set(f);
                    progress.set(f < 0 ? String.format("Reading %s: %,d rows", file, rows)
                            : String.format("Reading %s: %d%% (%,d rows)", file, Math.round(f * 100), rows));
                });
            }

            @Override
            public boolean cancelled() {
                return cancelRequested.get();
            }
        };
        runner.run(() -> {
            ImportBatch b = ImportService.read(request, report);
            return new Object[] {b, b.fileProblems().isEmpty() ? service.preview(districtName, b) : null};
        }, result -> {
            busy.set(false);
            progress.set("");
            progressFraction.set(-1);
            batch = (ImportBatch) result[0];
            preview = (ImportPreview) result[1];
            skipBadRows = false;
            if (batch.hasProblems()) {
                problems.setAll(batch.allProblems());
                canSkip.set(batch.fileProblems().isEmpty());
                step.set(Step.PROBLEMS);
            } else if (ccd.get()) {
                showFound();
            } else {
                showPreview();
            }
        }, this::failed);
    }

    /** Leaves the rows with problems out and goes on to the changes (CCD files: to the schools found). */
    public void skipBadRows() {
        if (!canSkip.get()) {
            return;
        }
        skipBadRows = true;
        if (ccd.get()) {
            showFound();
        } else {
            showPreview();
        }
    }

    /** CCD files: the schools found for the chosen districts, before what will change. */
    private void showFound() {
        List<String> lines = new ArrayList<>();
        java.text.NumberFormat nf = java.text.NumberFormat.getIntegerInstance(java.util.Locale.US);
        for (ImportedSchool s : batch.schools()) {
            var sc = s.school();
            StringBuilder sb = new StringBuilder(sc.name()).append(" (").append(sc.id()).append("), ")
                    .append(sc.level().label()).append(", ").append(nf.format(sc.enrollment())).append(" students");
            if (sc.frlPercent() != null) {
                sb.append(", ").append(Math.round(sc.frlPercent())).append("% free/reduced lunch");
            }
            lines.add(sb.toString());
        }
        found.setAll(lines);
        StringBuilder sum = new StringBuilder().append(nf.format(lines.size()))
                .append(lines.size() == 1 ? " school found" : " schools found").append(" in the CCD files.");
        batch.notes().forEach(n -> sum.append("\n").append(n));
        summary.set(sum.toString());
        step.set(Step.FOUND);
    }

    /** From the schools found in CCD files to what will change. */
    public void showChanges() {
        if (step.get() == Step.FOUND) {
            showPreview();
        }
    }

    /** Back to the mapping step. */
    public void fixMapping() {
        message.set("");
        step.set(Step.MAPPING);
    }

    private void showPreview() {
        ImportPreview p = preview;
        List<String> lines = new ArrayList<>();
        for (ImportedSchool s : p.added()) {
            lines.add("New: " + s.school().name() + " (" + s.school().id() + ")");
        }
        for (ImportPreview.SchoolChange c : p.changed()) {
            lines.add("Changed: " + c.before().name() + " (" + c.before().id() + "): "
                    + String.join("; ", c.changes().stream().map(ImportPreview.FieldChange::describe).toList()));
        }
        for (var s : p.missing()) {
            lines.add("Not in the files (kept): " + s.name() + " (" + s.id() + ")");
        }
        changes.setAll(lines);
        StringBuilder sb = new StringBuilder();
        sb.append(p.added().size()).append(" new, ").append(p.changed().size()).append(" changed, ")
                .append(p.unchanged().size()).append(" unchanged, ").append(p.missing().size())
                .append(" not in the files (kept)");
        if (skipBadRows && batch.rejectedRows() > 0) {
            sb.append(", ").append(batch.rejectedRows()).append(" rows left out");
        }
        sb.append(".");
        batch.notes().forEach(n -> sb.append("\n").append(n));
        summary.set(sb.toString());
        step.set(Step.PREVIEW);
    }

    /** Writes the changes (one transaction). */
    public void confirm() {
        if (step.get() != Step.PREVIEW || busy.get()) {
            return;
        }
        busy.set(true);
        cancelRequested.set(false);
        progress.set("Saving…");
        progressFraction.set(0);
        ImportBatch b = batch;
        boolean skip = skipBadRows;
        WriteProgress report = (done, total) -> {
            if (cancelRequested.get()) {
                throw new CancellationException("The import was cancelled. Nothing was changed.");
            }
            fx.execute(() -> {
                if (cancelRequested.get()) {
                    return;
                }
                progressFraction.set(total > 0 ? (double) done / total : 1.0);
                progress.set(String.format("Saving: %,d of %,d rows", done, total));
            });
        };
        runner.run(() -> service.apply(districtName, false, b, skip, report), (ImportOutcome o) -> {
            busy.set(false);
            progress.set("");
            progressFraction.set(-1);
            summary.set(o.summary());
            step.set(Step.DONE);
            onImported.run();
        }, this::failed);
    }

    /** Cancels the reading or writing under way (nothing written), or closes the wizard. */
    public void cancel() {
        if (busy.get()) {
            cancelRequested.set(true);
            progress.set("Cancelling…");
        } else {
            closed.set(true);
        }
    }

    private void failed(Throwable t) {
        busy.set(false);
        progress.set("");
        progressFraction.set(-1);
        switch (t) {
            case CancellationException c -> message.set("The import was cancelled. Nothing was changed.");
            case FileProblemsException fp -> {
                problems.setAll(fp.problems());
                canSkip.set(false);
                step.set(Step.PROBLEMS);
            }
            case UserFacingException u -> message.set(u.getMessage());
            default -> {
                LOG.error("Import failed", t);
                message.set("The import failed: " + t.getMessage() + ". Nothing was changed. Details are in the log file.");
            }
        }
    }

    public ObjectProperty<Step> stepProperty() {
        return step;
    }

    public ObservableList<Path> files() {
        return files;
    }

    public ObservableList<String> sheets() {
        return sheets;
    }

    public StringProperty sheetProperty() {
        return sheet;
    }

    /** The sheets Excel hides (shown in the sheet choice, marked). */
    public ObservableList<String> hiddenSheets() {
        return hiddenSheets;
    }

    /** The row taken as the header (1-based). */
    public IntegerProperty headerRowProperty() {
        return headerRow;
    }

    public BooleanProperty ccdProperty() {
        return ccd;
    }

    public StringProperty leaIdsProperty() {
        return leaIds;
    }

    /** CCD files: each file with what it was recognised as ("ccd_sch_052.csv: membership (052)"). */
    public ObservableList<String> ccdFiles() {
        return ccdFiles;
    }

    /** CCD files: the schools found, one line each (name, id, level, students, free/reduced lunch). */
    public ObservableList<String> found() {
        return found;
    }

    public ObservableList<ColumnRow> columns() {
        return columns;
    }

    public ObservableList<FileProblem> problems() {
        return problems;
    }

    public BooleanProperty canSkipProperty() {
        return canSkip;
    }

    public ObservableList<String> changes() {
        return changes;
    }

    public StringProperty summaryProperty() {
        return summary;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public StringProperty progressProperty() {
        return progress;
    }

    /** How far reading or writing is, 0–1; -1 when not known (the bar then just moves). */
    public DoubleProperty progressFractionProperty() {
        return progressFraction;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public BooleanProperty closedProperty() {
        return closed;
    }

    public String districtName() {
        return districtName;
    }
}
