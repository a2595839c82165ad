package org.rolloutplanner.ui.scenarios;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.rolloutplanner.app.scenario.SavedScenario;
import org.rolloutplanner.app.scenario.ScenarioService;
import org.rolloutplanner.domain.district.District;
import org.rolloutplanner.domain.rollout.Plan;
import org.rolloutplanner.domain.rollout.RolloutPlanner;
import org.rolloutplanner.domain.rollout.Scenario;
import org.rolloutplanner.domain.rollout.SchoolYear;
import org.rolloutplanner.domain.rollout.Warning;
import org.rolloutplanner.domain.school.School;
import org.rolloutplanner.ui.common.DialogService;
import org.rolloutplanner.ui.common.Failures;
import org.rolloutplanner.ui.common.TaskRunner;
import org.rolloutplanner.ui.common.UndoManager;
import org.rolloutplanner.ui.common.UndoableEdit;

/**
 * The Scenarios &amp; Timeline area: the district's scenarios, the one being edited, its plan (recomputed in memory at
 * every change, a few milliseconds) and its warnings. Every change is saved at once through the task runner and can be
 * undone.
 */
public final class ScenariosViewModel {

    private final TaskRunner runner;
    private final DialogService dialogs;
    private final UndoManager undo;

    private final ObservableList<SavedScenario> scenarios = FXCollections.observableArrayList();
    private final ObjectProperty<SavedScenario> selected = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<Scenario> scenario = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Plan> plan = new ReadOnlyObjectWrapper<>();
    private final ObservableList<Warning> warnings = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final BooleanProperty editable = new SimpleBooleanProperty(false);
    private final javafx.beans.property.ReadOnlyBooleanWrapper canCreate = new javafx.beans.property.ReadOnlyBooleanWrapper(false);
    private final ObjectProperty<Integer> focusedCohort = new SimpleObjectProperty<>();
    private final ObjectProperty<SchoolYear> focusedYear = new SimpleObjectProperty<>();

    private ScenarioService service;
    private District district;
    private boolean readOnly;
    private List<School> roster = List.of();

    public ScenariosViewModel(TaskRunner runner, DialogService dialogs, UndoManager undo) {
        this.runner = runner;
        this.dialogs = dialogs;
        this.undo = undo;
        selected.addListener((o, was, now) -> {
            editable.set(!readOnly && now != null);
            if (was != null && now != null && was.key() == now.key()) {
                return; // the same scenario, saved again
            }
            message.set("");
            focusedCohort.set(null);
            focusedYear.set(null);
            setScenario(now == null ? null : now.scenario());
        });
    }

    /** Shows the scenarios of a district (null: none). */
    public void show(ScenarioService scenarioService, District newDistrict, boolean readOnlyWorkspace) {
        if (this.district == null || newDistrict == null || this.district.key() != newDistrict.key()) {
            undo.clear();
        }
        this.service = scenarioService;
        this.district = newDistrict;
        this.readOnly = readOnlyWorkspace;
        canCreate.set(newDistrict != null && scenarioService != null && !readOnlyWorkspace);
        editable.set(false);
        selected.set(null);
        scenarios.clear();
        roster = List.of();
        replan();
        if (newDistrict == null || scenarioService == null) {
            return;
        }
        long key = newDistrict.key();
        record Loaded(List<SavedScenario> scenarios, List<School> roster) {
        }
        runner.run(() -> new Loaded(scenarioService.ofDistrict(key), scenarioService.roster(key)), loaded -> {
            if (district == null || district.key() != key) {
                return;
            }
            roster = loaded.roster();
            scenarios.setAll(loaded.scenarios());
            selected.set(scenarios.stream().filter(SavedScenario::preferred).findFirst()
                    .orElse(scenarios.isEmpty() ? null : scenarios.getFirst()));
            editable.set(!readOnly && selected.get() != null);
            replan();
        }, f -> dialogs.showFailure("Could not read the scenarios", f));
    }

    /** Reads the district's schools again (they may have changed in the Schools area) and recomputes the plan. */
    public void refreshRoster() {
        if (service == null || district == null) {
            return;
        }
        long key = district.key();
        ScenarioService s = service;
        runner.run(() -> s.roster(key), list -> {
            if (district != null && district.key() == key && !list.equals(roster)) {
                roster = list;
                replan();
            }
        }, f -> dialogs.showFailure("Could not read the schools", f));
    }

    // --- the list of scenarios

    /** Asks for a name and makes a new scenario from the starter (a first cohort of 6 schools). */
    public void newScenario() {
        if (!canChange()) {
            return;
        }
        ScenarioService s = service;
        long key = district.key();
        dialogs.askText("New scenario", "Name of the scenario:", "Scenario " + (scenarios.size() + 1))
                .filter(n -> !n.isBlank()).ifPresent(name -> runner.run(() -> s.create(key, name, s.starter()),
                        this::added, f -> dialogs.showFailure("Could not create the scenario", f)));
    }

