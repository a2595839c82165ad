package org.rolloutplanner.ui.scenarios;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.util.StringConverter;
import org.rolloutplanner.domain.rollout.Check;
import org.rolloutplanner.domain.rollout.Deadline;
import org.rolloutplanner.domain.rollout.LevelGate;
import org.rolloutplanner.domain.rollout.Phase;
import org.rolloutplanner.domain.rollout.PhaseCost;
import org.rolloutplanner.domain.rollout.PhaseTemplate;
import org.rolloutplanner.domain.rollout.RolloutCalendar;
import org.rolloutplanner.domain.rollout.RolloutRule;
import org.rolloutplanner.domain.rollout.Rounding;
import org.rolloutplanner.domain.rollout.Scenario;
import org.rolloutplanner.domain.rollout.SchoolOrder;
import org.rolloutplanner.domain.rollout.SchoolYear;
import org.rolloutplanner.domain.school.SchoolLevel;

/**
 * The form of the selected scenario: calendar, phases, rule chain, order and rounding, level gates, targets, checks
 * (coaching capacity, budget), named cost items, excluded schools, components-only groups and cohorts with their own
 * start or phase lengths (the last two in {@link CohortAdjustmentsEditor}). There is
 * no Save button: every change goes to {@link ScenariosViewModel#change} at once (a text on Enter or when it loses the
 * focus), which recomputes the plan and saves it. The form is built again when the scenario changes from elsewhere
 * (another scenario chosen, undo, redo).
 */
final class ScenarioEditorView extends VBox {

    private final ScenariosViewModel vm;
    private boolean ownChange;
    private boolean rebuilding;
    private long builtFor = -1;
    private final List<Runnable> refreshers = new ArrayList<>();
    private final CohortAdjustmentsEditor.CohortChanges cohortChanges;
    private final CohortAdjustmentsEditor.Edits edits = new CohortAdjustmentsEditor.Edits() {
        @Override
        public void change(String description, UnaryOperator<Scenario> edit) {
            ScenarioEditorView.this.change(description, edit);
        }

        @Override
        public void restructure(String description, UnaryOperator<Scenario> edit) {
            ScenarioEditorView.this.restructure(description, edit);
        }
    };

    ScenarioEditorView(ScenariosViewModel vm) {
        super(6);
        this.vm = vm;
        this.cohortChanges = new CohortAdjustmentsEditor.CohortChanges(vm);
        setId("scenarioEditor");
        getStyleClass().add("scenario-editor");
        setPadding(new Insets(10));
        vm.scenarioProperty().addListener((o, was, now) -> {
            // a drag on the timeline changes only pins or a cohort's start, which the form does not show:
            // rebuilding the whole form then would cost a long pulse for nothing
            if (!ownChange && !sameForm(was, now)) {
                rebuild(now);
            }
        });
        // descriptions and calculations follow the plan, which is recomputed right after the scenario changes
        vm.planProperty().addListener(o -> refreshers.forEach(Runnable::run));
        vm.selectedProperty().addListener((o, was, now) -> {
            if (now != null && now.key() != builtFor || now == null && builtFor != -1) {
                rebuild(vm.scenarioProperty().get());
            }
        });
        disableProperty().bind(vm.editableProperty().not());
        rebuild(vm.scenarioProperty().get());
    }

    private boolean stale() {
        var selected = vm.selectedProperty().get();
        return rebuilding || selected == null || selected.key() != builtFor;
    }

    private void change(String description, UnaryOperator<Scenario> edit) {
        if (stale()) {
            return;
        }
        ownChange = true;
        try {
            vm.change(description, edit);
        } finally {
            ownChange = false;
        }
    }

    /** A structural change (a row added, removed or moved): the form is built again afterwards. */
    private void restructure(String description, UnaryOperator<Scenario> edit) {
        if (!stale()) {
            vm.change(description, edit);
        }
    }

