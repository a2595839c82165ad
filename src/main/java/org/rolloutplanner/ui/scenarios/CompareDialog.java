package org.rolloutplanner.ui.scenarios;

import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.rolloutplanner.app.scenario.SavedScenario;
import org.rolloutplanner.domain.rollout.Plan;
import org.rolloutplanner.domain.rollout.RolloutPlanner;
import org.rolloutplanner.domain.school.School;

/**
 * Two or more scenarios of the district side by side (ticked): coverage of schools overlaid for all, a table row per
 * scenario (completion year, peak schools in the first phase, total cost), and the schools that start in another cohort
 * than in the first scenario ticked (the baseline; each other scenario is compared with it).
 */
final class CompareDialog {

    private CompareDialog() {
    }

    static void show(Window owner, List<SavedScenario> scenarios, SavedScenario first, List<School> roster) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle("Compare scenarios");

        // the scenarios to compare: the one the dialog was opened on and the next one are ticked; the first ticked (in
        // the order of the list, the opened one first) is the baseline of the school diff
        java.util.List<SavedScenario> ordered = new java.util.ArrayList<>();
        ordered.add(first);
        scenarios.stream().filter(s -> s.key() != first.key()).forEach(ordered::add);
        java.util.List<CheckBox> ticks = new java.util.ArrayList<>();
        for (int i = 0; i < ordered.size(); i++) {
            CheckBox tick = new CheckBox(ordered.get(i).name() + (i == 0 ? " (baseline)" : ""));
            tick.setId("compareTick" + i);
            tick.setSelected(i < 2);
            ticks.add(tick);
        }
        NumberAxis x = new NumberAxis();
        x.setLabel("School year (start)");
        x.setForceZeroInRange(false);
        x.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number n) {
                return new org.rolloutplanner.domain.rollout.SchoolYear(n.intValue()).label();
            }

            @Override
            public Number fromString(String s) {
                return 0;
            }
        });
        x.setTickUnit(1);
        x.setMinorTickVisible(false);
        NumberAxis y = new NumberAxis(0, 100, 25);
        y.setLabel("% of schools started");
        LineChart<Number, Number> chart = new LineChart<>(x, y);
        chart.setId("compareChart");
        chart.setCreateSymbols(true);
        chart.setAnimated(false);
        chart.setPrefHeight(280);
        chart.setMinHeight(220);

        TableView<ScenarioComparison.Figures> table = new TableView<>();
        table.setId("compareTable");
        table.getColumns().add(column("Scenario", f -> f.name()));
        table.getColumns().add(column("Cohorts", f -> Integer.toString(f.cohorts())));
        table.getColumns().add(column("Last cohort starts", ScenarioComparison.Figures::completionLabel));
        table.getColumns().add(column("Peak schools in first phase", f -> f.peakSchools() + (f.peakPhase().isEmpty() ? ""
                : " (" + f.peakPhase() + ")")));
        table.getColumns().add(column("Total cost", f -> NumberFormat.getIntegerInstance(Locale.US).format(f.totalCost())));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPrefHeight(140);
        table.setMinHeight(110);

        Label movesTitle = new Label();
        movesTitle.getStyleClass().add("title-4");
        ListView<String> moves = new ListView<>();
        moves.setId("compareMoves");
        moves.setMinHeight(120);
        VBox.setVgrow(moves, Priority.ALWAYS);

        Label hint = new Label();
        hint.getStyleClass().add("text-muted");
        Runnable refresh = () -> {
            var plans = new java.util.LinkedHashMap<String, Plan>();
            for (int i = 0; i < ordered.size(); i++) {
                if (ticks.get(i).isSelected()) {
                    plans.put(ordered.get(i).name(), RolloutPlanner.plan(roster, ordered.get(i).scenario()));
                }
            }
            hint.setText(plans.size() < 2 ? "Tick two or more scenarios to compare them." : "");
            chart.getData().setAll(plans.entrySet().stream().map(e -> series(e.getKey(), e.getValue())).toList());
            var figures = ScenarioComparison.figures(plans);
            table.getItems().setAll(figures);
            var diffs = ScenarioComparison.diffsFromFirst(figures);
            if (diffs.size() == 1) {
                var list = diffs.getFirst().moves();
                movesTitle.setText(list.isEmpty() ? "Every school starts in the same cohort in both scenarios."
                        : list.size() + (list.size() == 1 ? " school starts" : " schools start") + " in another cohort in "
                                + diffs.getFirst().other() + ":");
                moves.getItems().setAll(list.stream().map(ScenarioComparison.Move::describe).toList());
            } else {
                movesTitle.setText(diffs.isEmpty() ? "" : "Schools that start in another cohort than in "
                        + diffs.getFirst().baseline() + ", the first scenario ticked:");
                var lines = new java.util.ArrayList<String>();
                for (var d : diffs) {
                    lines.add(d.title());
                    d.moves().forEach(m -> lines.add("    " + m.describe()));
                }
                moves.getItems().setAll(lines);
            }
        };
        ticks.forEach(t -> t.selectedProperty().addListener(o -> refresh.run()));
        refresh.run();

        Button close = new Button("Close");
        close.setCancelButton(true);
        close.setDefaultButton(true);
        close.setOnAction(e -> stage.close());
        javafx.scene.layout.FlowPane tickBox = new javafx.scene.layout.FlowPane(12, 6);
        tickBox.getChildren().addAll(ticks);
        VBox pick = new VBox(4, new Label("Compare the scenarios ticked:"), tickBox, hint);
        HBox buttons = new HBox(close);
        buttons.setAlignment(javafx.geometry.Pos.CENTER_RIGHT);
        VBox root = new VBox(10, pick, chart, table, movesTitle, moves, buttons);
        root.setPadding(new Insets(14));
        Scene scene = new Scene(root, 860, 760);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        stage.setScene(scene);
        stage.show();
    }

    private static XYChart.Series<Number, Number> series(String name, Plan plan) {
        var s = new XYChart.Series<Number, Number>();
        s.setName(name);
        for (Plan.YearSummary y : plan.years()) {
            s.getData().add(new XYChart.Data<>(y.schoolYear().startYear(), y.started().schoolsPercent()));
        }
        return s;
    }

    private static TableColumn<ScenarioComparison.Figures, String> column(String title,
            java.util.function.Function<ScenarioComparison.Figures, String> value) {
        TableColumn<ScenarioComparison.Figures, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cd -> new ReadOnlyStringWrapper(value.apply(cd.getValue())));
        c.setSortable(false);
        return c;
    }
}