    public void cloneSelected() {
        SavedScenario original = selected.get();
        if (!canChange() || original == null) {
            return;
        }
        ScenarioService s = service;
        runner.run(() -> s.cloneAs(original, s.copyName(original)), copy -> {
            added(copy);
            undo.done(new CloneEdit(copy));
        }, f -> dialogs.showFailure("Could not copy the scenario", f));
    }

    private void added(SavedScenario s) {
        if (district == null || district.key() != s.districtKey()) {
            return;
        }
        scenarios.add(s);
        sortScenarios();
        selected.set(s);
        editable.set(!readOnly);
    }

    public void renameSelected() {
        SavedScenario current = selected.get();
        if (!canChange() || current == null) {
            return;
        }
        ScenarioService s = service;
        dialogs.askText("Rename scenario", "New name of " + current.name() + ":", current.name())
                .filter(n -> !n.strip().equals(current.name())).ifPresent(name -> renameTo(current.key(), name,
                        renamed -> undo.done(new RenameEdit(current.key(), current.name(), renamed.name()))));
    }

    private void renameTo(long key, String name, java.util.function.Consumer<SavedScenario> after) {
        int i = indexOf(resolve(key));
        if (i < 0) {
            return;
        }
        SavedScenario current = scenarios.get(i);
        ScenarioService s = service;
        runner.run(() -> s.rename(current, name), renamed -> {
            replaceInList(renamed);
            sortScenarios();
            after.accept(renamed);
        }, f -> dialogs.showFailure("Could not rename the scenario", f));
    }

    /** Asks first; the deletion can be undone. */
    public void deleteSelected() {
        SavedScenario current = selected.get();
        if (!canChange() || current == null) {
            return;
        }
        if (!dialogs.confirm("Delete scenario", "Delete the scenario " + current.name() + "?\nIts rules, phases and "
                + "targets go with it. You can undo this with Edit › Undo.", "Delete scenario")) {
            return;
        }
        remove(current, () -> undo.done(new DeleteEdit(current)));
    }

    private void remove(SavedScenario s, Runnable after) {
        ScenarioService svc = service;
        runner.run(() -> {
            svc.delete(s);
            return s;
        }, gone -> {
            int i = indexOf(gone.key());
            scenarios.removeIf(x -> x.key() == gone.key());
            if (selected.get() == null || selected.get().key() == gone.key()) {
                selected.set(scenarios.isEmpty() ? null : scenarios.get(Math.max(0, Math.min(i, scenarios.size() - 1))));
            }
            editable.set(!readOnly && selected.get() != null);
            after.run();
        }, f -> dialogs.showFailure("Could not delete the scenario", f));
    }

    /** Marks the selected scenario as the district's preferred one (★), or takes the mark away. */
    public void togglePreferred() {
        SavedScenario current = selected.get();
        if (!canChange() || current == null) {
            return;
        }
        boolean preferred = !current.preferred();
        long before = scenarios.stream().filter(SavedScenario::preferred).mapToLong(SavedScenario::key).findFirst().orElse(-1);
        markPreferred(current.key(), preferred, () -> undo.done(new PreferEdit(current.key(), preferred, before)));
    }

    private void markPreferred(long key, boolean preferred, Runnable after) {
        int i = indexOf(resolve(key));
        if (i < 0) {
            return;
        }
        SavedScenario current = scenarios.get(i);
        ScenarioService s = service;
        runner.run(() -> s.markPreferred(current, preferred), changed -> {
            scenarios.replaceAll(x -> x.key() == changed.key() ? x.withPreferred(preferred)
                    : preferred ? x.withPreferred(false) : x);
            selected.set(scenarios.get(indexOf(changed.key())));
            after.run();
        }, f -> dialogs.showFailure("Could not mark the scenario", f));
    }

    // --- editing

    /**
     * Applies a change to the selected scenario: the plan is recomputed at once and the change is saved and can be
     * undone. A change the rules refuse leaves the scenario as it was and shows why; returns that reason.
     */
    public Optional<String> change(String description, UnaryOperator<Scenario> edit) {
        SavedScenario target = selected.get();
        Scenario before = scenario.get();
        if (target == null || before == null || !editable.get()) {
            return Optional.of("Nothing to change.");
        }
        Scenario after;
        try {
            after = Objects.requireNonNull(edit.apply(before));
        } catch (IllegalArgumentException e) {
            message.set(e.getMessage());
            return Optional.of(e.getMessage());
        }
        message.set("");
        if (after.equals(before)) {
            return Optional.empty();
        }
        apply(target.key(), after);
        undo.done(new ChangeEdit(description, target.key(), before, after));
        return Optional.empty();
    }