    /**
     * True when two scenarios differ at most in pins (not in the form) and per-cohort overrides (their section,
     * {@link CohortAdjustmentsEditor.CohortChanges}, follows them on its own): a drag on the timeline then does not
     * rebuild the form.
     */
    static boolean sameForm(Scenario a, Scenario b) {
        return a != null && b != null && formPart(a).equals(formPart(b));
    }

    private static Scenario formPart(Scenario s) {
        return new Scenario(s.calendar(), s.phases(), s.rules(), s.order(), s.rounding(), s.gates(),
                java.util.Map.of(), s.exclusions(), s.partial(), java.util.List.of(), s.checks(), s.costs());
    }

    private void rebuild(Scenario s) {
        rebuilding = true;
        try {
            build(s);
        } finally {
            rebuilding = false;
        }
    }

    private void build(Scenario s) {
        refreshers.clear();
        getChildren().clear();
        var selected = vm.selectedProperty().get();
        builtFor = selected == null ? -1 : selected.key();
        cohortChanges.show(s);
        if (s == null) {
            Label none = new Label("No scenario chosen.");
            none.getStyleClass().add("text-muted");
            getChildren().add(none);
            return;
        }
        getChildren().addAll(section("Calendar"), calendar(s), section("Phases of every cohort"), phases(s),
                section("Rule chain (applied in order)"), rules(s), section("Order and rounding"), order(s),
                section("Levels not before a school year"), gates(s), section("Targets"), targets(s),
                section("Checks"), checks(s), section("Costs"), costs(s), section("Excluded schools"), exclusions(s),
                section("Components only (partial adoption)"), CohortAdjustmentsEditor.componentsOnly(s, vm.roster(), edits),
                section("Cohorts with their own start or phase lengths"), cohortChanges);
    }

    private static Label section(String text) {
        Label l = new Label(text);
        l.getStyleClass().addAll("title-4", "editor-section");
        l.setPadding(new Insets(8, 0, 0, 0));
        return l;
    }

    // --- calendar

    private Node calendar(Scenario s) {
        ComboBox<SchoolYear> first = yearBox(s.calendar().firstYear());
        first.setId("firstYear");
        first.valueProperty().addListener((o, was, now) -> change("change of the first school year",
                x -> ScenarioEdits.withCalendar(x, new RolloutCalendar(now, x.calendar().startMonth()))));
        ComboBox<Month> month = new ComboBox<>();
        month.getItems().addAll(Month.values());
        month.setValue(Month.of(s.calendar().startMonth()));
        month.setConverter(converter(m -> m.getDisplayName(TextStyle.FULL, Locale.ENGLISH)));
        month.setId("startMonth");
        month.valueProperty().addListener((o, was, now) -> change("change of the month school years start",
                x -> ScenarioEdits.withCalendar(x, new RolloutCalendar(x.calendar().firstYear(), now.getValue()))));
        Label firstLabel = new Label("First school year");
        Label monthLabel = new Label("School years start in");
        firstLabel.setMinWidth(Region.USE_PREF_SIZE);
        monthLabel.setMinWidth(Region.USE_PREF_SIZE);
        return new VBox(4, row(firstLabel, first), row(monthLabel, month));
    }

    static ComboBox<SchoolYear> yearBox(SchoolYear value) {
        ComboBox<SchoolYear> box = new ComboBox<>();
        for (int y = 2000; y <= 2050; y++) {
            box.getItems().add(new SchoolYear(y));
        }
        if (!box.getItems().contains(value)) {
            box.getItems().add(value);
        }
        box.setValue(value);
        box.setVisibleRowCount(12);
        box.setConverter(converter(SchoolYear::label));
        return box;
    }

    // --- phases

