package org.rolloutplanner.ui.schools;

import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.rolloutplanner.app.school.SchoolService;
import org.rolloutplanner.domain.district.District;
import org.rolloutplanner.domain.school.School;
import org.rolloutplanner.domain.school.SchoolField;
import org.rolloutplanner.domain.school.SchoolLevel;
import org.rolloutplanner.domain.school.SchoolRules;
import org.rolloutplanner.ui.common.DialogService;
import org.rolloutplanner.ui.common.Failures;
import org.rolloutplanner.ui.common.TaskRunner;
import org.rolloutplanner.ui.common.UndoManager;
import org.rolloutplanner.ui.common.UndoableEdit;

/**
 * The schools of the current district: filters, edits (each saved at once), add, delete, undo and redo.
 * Uses only javafx.beans and javafx.collections.
 */
public final class SchoolsViewModel {

    /** The choice that means "no filter" in the region list. */
    public static final String ALL_REGIONS = "All regions";

    private final TaskRunner runner;
    private final DialogService dialogs;
    private final UndoManager undo;

    private final ObservableList<School> schools = FXCollections.observableArrayList();
    private final FilteredList<School> shown = new FilteredList<>(schools, s -> true);
    private final ObservableList<String> regions = FXCollections.observableArrayList(ALL_REGIONS);
    private final ObjectProperty<SchoolLevel> levelFilter = new SimpleObjectProperty<>();
    private final StringProperty regionFilter = new SimpleStringProperty(ALL_REGIONS);
    private final StringProperty textFilter = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper countText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper emptyText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper studentsText = new ReadOnlyStringWrapper("");
    private final BooleanProperty editable = new SimpleBooleanProperty(false);
    private final ObjectProperty<School> selected = new SimpleObjectProperty<>();
    private final javafx.beans.property.ReadOnlyObjectWrapper<School> justAdded =
            new javafx.beans.property.ReadOnlyObjectWrapper<>();

    private final ObservableList<String> attributeNames = FXCollections.observableArrayList();
    private java.util.Map<Long, java.util.Map<String, String>> attributes = java.util.Map.of();

    private SchoolService service;
    private District district;

    public SchoolsViewModel(TaskRunner runner, DialogService dialogs, UndoManager undo) {
        this.runner = runner;
        this.dialogs = dialogs;
        this.undo = undo;
        shown.predicateProperty().bind(Bindings.createObjectBinding(
                () -> this::matches, levelFilter, regionFilter, textFilter));
        schools.addListener((javafx.collections.ListChangeListener<School>) c -> updateSummary());
        shown.addListener((javafx.collections.ListChangeListener<School>) c -> updateSummary());
        updateSummary();
    }

    /** Shows the schools of a district (null: no district); forgets the undo history of the one before. */
    public void show(SchoolService schoolService, District newDistrict, boolean readOnly) {
        this.service = schoolService;
        this.district = newDistrict;
        undo.clear();
        message.set("");
        editable.set(newDistrict != null && !readOnly);
        emptyText.set(newDistrict == null
                ? "This workspace has no district yet. Create one with District › New district…"
                : readOnly ? "No schools to show." : "No schools to show. Add a school, or clear the filters.");
        if (newDistrict == null) {
            attributes = java.util.Map.of();
            attributeNames.clear();
            schools.clear();
            updateRegions();
            return;
        }
        long key = newDistrict.key();
        runner.run(() -> schoolService.ofDistrictWithAttributes(key), loaded -> {
            if (district != null && district.key() == key) {
                attributes = loaded.attributes();
                var names = new TreeSet<String>(String.CASE_INSENSITIVE_ORDER);
                loaded.attributes().values().forEach(m -> names.addAll(m.keySet()));
                attributeNames.setAll(names);
                schools.setAll(loaded.schools());
                updateRegions();
            }
        }, this::failed);
    }

