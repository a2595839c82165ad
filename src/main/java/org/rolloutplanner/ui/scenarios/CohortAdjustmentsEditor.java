package org.rolloutplanner.ui.scenarios;

import static org.rolloutplanner.ui.scenarios.ScenarioEditorView.converter;
import static org.rolloutplanner.ui.scenarios.ScenarioEditorView.onCommit;
import static org.rolloutplanner.ui.scenarios.ScenarioEditorView.row;
import static org.rolloutplanner.ui.scenarios.ScenarioEditorView.small;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.rolloutplanner.domain.rollout.CohortOverride;
import org.rolloutplanner.domain.rollout.PartialAdoption;
import org.rolloutplanner.domain.rollout.Phase;
import org.rolloutplanner.domain.rollout.RolloutCalendar;
import org.rolloutplanner.domain.rollout.Scenario;
import org.rolloutplanner.domain.school.School;
import org.rolloutplanner.domain.school.SchoolLevel;

/**
 * Two parts of the scenario form: groups of schools that take only components until a month (partial adoption), and
 * cohorts with a start month or phase lengths of their own. Every change goes through the view model, so it is saved
 * at once and can be undone.
 */
final class CohortAdjustmentsEditor {

    /** How the form applies a change: a value edit (the form stays) or a structural one (the part is built again). */
    interface Edits {
        void change(String description, UnaryOperator<Scenario> edit);

        void restructure(String description, UnaryOperator<Scenario> edit);
    }

    private CohortAdjustmentsEditor() {
    }

    // --- components only

    static Node componentsOnly(Scenario s, List<School> roster, Edits edits) {
        VBox box = new VBox(6);
        box.setId("componentsOnly");
        var names = new java.util.HashMap<String, School>();
        roster.forEach(x -> names.put(x.id(), x));
        for (int i = 0; i < s.partial().size(); i++) {
            int index = i;
            PartialAdoption p = s.partial().get(i);
            TextField reason = new TextField(p.reason());
            reason.setPromptText("Why, e.g. waits for the digital platform");
            reason.setId("partialReason" + i);
            HBox.setHgrow(reason, Priority.ALWAYS);
            TextField until = new TextField(RolloutCalendar.monthLabel(p.until()));
            until.setId("partialUntil" + i);
            until.setPrefColumnCount(9);
            until.setTooltip(new Tooltip("The first month in which these schools take the whole model, e.g. January 2018"));
            Runnable commit = () -> edits.change("change of a components-only group", x -> {
                PartialAdoption now = x.partial().get(index);
                return ScenarioEdits.withPartial(x, ScenarioEdits.replace(x.partial(), index, new PartialAdoption(
                        now.schoolIds(), ScenarioEdits.month(until.getText(), "The month they take the whole model"),
                        reason.getText().strip())));
            });
            onCommit(reason, commit);
            onCommit(until, commit);
            Button remove = small("✕", "Remove this group (its schools take the whole model)", () -> edits.restructure(
                    "removal of a components-only group", x -> ScenarioEdits.withPartial(x, ScenarioEdits.remove(x.partial(), index))));
            remove.setId("removePartial" + i);

            List<School> members = p.schoolIds().stream().map(id -> names.getOrDefault(id, unknown(id)))
                    .sorted(Comparator.comparing(School::name)).toList();
            Label who = new Label(describe(members));
            who.setId("partialSchools" + i);
            who.setWrapText(true);
            who.getStyleClass().add("text-muted");

            ComboBox<SchoolLevel> level = new ComboBox<>();
            level.setId("partialAddLevel" + i);
            level.setPromptText("Add a level…");
            roster.stream().map(School::level).distinct().sorted().forEach(level.getItems()::add);
            level.setConverter(converter(l -> "All " + l.label() + " schools"));
            level.valueProperty().addListener((o, was, now) -> {
                if (now != null) {
                    edits.restructure("components only for " + now.label() + " schools",
                            x -> ScenarioEdits.withLevelComponentsOnly(x, index, now, roster));
                }
            });
            ComboBox<School> add = new ComboBox<>();
            add.setId("partialAddSchool" + i);
            add.setPromptText("Add a school…");
            add.setVisibleRowCount(15);
            roster.stream().filter(x -> !p.schoolIds().contains(x.id())).sorted(Comparator.comparing(School::name))
                    .forEach(add.getItems()::add);
            add.setConverter(converter(School::name));
            add.valueProperty().addListener((o, was, now) -> {
                if (now != null) {
                    edits.restructure("components only for " + now.name(),
                            x -> ScenarioEdits.withSchoolComponentsOnly(x, index, now.id(), true));
                }
            });
            ComboBox<School> take = new ComboBox<>();
            take.setId("partialRemoveSchool" + i);
            take.setPromptText("Take a school out…");
            take.setVisibleRowCount(15);
            take.getItems().addAll(members);
            take.setConverter(converter(School::name));
            take.setDisable(members.isEmpty());
            take.valueProperty().addListener((o, was, now) -> {
                if (now != null) {
                    edits.restructure("whole model for " + now.name(),
                            x -> ScenarioEdits.withSchoolComponentsOnly(x, index, now.id(), false));
                }
            });
            FlowPane pickers = new FlowPane(6, 4, level, add, take);
            VBox group = new VBox(3, row(reason, remove), row(new Label("Only components until"), until), who, pickers);
            group.getStyleClass().add("partial-row");
            box.getChildren().add(group);
        }
        Button addGroup = new Button("Add components-only group");
        addGroup.setId("addPartial");
        addGroup.setTooltip(new Tooltip("Schools that take only some components until a month, e.g. elementary schools "
                + "waiting for a digital platform"));
        addGroup.setOnAction(e -> edits.restructure("new components-only group", ScenarioEdits::withNewComponentsOnlyGroup));
        box.getChildren().add(addGroup);
        return box;
    }