    private Node phases(Scenario s) {
        VBox box = new VBox(4);
        List<Phase> phases = s.phases().phases();
        for (int i = 0; i < phases.size(); i++) {
            int index = i;
            Phase p = phases.get(i);
            TextField name = new TextField(p.name());
            name.setPrefColumnCount(9);
            name.setId("phaseName" + i);
            TextField months = new TextField(p.months() == null ? "" : Integer.toString(p.months()));
            months.setPromptText("open");
            months.setPrefColumnCount(3);
            months.setMinWidth(52);
            months.setId("phaseMonths" + i);
            months.setTooltip(new Tooltip("Months; leave empty for an open-ended last phase"));
            ColorPicker colour = new ColorPicker(Color.web(p.colour()));
            colour.getStyleClass().add("button");
            colour.setPrefWidth(44);
            Runnable commit = () -> change("change of phase " + p.name(), x -> {
                Integer m = months.getText().isBlank() ? null : RuleKind.whole(months.getText(), "The months of " + name.getText());
                var list = ScenarioEdits.replace(x.phases().phases(), index, new Phase(name.getText(), m, hex(colour.getValue())));
                return ScenarioEdits.withPhases(x, new PhaseTemplate(list, Math.min(x.phases().launchPhase(), list.size() - 1)));
            });
            onCommit(name, commit);
            onCommit(months, commit);
            colour.setOnAction(e -> commit.run());
            Button remove = small("✕", "Remove this phase", () -> restructure("removal of phase " + p.name(), x -> {
                var list = ScenarioEdits.remove(x.phases().phases(), index);
                return ScenarioEdits.withPhases(x, PhaseTemplate.of(list));
            }));
            remove.setDisable(phases.size() == 1);
            Button up = small("↑", "Move up", () -> restructure("move of phase " + p.name(),
                    x -> ScenarioEdits.withPhases(x, PhaseTemplate.of(ScenarioEdits.move(x.phases().phases(), index, -1)))));
            up.setDisable(i == 0);
            HBox.setHgrow(name, Priority.ALWAYS);
            box.getChildren().add(row(name, months, colour, up, remove));
        }
        Button add = new Button("Add phase");
        add.setId("addPhase");
        add.setOnAction(e -> restructure("new phase", x -> {
            var list = x.phases().phases();
            String name = "Phase " + (list.size() + 1);
            var copy = new ArrayList<Phase>();
            for (Phase p : list) {
                copy.add(p.isOpenEnded() ? p.withMonths(12) : p);
            }
            copy.add(Phase.of(name, 12));
            return ScenarioEdits.withPhases(x, new PhaseTemplate(copy, x.phases().launchPhase()));
        }));
        box.getChildren().add(add);
        return box;
    }

    private static String hex(Color c) {
        return String.format("#%02X%02X%02X", (int) Math.round(c.getRed() * 255), (int) Math.round(c.getGreen() * 255),
                (int) Math.round(c.getBlue() * 255));
    }

    // --- rules

    private Node rules(Scenario s) {
        VBox box = new VBox(6);
        box.setId("ruleChain");
        List<RolloutRule> rules = s.rules();
        for (int i = 0; i < rules.size(); i++) {
            box.getChildren().add(ruleRow(s, i, rules.get(i)));
        }
        Button add = new Button("Add rule");
        add.setId("addRule");
        add.setOnAction(e -> restructure("new rule",
                x -> ScenarioEdits.withRules(x, ScenarioEdits.add(x.rules(), new RolloutRule.Remaining()))));
        box.getChildren().add(add);
        return box;
    }