    private boolean matches(School s) {
        if (levelFilter.get() != null && s.level() != levelFilter.get()) {
            return false;
        }
        String region = regionFilter.get();
        if (region != null && !region.equals(ALL_REGIONS) && !s.region().equalsIgnoreCase(region)) {
            return false;
        }
        String text = textFilter.get() == null ? "" : textFilter.get().strip().toLowerCase(Locale.ROOT);
        return text.isEmpty() || s.name().toLowerCase(Locale.ROOT).contains(text)
                || s.id().toLowerCase(Locale.ROOT).contains(text);
    }

    private void updateRegions() {
        var set = new TreeSet<String>(String.CASE_INSENSITIVE_ORDER);
        schools.stream().map(School::region).filter(r -> !r.isBlank()).forEach(set::add);
        String current = regionFilter.get();
        regions.setAll(ALL_REGIONS);
        regions.addAll(set);
        regionFilter.set(current != null && regions.contains(current) ? current : ALL_REGIONS);
    }

    private void updateSummary() {
        NumberFormat nf = NumberFormat.getIntegerInstance(Locale.US);
        int total = schools.size();
        countText.set(shown.size() + " of " + total + (total == 1 ? " school" : " schools") + " shown");
        long shownStudents = shown.stream().mapToLong(School::enrollment).sum();
        long allStudents = schools.stream().mapToLong(School::enrollment).sum();
        studentsText.set(shown.size() == total
                ? nf.format(allStudents) + " students"
                : nf.format(shownStudents) + " of " + nf.format(allStudents) + " students");
    }

    /**
     * The person typed {@code text} into a cell. A value that breaks a rule is refused with a message
     * (the table keeps the old value); a good one is saved at once. Returns the refusal, if any.
     */
    public Optional<String> edit(School school, SchoolField field, String text) {
        if (!editable.get()) {
            return Optional.empty();
        }
        var result = SchoolRules.withField(school, field, text);
        Optional<String> problem = result.error()
                .or(() -> result.get().flatMap(changed -> SchoolRules.duplicateIdProblem(changed, schools)));
        if (problem.isPresent()) {
            message.set(problem.get());
            replace(school); // tells the table to show the kept value again
            return problem;
        }
        School changed = result.get().orElseThrow();
        if (changed.equals(school)) {
            return Optional.empty();
        }
        message.set("");
        save(school, changed, () -> undo.done(new FieldEdit(school, changed, field)));
        return Optional.empty();
    }

    private void save(School before, School after, Runnable onSaved) {
        SchoolService s = service;
        long key = district.key();
        runner.run(() -> s.save(key, after), saved -> {
            replace(saved);
            onSaved.run();
        }, failure -> {
            replace(before);
            failed(failure);
        });
    }

    private void replace(School school) {
        for (int i = 0; i < schools.size(); i++) {
            if (schools.get(i).key() == school.key()) {
                schools.set(i, school);
                updateRegions();
                return;
            }
        }
    }

    /** Adds a new school with a free id ("NEW-1"), ready to be filled in; it is shown even when filtered out. */
    public void addSchool() {
        if (!editable.get()) {
            return;
        }
        School blank = SchoolService.blank(List.copyOf(schools));
        clearFilters();
        insert(blank, added -> {
            undo.done(new AddEdit(added));
            justAdded.set(added);
        });
    }

    private void insert(School school, java.util.function.Consumer<School> onAdded) {
        SchoolService s = service;
        long key = district.key();
        runner.run(() -> s.add(key, school), added -> {
            schools.add(added);
            updateRegions();
            selected.set(added);
            onAdded.accept(added);
        }, this::failed);
    }

    private void remove(School school, java.util.function.Consumer<org.rolloutplanner.app.school.SchoolLinks> onRemoved) {
        SchoolService s = service;
        runner.run(() -> s.delete(school), links -> {
            schools.removeIf(x -> x.key() == school.key());
            updateRegions();
            onRemoved.accept(links);
        }, this::failed);
    }

    private void restore(School school, org.rolloutplanner.app.school.SchoolLinks links) {
        SchoolService s = service;
        long key = district.key();
        runner.run(() -> s.restore(key, school, links), added -> {
            schools.add(added);
            updateRegions();
            selected.set(added);
        }, this::failed);
    }