    private static School unknown(String id) {
        return new School(0, id, id + " (no longer in the district)", SchoolLevel.OTHER, "", "", 0, null, "", "", null, null);
    }

    /** "No schools yet", "Adams Elementary", "12 schools: A, B, C and 9 more". */
    static String describe(List<School> members) {
        if (members.isEmpty()) {
            return "No schools yet: add a level or a school.";
        }
        if (members.size() == 1) {
            return "1 school: " + members.getFirst().name();
        }
        var shown = members.stream().limit(3).map(School::name).toList();
        return members.size() + " schools: " + String.join(", ", shown)
                + (members.size() > 3 ? " and " + (members.size() - 3) + " more" : "");
    }

    // --- cohort changes

    /**
     * Cohorts with their own start month or phase lengths. Kept for the life of the form and refreshed on its own when
     * the overrides change elsewhere (a cohort's bar dragged on the timeline, undo), without rebuilding the whole form.
     */
    static final class CohortChanges extends VBox {

        private final ScenariosViewModel vm;
        private List<CohortOverride> shown = List.of();
        private List<Phase> shownPhases = List.of();
        private boolean committing;
        /** The fields of each row, to show a new start in place when a cohort's bar is dragged on the timeline. */
        private final List<RowFields> rows = new ArrayList<>();

        private record RowFields(TextField start, Map<String, TextField> months) {
        }

        CohortChanges(ScenariosViewModel vm) {
            super(6);
            this.vm = vm;
            setId("cohortChanges");
            vm.scenarioProperty().addListener((o, was, now) -> {
                if (committing || now == null || now.overrides().equals(shown) && now.phases().phases().equals(shownPhases)) {
                    return;
                }
                if (now.phases().phases().equals(shownPhases) && cohorts(now.overrides()).equals(cohorts(shown))) {
                    // the same rows, new texts: after the pulse that shows the new plan (a drop on the timeline), as
                    // a new text lays out the whole form again (~3 ms with 700 schools on a busy machine)
                    shown = now.overrides();
                    if (!refreshPending) {
                        refreshPending = true;
                        javafx.application.Platform.runLater(this::refresh);
                    }
                } else if (!rebuildPending) {
                    // other rows (a cohort's bar dropped on the timeline, undo): built in the next pulse, so that the
                    // pulse of the drop only shows the new plan; styling the new row takes ~10 ms the first time
                    rebuildPending = true;
                    javafx.application.Platform.runLater(this::rebuild);
                }
            });
        }

        private boolean refreshPending;
        private boolean rebuildPending;

        private void rebuild() {
            rebuildPending = false;
            Scenario s = vm.scenarioProperty().get();
            if (s != null && !(s.overrides().equals(shown) && s.phases().phases().equals(shownPhases))) {
                show(s);
            }
        }

        private void refresh() {
            refreshPending = false;
            Scenario s = vm.scenarioProperty().get();
            if (s == null || !cohorts(s.overrides()).equals(cohorts(shown)) || rows.size() != s.overrides().size()) {
                return; // rebuilt meanwhile
            }
            shown = s.overrides();
            for (int i = 0; i < shown.size(); i++) {
                CohortOverride o = shown.get(i);
                RowFields f = rows.get(i);
                f.start().setText(o.start() == null ? "" : RolloutCalendar.monthLabel(o.start()));
                f.months().forEach((phase, field) -> field.setText(ownMonths(o, phase)));
            }
        }

        private static String ownMonths(CohortOverride o, String phase) {
            for (var m : o.months().entrySet()) {
                if (m.getKey().equalsIgnoreCase(phase)) {
                    return m.getValue() == null ? "" : Integer.toString(m.getValue());
                }
            }
            return "";
        }

        void show(Scenario s) {
            getChildren().clear();
            rows.clear();
            if (s == null) {
                shown = List.of();
                return;
            }
            shown = s.overrides();
            shownPhases = s.phases().phases();
            for (int i = 0; i < s.overrides().size(); i++) {
                getChildren().add(row(s, i, s.overrides().get(i)));
            }
            Button add = new Button("Change a cohort");
            add.setId("addCohortChange");
            add.setTooltip(new Tooltip("Give a cohort its own start month (e.g. January) or its own phase lengths"));
            add.setOnAction(e -> vm.change("new cohort change", ScenarioEdits::withNewCohortChange));
            getChildren().add(add);
        }