    private void apply(long scenarioKey, Scenario s) {
        int i = indexOf(scenarioKey);
        if (i < 0) {
            return;
        }
        SavedScenario row = scenarios.get(i).withScenario(s);
        scenarios.set(i, row);
        if (selected.get() == null || selected.get().key() != scenarioKey) {
            selected.set(row);
        } else {
            selected.set(row);
            setScenario(s);
        }
        ScenarioService svc = service;
        runner.run(() -> svc.update(row, s), saved -> { }, f -> dialogs.showFailure("Could not save the scenario", f));
    }

    private void setScenario(Scenario s) {
        scenario.set(s);
        replan();
    }

    private void replan() {
        Scenario s = scenario.get();
        if (s == null) {
            plan.set(null);
            warnings.clear();
            summary.set(district == null ? "" : scenarios.isEmpty()
                    ? "This district has no scenario yet. Make one with New…" : "");
            return;
        }
        Plan p = RolloutPlanner.plan(roster, s);
        plan.set(p);
        if (!warnings.equals(p.warnings())) {
            warnings.setAll(p.warnings()); // the list is redrawn only when the warnings change
        }
        summary.set(summarize(p));
    }

    static String summarize(Plan p) {
        if (p.cohorts().isEmpty()) {
            return p.schoolCount() == 0 ? "The district has no schools to plan." : "No school is placed yet.";
        }
        var sb = new StringBuilder();
        sb.append(p.placements().size()).append(" of ").append(p.schoolCount()).append(" schools in ")
                .append(p.cohorts().size()).append(p.cohorts().size() == 1 ? " cohort" : " cohorts");
        p.completion().ifPresent(y -> sb.append(" · last cohort starts in ").append(y.label()));
        if (p.lastCohortEnd() != null) {
            sb.append(" and ends ").append(org.rolloutplanner.domain.rollout.RolloutCalendar.monthLabel(p.lastCohortEnd()));
        }
        if (!p.unplaced().isEmpty()) {
            sb.append(" · ").append(p.unplaced().size()).append(" not placed");
        }
        return sb.toString();
    }

    /**
     * What a cost item comes to in the plan: "Planning grant: $600,000 in all, from 2015-16 to 2019-20" (the school
     * years with money spent), or why it costs nothing.
     */
    static String costItemSummary(Plan p, String item) {
        var found = p.costItems().stream().filter(c -> c.name().equals(item)).findFirst();
        if (found.isEmpty()) {
            return item + ": not in the plan (its phase is not in the scenario).";
        }
        var spent = found.get().amounts().stream().filter(a -> a.amount() > 0).toList();
        if (spent.isEmpty()) {
            return item + ": nothing spent, no school reaches its phase.";
        }
        String money = String.format(java.util.Locale.ROOT, "$%,d", found.get().total());
        return item + ": " + money + " in all, " + (spent.size() == 1 ? "in " + spent.getFirst().schoolYear().label()
                : "from " + spent.getFirst().schoolYear().label() + " to " + spent.getLast().schoolYear().label()) + ".";
    }

    /** Puts a school in a cohort whatever the rules say (a pin); undoable like any change. */
    public void pin(School school, int cohort) {
        change("move of " + school.name() + " to cohort " + cohort, s -> {
            var pins = new java.util.LinkedHashMap<>(s.pins());
            pins.put(school.id(), cohort);
            return ScenarioEdits.withPins(s, pins);
        });
    }

    /**
     * Starts a cohort in another month (a cohort override; its phase lengths are kept), never before the scenario's
     * first month; undoable like any change.
     */
    public void moveCohortStart(int cohort, java.time.YearMonth start) {
        change("move of cohort " + cohort + "'s start", s -> ScenarioEdits.withCohortStart(s, cohort, start));
    }

    /** Lets the rules place a pinned school again. */
    public void unpin(School school) {
        change("unpin of " + school.name(), s -> {
            var pins = new java.util.LinkedHashMap<>(s.pins());
            pins.remove(school.id());
            return ScenarioEdits.withPins(s, pins);
        });
    }

    /** Shows a warning's cohort and school year on the timeline. */
    public void focus(Warning w) {
        if (w == null) {
            return;
        }
        focusedCohort.set(w.cohort());
        focusedYear.set(w.schoolYear());
    }

    public void dismissMessage() {
        message.set("");
    }

    private boolean canChange() {
        return service != null && district != null && !readOnly;
    }

    /** Undo of a deletion brings a scenario back under a new key; older edits still name the old one. */
    private final java.util.Map<Long, Long> renumbered = new java.util.HashMap<>();

    private long resolve(long key) {
        long k = key;
        for (Long next = renumbered.get(k); next != null; next = renumbered.get(k)) {
            k = next;
        }
        return k;
    }