    private Node ruleRow(Scenario s, int index, RolloutRule rule) {
        RuleKind kind = RuleKind.of(rule);
        ComboBox<RuleKind> kinds = new ComboBox<>();
        kinds.getItems().addAll(RuleKind.offered());
        if (!kinds.getItems().contains(kind)) {
            kinds.getItems().add(kind);
        }
        kinds.setValue(kind);
        kinds.setId("ruleKind" + index);
        kinds.setPrefWidth(190);
        kinds.valueProperty().addListener((o, was, now) -> restructure("change of rule " + (index + 1),
                x -> ScenarioEdits.withRules(x, ScenarioEdits.replace(x.rules(), index, now.example(x.calendar().firstYear())))));
        String[] values = RuleKind.values(rule);
        TextField a = new TextField(values[0]);
        a.setId("ruleValue" + index);
        TextField b = new TextField(values[1]);
        b.setId("ruleSecondValue" + index);
        for (TextField f : List.of(a, b)) {
            f.setPrefColumnCount(kind == RuleKind.FIRST_NAMED ? 14 : 4);
        }
        a.setPromptText(kind.firstPrompt());
        b.setPromptText(kind.secondPrompt());
        a.setVisible(kind.firstPrompt() != null);
        a.setManaged(a.isVisible());
        b.setVisible(kind.secondPrompt() != null);
        b.setManaged(b.isVisible());
        Runnable commit = () -> change("change of rule " + (index + 1),
                x -> ScenarioEdits.withRules(x, ScenarioEdits.replace(x.rules(), index, kind.build(a.getText(), b.getText()))));
        onCommit(a, commit);
        onCommit(b, commit);
        Button up = small("↑", "Apply this rule earlier", () -> restructure("move of rule " + (index + 1),
                x -> ScenarioEdits.withRules(x, ScenarioEdits.move(x.rules(), index, -1))));
        up.setDisable(index == 0);
        Button down = small("↓", "Apply this rule later", () -> restructure("move of rule " + (index + 1),
                x -> ScenarioEdits.withRules(x, ScenarioEdits.move(x.rules(), index, 1))));
        down.setDisable(index == s.rules().size() - 1);
        Button remove = small("✕", "Remove this rule", () -> restructure("removal of rule " + (index + 1),
                x -> ScenarioEdits.withRules(x, ScenarioEdits.remove(x.rules(), index))));
        remove.setDisable(s.rules().size() == 1);
        remove.setId("removeRule" + index);
        Label description = new Label();
        description.setId("ruleDescription" + index);
        description.setWrapText(true);
        description.getStyleClass().add("text-muted");
        Runnable describe = () -> {
            Scenario now = vm.scenarioProperty().get();
            if (now != null && index < now.rules().size()) {
                var plan = vm.planProperty().get();
                String calculation = plan == null || index >= plan.rules().size()
                        || !plan.rules().get(index).rule().equals(now.rules().get(index)) ? "" : plan.rules().get(index).calculation();
                description.setText((index + 1) + ". " + now.rules().get(index).describe(now.rounding())
                        + (calculation == null || calculation.isBlank() ? "" : "\n" + calculation));
            }
        };
        describe.run();
        refreshers.add(describe);
        HBox controls = row(kinds, a, b, up, down, remove);
        kinds.setMinWidth(120);
        a.setMinWidth(kind == RuleKind.FIRST_NAMED ? 120 : 52);
        b.setMinWidth(52);
        VBox box = new VBox(2, controls, description);
        box.getStyleClass().add("rule-row");
        return box;
    }

    // --- order and rounding

    private enum OrderChoice {
        READINESS("Readiness (highest first)", new SchoolOrder.ByReadiness()),
        ENROLLMENT("Enrollment (largest first)", new SchoolOrder.ByEnrollment()),
        ROSTER("Roster order", new SchoolOrder.ByRoster()),
        HIGH_FIRST("High, then middle, then elementary", new SchoolOrder.ByLevel(
                List.of(SchoolLevel.HIGH, SchoolLevel.SIX_TWELVE, SchoolLevel.MIDDLE, SchoolLevel.K8, SchoolLevel.ELEMENTARY),
                new SchoolOrder.ByReadiness())),
        ELEMENTARY_FIRST("Elementary, then middle, then high", new SchoolOrder.ByLevel(
                List.of(SchoolLevel.ELEMENTARY, SchoolLevel.K8, SchoolLevel.MIDDLE, SchoolLevel.SIX_TWELVE, SchoolLevel.HIGH),
                new SchoolOrder.ByReadiness()));

