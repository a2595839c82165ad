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
import javafx.scene.control.ComboBox;
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
 * Two scenarios of the district side by side: coverage of schools overlaid, a table of completion year, peak schools
 * in the first phase and total cost, and the schools that start in another cohort.
 */
final class CompareDialog {

    private CompareDialog() {
    }

    static void show(Window owner, List<SavedScenario> scenarios, SavedScenario first, List<School> roster) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle("Compare scenarios");

        ComboBox<SavedScenario> a = new ComboBox<>();
        ComboBox<SavedScenario> b = new ComboBox<>();
        a.setId("compareFirst");
        b.setId("compareSecond");
        for (var box : List.of(a, b)) {
            box.getItems().setAll(scenarios);
            box.setConverter(new StringConverter<>() {
                @Override
                public String toString(SavedScenario s) {
                    return s == null ? "" : s.name();
                }

                @Override
                public SavedScenario fromString(String s) {
                    return null;
                }
            });
        }
        a.setValue(first);
        b.setValue(scenarios.stream().filter(s -> s.key() != first.key()).findFirst().orElse(first));

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
        table.setPrefHeight(110);
        table.setMinHeight(110);

        Label movesTitle = new Label();
        movesTitle.getStyleClass().add("title-4");
        ListView<String> moves = new ListView<>();
        moves.setId("compareMoves");
        moves.setMinHeight(120);
        VBox.setVgrow(moves, Priority.ALWAYS);

        Runnable refresh = () -> {
            if (a.getValue() == null || b.getValue() == null) {
                return;
            }
            Plan pa = RolloutPlanner.plan(roster, a.getValue().scenario());
            Plan pb = RolloutPlanner.plan(roster, b.getValue().scenario());
            chart.getData().setAll(series(a.getValue().name(), pa), series(b.getValue().name(), pb));
            table.getItems().setAll(ScenarioComparison.figures(a.getValue().name(), pa),
                    ScenarioComparison.figures(b.getValue().name(), pb));
            var list = ScenarioComparison.moves(pa, pb);
            movesTitle.setText(list.isEmpty() ? "Every school starts in the same cohort in both scenarios."
                    : list.size() + (list.size() == 1 ? " school starts" : " schools start") + " in another cohort in "
                            + b.getValue().name() + ":");
            moves.getItems().setAll(list.stream().map(ScenarioComparison.Move::describe).toList());
        };
        a.valueProperty().addListener(o -> refresh.run());
        b.valueProperty().addListener(o -> refresh.run());
        refresh.run();

        Button close = new Button("Close");
        close.setCancelButton(true);
        close.setDefaultButton(true);
        close.setOnAction(e -> stage.close());
        HBox pick = new HBox(8, new Label("Compare"), a, new Label("with"), b);
        pick.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        HBox buttons = new HBox(close);
        buttons.setAlignment(javafx.geometry.Pos.CENTER_RIGHT);
        VBox root = new VBox(10, pick, chart, table, movesTitle, moves, buttons);
        root.setPadding(new Insets(14));
        Scene scene = new Scene(root, 860, 720);
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