        private Node row(Scenario s, int i, CohortOverride o) {
            TextField cohort = new TextField(Integer.toString(o.cohort()));
            cohort.setId("overrideCohort" + i);
            cohort.setPrefColumnCount(2);
            cohort.setMinWidth(44);
            TextField start = new TextField(o.start() == null ? "" : RolloutCalendar.monthLabel(o.start()));
            start.setId("overrideStart" + i);
            start.setPromptText("start of its school year");
            start.setTooltip(new Tooltip("The month the cohort's first phase starts, e.g. January 2017; "
                    + "empty: the start of its school year"));
            HBox.setHgrow(start, Priority.ALWAYS);
            Map<String, TextField> months = new LinkedHashMap<>();
            List<Node> monthNodes = new ArrayList<>();
            for (Phase p : s.phases().phases()) {
                TextField f = new TextField(ownMonths(o, p.name()));
                f.setPromptText(p.months() == null ? "open" : Integer.toString(p.months()));
                f.setPrefColumnCount(3);
                f.setMinWidth(48);
                f.setId("overrideMonths" + i + "_" + s.phases().indexOf(p.name()));
                f.setTooltip(new Tooltip("Months of " + p.name() + " for this cohort; empty: "
                        + (p.months() == null ? "open-ended" : p.months() + " months") + " as for every cohort"));
                months.put(p.name(), f);
                Label name = new Label(p.name());
                name.setMinWidth(Region.USE_PREF_SIZE);
                HBox pair = new HBox(3, name, f);
                pair.setAlignment(Pos.CENTER_LEFT);
                monthNodes.add(pair);
            }
            Runnable commit = () -> commit("change of cohort " + o.cohort(), x -> {
                int number = RuleKind.whole(cohort.getText(), "The cohort number");
                if (number < 1) {
                    throw new IllegalArgumentException("Cohorts are numbered from 1.");
                }
                YearMonth at = start.getText().isBlank() ? null : ScenarioEdits.month(start.getText(), "The start of cohort " + number);
                Map<String, Integer> own = new LinkedHashMap<>();
                months.forEach((phase, f) -> {
                    if (!f.getText().isBlank()) {
                        int m = RuleKind.whole(f.getText(), "The months of " + phase);
                        if (m < 1) {
                            throw new IllegalArgumentException("The months of " + phase + " must be 1 or more.");
                        }
                        own.put(phase, m);
                    }
                });
                return ScenarioEdits.withOverride(x, o.cohort(), new CohortOverride(number, at, own));
            });
            onCommitInPlace(cohort, commit);
            onCommitInPlace(start, commit);
            months.values().forEach(f -> onCommitInPlace(f, commit));
            Button remove = small("✕", "Remove this cohort's own start and lengths", () -> vm.change(
                    "removal of cohort " + o.cohort() + "'s changes", x -> ScenarioEdits.withoutOverride(x, o.cohort())));
            remove.setId("removeOverride" + i);
            Label cohortLabel = new Label("Cohort");
            Label starts = new Label("starts");
            Label lengths = new Label("Months:");
            for (Label l : List.of(cohortLabel, starts, lengths)) {
                l.setMinWidth(Region.USE_PREF_SIZE);
            }
            rows.add(new RowFields(start, months));
            FlowPane phaseRow = new FlowPane(8, 4);
            phaseRow.getChildren().add(lengths);
            phaseRow.getChildren().addAll(monthNodes);
            VBox box = new VBox(3, ScenarioEditorView.row(cohortLabel, cohort, starts, start, remove), phaseRow);
            box.getStyleClass().add("override-row");
            return box;
        }

        /** A value edit: the rows stay as they are (the field being typed in keeps the focus). */
        private void commit(String description, UnaryOperator<Scenario> edit) {
            if (!vm.editableProperty().get()) {
                return;
            }
            committing = true;
            try {
                vm.change(description, edit);
            } finally {
                committing = false;
            }
            Scenario now = vm.scenarioProperty().get();
            if (now != null && !now.overrides().equals(shown)) {
                boolean sameCohorts = cohorts(now.overrides()).equals(cohorts(shown));
                shown = now.overrides();
                if (!sameCohorts) {
                    show(now); // a cohort number changed: the rows must name the new one
                }
            }
        }

        private static List<Integer> cohorts(List<CohortOverride> list) {
            return list.stream().map(CohortOverride::cohort).toList();
        }

    }

    // --- helpers

    /** Commits on Enter and on focus loss, but not when the section is being rebuilt (its fields then lose the focus). */
    private static void onCommitInPlace(TextField field, Runnable commit) {
        field.setOnAction(e -> commit.run());
        field.focusedProperty().addListener((o, was, now) -> {
            if (!now && field.getParent() != null && field.getScene() != null) {
                commit.run();
            }
        });
    }

}