        final String label;
        final SchoolOrder order;

        OrderChoice(String label, SchoolOrder order) {
            this.label = label;
            this.order = order;
        }
    }

    private Node order(Scenario s) {
        ComboBox<Object> order = new ComboBox<>();
        order.setId("schoolOrder");
        order.getItems().addAll((Object[]) OrderChoice.values());
        Object current = java.util.Arrays.stream(OrderChoice.values()).filter(c -> c.order.equals(s.order()))
                .findFirst().map(c -> (Object) c).orElse(s.order());
        if (current instanceof SchoolOrder) {
            order.getItems().add(current);
        }
        order.setValue(current);
        order.setConverter(converter(o -> o instanceof OrderChoice c ? c.label
                : o instanceof SchoolOrder so ? capitalize(so.describe()) : ""));
        order.setMaxWidth(Double.MAX_VALUE);
        order.setMinWidth(150);
        order.setPrefWidth(300);
        order.valueProperty().addListener((o, was, now) -> {
            if (now instanceof OrderChoice c) {
                change("change of the order", x -> ScenarioEdits.withOrder(x, c.order));
            }
        });
        ComboBox<Rounding> rounding = new ComboBox<>();
        rounding.setId("rounding");
        rounding.getItems().addAll(Rounding.values());
        rounding.setValue(s.rounding());
        rounding.setConverter(converter(r -> capitalize(r.phrase())));
        rounding.setMaxWidth(Double.MAX_VALUE);
        rounding.setMinWidth(150);
        rounding.setPrefWidth(300);
        rounding.valueProperty().addListener((o, was, now) -> change("change of rounding",
                x -> ScenarioEdits.withRounding(x, now)));
        return new VBox(4, new Label("Schools are taken in the order of"), order, new Label("Fractions of a school are"), rounding);
    }

    private static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    // --- gates

    private Node gates(Scenario s) {
        VBox box = new VBox(4);
        for (int i = 0; i < s.gates().size(); i++) {
            int index = i;
            LevelGate gate = s.gates().get(i);
            ComboBox<SchoolLevel> level = new ComboBox<>();
            level.getItems().addAll(SchoolLevel.values());
            level.setValue(gate.level());
            level.setConverter(converter(SchoolLevel::label));
            ComboBox<SchoolYear> year = yearBox(gate.notBefore());
            Runnable commit = () -> change("change of a level gate", x -> ScenarioEdits.withGates(x,
                    ScenarioEdits.replace(x.gates(), index, new LevelGate(level.getValue(), year.getValue()))));
            level.valueProperty().addListener(o -> commit.run());
            year.valueProperty().addListener(o -> commit.run());
            Button remove = small("✕", "Remove", () -> restructure("removal of a level gate",
                    x -> ScenarioEdits.withGates(x, ScenarioEdits.remove(x.gates(), index))));
            box.getChildren().add(row(level, new Label("not before"), year, remove));
        }
        Button add = new Button("Add level gate");
        add.setId("addGate");
        add.setOnAction(e -> restructure("new level gate", x -> ScenarioEdits.withGates(x, ScenarioEdits.add(x.gates(),
                new LevelGate(SchoolLevel.ELEMENTARY, x.calendar().firstYear().plus(2))))));
        box.getChildren().add(add);
        return box;
    }

    // --- targets