    private int indexOf(long key) {
        for (int i = 0; i < scenarios.size(); i++) {
            if (scenarios.get(i).key() == key) {
                return i;
            }
        }
        return -1;
    }

    private void replaceInList(SavedScenario s) {
        int i = indexOf(s.key());
        if (i >= 0) {
            scenarios.set(i, s);
            if (selected.get() != null && selected.get().key() == s.key()) {
                selected.set(s);
            }
        }
    }

    private void sortScenarios() {
        SavedScenario current = selected.get();
        FXCollections.sort(scenarios, java.util.Comparator.comparing(SavedScenario::name, String.CASE_INSENSITIVE_ORDER));
        if (current != null) {
            selected.set(scenarios.get(indexOf(current.key())));
        }
    }

    private final class ChangeEdit implements UndoableEdit {
        private final String description;
        private final long key;
        private final Scenario before;
        private final Scenario after;

        ChangeEdit(String description, long key, Scenario before, Scenario after) {
            this.description = description;
            this.key = key;
            this.before = before;
            this.after = after;
        }

        @Override
        public String description() {
            return description;
        }

        @Override
        public void undo() {
            apply(resolve(key), before);
        }

        @Override
        public void redo() {
            apply(resolve(key), after);
        }
    }

    private final class DeleteEdit implements UndoableEdit {
        private SavedScenario deleted;

        DeleteEdit(SavedScenario deleted) {
            this.deleted = deleted;
        }

        @Override
        public String description() {
            return "delete scenario";
        }

        @Override
        public void undo() {
            ScenarioService svc = service;
            SavedScenario gone = deleted;
            runner.run(() -> svc.restore(gone), back -> {
                renumbered.put(gone.key(), back.key());
                deleted = back;
                if (back.preferred()) {
                    scenarios.replaceAll(x -> x.withPreferred(false));
                }
                added(back);
            }, f -> dialogs.showFailure("Could not bring the scenario back", f));
        }

        @Override
        public void redo() {
            remove(deleted, () -> { });
        }
    }

    /** Undoing a copy deletes it; redoing it puts it back. */
    private final class CloneEdit implements UndoableEdit {
        private final DeleteEdit inverse;

        CloneEdit(SavedScenario copy) {
            this.inverse = new DeleteEdit(copy);
        }

        @Override
        public String description() {
            return "copy of scenario";
        }

        @Override
        public void undo() {
            inverse.redo();
        }

        @Override
        public void redo() {
            inverse.undo();
        }
    }

    private final class RenameEdit implements UndoableEdit {
        private final long key;
        private final String from;
        private final String to;

        RenameEdit(long key, String from, String to) {
            this.key = key;
            this.from = from;
            this.to = to;
        }

        @Override
        public String description() {
            return "rename of scenario";
        }

        @Override
        public void undo() {
            renameTo(key, from, r -> { });
        }

        @Override
        public void redo() {
            renameTo(key, to, r -> { });
        }
    }

    /** The ★ given or taken away; undo gives it back to the scenario that had it before (if any). */
    private final class PreferEdit implements UndoableEdit {
        private final long key;
        private final boolean preferred;
        private final long before;

        PreferEdit(long key, boolean preferred, long before) {
            this.key = key;
            this.preferred = preferred;
            this.before = before;
        }

        @Override
        public String description() {
            return preferred ? "preferred scenario" : "removal of the preferred mark";
        }

        @Override
        public void undo() {
            if (!preferred) {
                markPreferred(key, true, () -> { });
            } else if (before >= 0 && resolve(before) != resolve(key) && indexOf(resolve(before)) >= 0) {
                markPreferred(before, true, () -> { });
            } else {
                markPreferred(key, false, () -> { });
            }
        }

        @Override
        public void redo() {
            markPreferred(key, preferred, () -> { });
        }
    }

    // --- properties

    public ObservableList<SavedScenario> scenarios() {
        return scenarios;
    }

    public ObjectProperty<SavedScenario> selectedProperty() {
        return selected;
    }

    public ReadOnlyObjectProperty<Scenario> scenarioProperty() {
        return scenario.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Plan> planProperty() {
        return plan.getReadOnlyProperty();
    }

    public ObservableList<Warning> warnings() {
        return warnings;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** Whether a new scenario can be made (a district is shown and the workspace can be changed). */
    public javafx.beans.property.ReadOnlyBooleanProperty canCreateProperty() {
        return canCreate.getReadOnlyProperty();
    }

    public BooleanProperty editableProperty() {
        return editable;
    }

    public ObjectProperty<Integer> focusedCohortProperty() {
        return focusedCohort;
    }

    public ObjectProperty<SchoolYear> focusedYearProperty() {
        return focusedYear;
    }

    public List<School> roster() {
        return roster;
    }

    public UndoManager undoManager() {
        return undo;
    }

    public boolean isReadOnly() {
        return readOnly;
    }
}