    /** Deletes the selected school after asking. */
    public void deleteSelected() {
        School s = selected.get();
        if (!editable.get() || s == null) {
            return;
        }
        boolean sure = dialogs.confirm("Delete school",
                "Delete " + s.name() + " (" + s.id() + ") from " + district.name() + "?\n"
                        + "You can bring it back with Edit › Undo.", "Delete");
        if (sure) {
            remove(s, links -> undo.done(new DeleteEdit(s, links)));
        }
    }

    public void clearFilters() {
        levelFilter.set(null);
        regionFilter.set(ALL_REGIONS);
        textFilter.set("");
    }

    private void failed(Throwable failure) {
        if (Failures.isUserFacing(failure)) {
            message.set(Failures.message(failure));
        } else {
            dialogs.showFailure("Could not change the schools", failure);
        }
    }

    public void dismissMessage() {
        message.set("");
    }

    private final class FieldEdit implements UndoableEdit {
        private final School before;
        private final School after;
        private final SchoolField field;

        FieldEdit(School before, School after, SchoolField field) {
            this.before = before;
            this.after = after;
            this.field = field;
        }

        @Override
        public String description() {
            return "change of " + field.label().toLowerCase(Locale.ROOT);
        }

        @Override
        public void undo() {
            save(after, before, () -> { });
        }

        @Override
        public void redo() {
            save(before, after, () -> { });
        }
    }

    private final class AddEdit implements UndoableEdit {
        private final School added;

        AddEdit(School added) {
            this.added = added;
        }

        @Override
        public String description() {
            return "add school";
        }

        @Override
        public void undo() {
            remove(added, links -> { });
        }

        @Override
        public void redo() {
            insert(added, s -> { });
        }
    }

    private final class DeleteEdit implements UndoableEdit {
        private final School deleted;
        private org.rolloutplanner.app.school.SchoolLinks links;

        DeleteEdit(School deleted, org.rolloutplanner.app.school.SchoolLinks links) {
            this.deleted = deleted;
            this.links = links;
        }

        @Override
        public String description() {
            return "delete school";
        }

        @Override
        public void undo() {
            restore(deleted, links);
        }

        @Override
        public void redo() {
            remove(deleted, gone -> links = gone);
        }
    }

    /**
     * The names of the other columns an import kept for the district's schools (such as "Principal" or a CCD file's
     * LEAID), alphabetical; shown as extra columns of the table, hidden until chosen.
     */
    public ObservableList<String> attributeNames() {
        return attributeNames;
    }

    /** The school's value of a kept column ("" when it has none). */
    public String attribute(School school, String name) {
        if (school == null) {
            return "";
        }
        return attributes.getOrDefault(school.key(), java.util.Map.of()).getOrDefault(name, "");
    }

    public ObservableList<School> shownSchools() {
        return shown;
    }

    public ObservableList<School> allSchools() {
        return FXCollections.unmodifiableObservableList(schools);
    }

    public ObservableList<String> regions() {
        return regions;
    }

    public ObjectProperty<SchoolLevel> levelFilterProperty() {
        return levelFilter;
    }

    public StringProperty regionFilterProperty() {
        return regionFilter;
    }

    public StringProperty textFilterProperty() {
        return textFilter;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** What the table says when it shows no school. */
    public ReadOnlyStringProperty emptyTextProperty() {
        return emptyText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty countTextProperty() {
        return countText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty studentsTextProperty() {
        return studentsText.getReadOnlyProperty();
    }

    public BooleanProperty editableProperty() {
        return editable;
    }

    public ObjectProperty<School> selectedProperty() {
        return selected;
    }

    /** The school the person has just added (the view starts editing its name). */
    public javafx.beans.property.ReadOnlyObjectProperty<School> justAddedProperty() {
        return justAdded.getReadOnlyProperty();
    }

    public UndoManager undoManager() {
        return undo;
    }
}