    private Node targets(Scenario s) {
        VBox box = new VBox(4);
        box.setId("targets");
        List<Check> checks = s.checks();
        for (int i = 0; i < checks.size(); i++) {
            int index = i;
            if (!(checks.get(i) instanceof Check.Target t)) {
                continue; // in the Checks section
            }
            TextField pct = new TextField(RuleKind.number(t.percent()));
            pct.setPrefColumnCount(3);
            pct.setMinWidth(56);
            pct.setId("targetPercent" + i);
            ComboBox<Check.Measure> measure = new ComboBox<>();
            measure.getItems().addAll(Check.Measure.values());
            measure.setValue(t.measure());
            measure.setConverter(converter(Check.Measure::label));
            measure.setId("targetMeasure" + i);
            ComboBox<SchoolYear> year = yearBox(deadlineYear(t.by()));
            if (t.by() instanceof Deadline.EndOfCalendarYear) {
                year.setConverter(converter(y -> Integer.toString(y.startYear())));
            }
            year.setId("targetYear" + i);
            Runnable commit = () -> change("change of a target", x -> ScenarioEdits.withChecks(x, ScenarioEdits.replace(
                    x.checks(), index, new Check.Target(RuleKind.percent(pct.getText()), measure.getValue(), t.milestone(),
                            withYear(t.by(), year.getValue())))));
            onCommit(pct, commit);
            measure.valueProperty().addListener(o -> commit.run());
            year.valueProperty().addListener(o -> commit.run());
            Button remove = small("✕", "Remove this target", () -> restructure("removal of a target",
                    x -> ScenarioEdits.withChecks(x, ScenarioEdits.remove(x.checks(), index))));
            Label by = new Label(t.milestone().label() + " by" + switch (t.by()) {
                case Deadline.InSchoolYear d -> "";
                case Deadline.StartOf d -> " the start of";
                case Deadline.EndOfCalendarYear d -> " the end of";
            });
            by.setMinWidth(Region.USE_PREF_SIZE);
            VBox target = new VBox(2, row(pct, new Label("% of"), measure), row(by, year, remove));
            target.getStyleClass().add("target-row");
            box.getChildren().add(target);
        }
        Button add = new Button("Add target");
        add.setId("addTarget");
        add.setOnAction(e -> restructure("new target", x -> ScenarioEdits.withChecks(x, ScenarioEdits.add(x.checks(),
                Check.Target.started(100, Check.Measure.SCHOOLS, new Deadline.InSchoolYear(x.calendar().firstYear().plus(5)))))));
        box.getChildren().add(add);
        return box;
    }

    // --- checks: coaching capacity and budget (targets have their own section)

    private Node checks(Scenario s) {
        VBox box = new VBox(4);
        box.setId("checks");
        List<Check> checks = s.checks();
        for (int i = 0; i < checks.size(); i++) {
            int index = i;
            Button remove = small("✕", "Remove this check", () -> restructure("removal of a check",
                    x -> ScenarioEdits.withChecks(x, ScenarioEdits.remove(x.checks(), index))));
            remove.setId("removeCheck" + i);
            switch (checks.get(i)) {
                case Check.PhaseCapacity c -> {
                    ComboBox<String> phase = phaseBox(s, c.phase());
                    phase.setId("capacityPhase" + i);
                    TextField max = new TextField(Integer.toString(c.capacity()));
                    max.setPrefColumnCount(3);
                    max.setMinWidth(52);
                    max.setId("capacityMax" + i);
                    Runnable commit = () -> change("change of a capacity check", x -> ScenarioEdits.withChecks(x,
                            ScenarioEdits.replace(x.checks(), index, new Check.PhaseCapacity(phase.getValue(),
                                    RuleKind.whole(max.getText(), "The most schools at once"), c.what()))));
                    onCommit(max, commit);
                    phase.valueProperty().addListener(o -> commit.run());
                    box.getChildren().add(row(new Label("At most"), max, new Label("schools in"), phase,
                            new Label("at once"), remove));
                }
                case Check.Budget b -> {
                    TextField max = new TextField(Long.toString(b.perSchoolYear()));
                    max.setPrefColumnCount(8);
                    max.setId("budgetMax" + i);
                    onCommit(max, () -> change("change of the budget", x -> ScenarioEdits.withChecks(x,
                            ScenarioEdits.replace(x.checks(), index, new Check.Budget(money(max.getText(), "The budget"))))));
                    box.getChildren().add(row(new Label("At most"), max, new Label("a school year"), remove));
                }
                case Check.Target t -> {
                    // in the Targets section
                }
            }
        }
        Button capacity = new Button("Add coaching capacity");
        capacity.setId("addCapacity");
        capacity.setOnAction(e -> restructure("new capacity check", x -> ScenarioEdits.withChecks(x, ScenarioEdits.add(
                x.checks(), new Check.PhaseCapacity(x.phases().phases().getFirst().name(), 6, "coaching capacity")))));
        Button budget = new Button("Add budget");
        budget.setId("addBudget");
        budget.setOnAction(e -> restructure("new budget check",
                x -> ScenarioEdits.withChecks(x, ScenarioEdits.add(x.checks(), new Check.Budget(1_000_000)))));
        box.getChildren().add(row(capacity, budget));
        return box;
    }

    private static ComboBox<String> phaseBox(Scenario s, String value) {
        ComboBox<String> box = new ComboBox<>();
        s.phases().phases().forEach(p -> box.getItems().add(p.name()));
        if (!box.getItems().contains(value)) {
            box.getItems().add(value);
        }
        box.setValue(value);
        return box;
    }

    /** A whole, non-negative amount of money; thousands separators and a currency sign are allowed. */
    static long money(String text, String what) {
        String clean = text.strip().replace(",", "").replace("$", "").replace(" ", "");
        try {
            long v = Long.parseLong(clean.isEmpty() ? "0" : clean);
            if (v < 0) {
                throw new IllegalArgumentException(what + " cannot be negative.");
            }
            return v;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + " must be a whole amount (it was \"" + text.strip() + "\").");
        }
    }

    // --- costs

    private Node costs(Scenario s) {
        VBox box = new VBox(4);
        box.setId("costs");
        for (int i = 0; i < s.costs().size(); i++) {
            int index = i;
            PhaseCost cost = s.costs().get(i);
            TextField name = new TextField(cost.name());
            name.setPromptText(PhaseCost.defaultName(cost.phase()));
            name.setId("costName" + i);
            name.setTooltip(new Tooltip("What the money is for, e.g. Planning grant, Launch grant, Coaching"));
            HBox.setHgrow(name, Priority.ALWAYS);
            ComboBox<String> phase = phaseBox(s, cost.phase());
            phase.setId("costPhase" + i);
            TextField perSchool = new TextField(Long.toString(cost.perSchool()));
            perSchool.setPrefColumnCount(7);
            perSchool.setId("costPerSchool" + i);
            TextField perStudent = new TextField(Long.toString(cost.perStudentPerYear()));
            perStudent.setPrefColumnCount(4);
            perStudent.setId("costPerStudent" + i);
            Runnable commit = () -> change("change of a cost", x -> ScenarioEdits.withCosts(x, ScenarioEdits.replace(
                    x.costs(), index, new PhaseCost(name.getText(), phase.getValue(),
                            money(perSchool.getText(), "The amount per school"),
                            money(perStudent.getText(), "The amount per student")))));
            onCommit(name, commit);
            onCommit(perSchool, commit);
            onCommit(perStudent, commit);
            phase.valueProperty().addListener((o, was, now) -> {
                name.setPromptText(PhaseCost.defaultName(now));
                commit.run();
            });
            Button remove = small("✕", "Remove this cost", () -> restructure("removal of a cost",
                    x -> ScenarioEdits.withCosts(x, ScenarioEdits.remove(x.costs(), index))));
            remove.setId("removeCost" + i);
            Label total = new Label();
            total.setId("costTotal" + i);
            total.getStyleClass().add("text-muted");
            Runnable showTotal = () -> {
                Scenario now = vm.scenarioProperty().get();
                var plan = vm.planProperty().get();
                total.setText(now == null || plan == null || index >= now.costs().size() ? ""
                        : ScenariosViewModel.costItemSummary(plan, now.costs().get(index).item()));
            };
            showTotal.run();
            refreshers.add(showTotal);
            VBox item = new VBox(2, row(name, remove), row(new Label("In"), phase, perSchool, new Label("per school")),
                    row(new Label("and"), perStudent, new Label("per student a year")), total);
            item.getStyleClass().add("cost-row");
            box.getChildren().add(item);
        }
        Button add = new Button("Add cost");
        add.setId("addCost");
        add.setOnAction(e -> restructure("new cost", x -> ScenarioEdits.withCosts(x, ScenarioEdits.add(x.costs(),
                new PhaseCost(x.phases().phases().getFirst().name(), 100_000, 0)))));
        box.getChildren().add(add);
        return box;
    }

    // --- exclusions

    private Node exclusions(Scenario s) {
        VBox box = new VBox(4);
        box.setId("exclusions");
        var names = new java.util.HashMap<String, String>();
        vm.roster().forEach(school -> names.put(school.id(), school.name()));
        for (String id : s.exclusions()) {
            Button remove = small("✕", "Plan this school again", () -> restructure("return of a school to the plan", x -> {
                var set = new java.util.LinkedHashSet<>(x.exclusions());
                set.remove(id);
                return ScenarioEdits.withExclusions(x, set);
            }));
            box.getChildren().add(row(new Label(names.getOrDefault(id, id + " (no longer in the district)")), remove));
        }
        ComboBox<org.rolloutplanner.domain.school.School> pick = new ComboBox<>();
        pick.setId("excludeSchool");
        pick.setPromptText("Leave out a school…");
        vm.roster().stream().filter(school -> !s.exclusions().contains(school.id()))
                .sorted(java.util.Comparator.comparing(org.rolloutplanner.domain.school.School::name))
                .forEach(pick.getItems()::add);
        pick.setConverter(converter(org.rolloutplanner.domain.school.School::name));
        pick.setVisibleRowCount(15);
        pick.valueProperty().addListener((o, was, now) -> {
            if (now != null) {
                restructure("exclusion of " + now.name(), x -> {
                    var set = new java.util.LinkedHashSet<>(x.exclusions());
                    set.add(now.id());
                    return ScenarioEdits.withExclusions(x, set);
                });
            }
        });
        box.getChildren().add(pick);
        return box;
    }

    private static SchoolYear deadlineYear(Deadline d) {
        return switch (d) {
            case Deadline.InSchoolYear y -> y.year();
            case Deadline.StartOf y -> y.year();
            case Deadline.EndOfCalendarYear y -> new SchoolYear(y.year());
        };
    }

    private static Deadline withYear(Deadline d, SchoolYear y) {
        return switch (d) {
            case Deadline.InSchoolYear i -> new Deadline.InSchoolYear(y);
            case Deadline.StartOf i -> new Deadline.StartOf(y);
            case Deadline.EndOfCalendarYear i -> new Deadline.EndOfCalendarYear(y.startYear());
        };
    }

    // --- helpers

    static HBox row(Node... nodes) {
        HBox box = new HBox(6, nodes);
        for (Node n : nodes) {
            if (n instanceof Label || n instanceof Button || n instanceof ComboBox<?> || n instanceof ColorPicker) {
                ((Region) n).setMinWidth(Region.USE_PREF_SIZE);
            }
        }
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    static Button small(String text, String tip, Runnable action) {
        Button b = new Button(text);
        b.getStyleClass().addAll("flat", "small");
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> action.run());
        b.setFocusTraversable(false);
        return b;
    }

    /** Commits a text field on Enter and when it loses the focus. */
    static void onCommit(TextField field, Runnable commit) {
        field.setOnAction(e -> commit.run());
        field.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                commit.run();
            }
        });
    }

    static <T> StringConverter<T> converter(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : text.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }
}
