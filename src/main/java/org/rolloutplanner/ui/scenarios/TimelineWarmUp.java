package org.rolloutplanner.ui.scenarios;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.event.EventType;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import org.rolloutplanner.domain.rollout.Plan;
import org.rolloutplanner.domain.rollout.RolloutPlanner;
import org.rolloutplanner.domain.rollout.Scenario;
import org.rolloutplanner.domain.school.School;
import org.rolloutplanner.ui.common.SynchronousTaskRunner;
import org.rolloutplanner.ui.common.UndoManager;

/**
 * Gets the first drag on a newly shown timeline ready, so that it is as smooth as the later ones. In a fresh program the
 * first drop of a school or of a cohort's bar used to take 35–50 ms of the FX thread's time in one frame (the planner
 * and the drawing code still interpreted, the classes of the drop path not yet loaded, the new row of the cohort-changes
 * form styled for the first time); the later ones take under 10 ms.
 *
 * <p>When a scenario's plan is first shown, this does once, on its own background thread, what a drop will make the
 * planner do: it plans the scenario with one school pinned to another cohort and with cohort 1 starting three months
 * later, a few times, and throws the plans away. Then, on the FX thread, in small steps (each queued when the previous
 * one has run, so pulses can come between them), it drives a throwaway timeline, in a scene that is never shown, through a
 * school drag and a cohort drag with the real mouse handlers, and styles a throwaway row of the cohort-changes form in
 * the window's form (style look-ups are cached per scene): put in, styled, laid out and taken out within one step, so
 * no frame shows it. Nothing of it is seen, saved or undoable: the throwaway chart and form belong to their own view
 * model, which has no workspace and whose undo history is thrown away with it; the scenario, the plan and the
 * workspace of the window are only read. If the user is already dragging when a step comes, the rest is left out.
 */
final class TimelineWarmUp {

    /** One at a time, at low priority, never blocking the program's exit. */
    private static final Executor BACKGROUND = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "Timeline warm-up");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        return t;
    });

    /** How many times each planning warm-up runs (the planner's loops are compiled after a few runs). */
    private static final int ROUNDS = 4;

    private final Executor background;
    private final Consumer<Runnable> fx;
    private final Set<Long> planned = new HashSet<>();
    private boolean drawn;
    /** How many times the FX part has run to its end (for tests and the bench). */
    private volatile int done;

    TimelineWarmUp() {
        this(BACKGROUND, Platform::runLater);
    }

    /** For tests: where the planning and the FX steps run. */
    TimelineWarmUp(Executor background, Consumer<Runnable> fx) {
        this.background = background;
        this.fx = fx;
    }

    /**
     * Called on the FX thread each time a plan is shown; warms up once per scenario (the planning) and once per view
     * (the drawing and the form).
     *
     * @param scenarioKey the saved scenario's key
     * @param shownChart the window's timeline: the throwaway one gets its size and its scene's style sheets
     */
    void shown(long scenarioKey, List<School> roster, Scenario scenario, Plan plan, TimelineChart shownChart) {
        if (scenario == null || plan == null || plan.cohorts().isEmpty() || !planned.add(scenarioKey)) {
            return;
        }
        boolean draw = !drawn;
        drawn = true;
        List<School> schools = List.copyOf(roster);
        background.execute(() -> {
            try {
                Variants v = variants(scenario, plan);
                for (int i = 0; i < ROUNDS; i++) {
                    Plan pinnedPlan = v.pinned() == null ? null : RolloutPlanner.plan(schools, v.pinned());
                    Plan movedPlan = RolloutPlanner.plan(schools, v.moved());
                    RolloutPlanner.plan(schools, scenario);
                    if (i == 0 && draw) {
                        // the drawing's steps go first: the planner's later rounds run while they do
                        drawSteps(scenario, plan, v, pinnedPlan, movedPlan, shownChart);
                    }
                }
            } catch (RuntimeException e) {
                // only a warm-up: a scenario the planner cannot handle shows its message when the user changes it
            }
        });
    }

    int timesDone() {
        return done;
    }

    /** The scenario as a drop would change it: one school pinned to another cohort, cohort 1 starting later. */
    record Variants(Scenario pinned, Scenario moved) {
    }

    static Variants variants(Scenario scenario, Plan plan) {
        Scenario pinned = null;
        Plan.Cohort first = plan.cohorts().getFirst();
        if (plan.cohorts().size() > 1 && !first.schools().isEmpty()) {
            var pins = new LinkedHashMap<>(scenario.pins());
            pins.put(first.schools().getFirst().id(), plan.cohorts().get(1).number());
            pinned = ScenarioEdits.withPins(scenario, pins);
        }
        YearMonth later = first.start().plusMonths(3);
        return new Variants(pinned, ScenarioEdits.withCohortStart(scenario, first.number(), later));
    }

    /** The FX part, one step a frame so that no frame takes long: each step is queued when the previous one has run. */
    private void drawSteps(Scenario scenario, Plan plan, Variants v, Plan pinnedPlan, Plan movedPlan, TimelineChart shownChart) {
        var steps = new ArrayList<Runnable>();
        TimelineChart[] chart = new TimelineChart[1];
        List<String> sheets = new ArrayList<>();
        steps.add(() -> {
            if (shownChart.getScene() != null) {
                sheets.addAll(shownChart.getScene().getStylesheets());
            }
            chart[0] = new TimelineChart(YearMonth.now());
            Scene scene = new Scene(new StackPane(chart[0]), shownChart.getWidth() > 0 ? shownChart.getWidth() : 800,
                    shownChart.getHeight() > 0 ? shownChart.getHeight() : 500);
            scene.getStylesheets().setAll(sheets);
            chart[0].show(plan, scenario);
            chart[0].expandAll(true);
            chart[0].applyCss();
            chart[0].getParent().layout();
        });
        steps.add(() -> schoolDrag(chart[0]));
        if (pinnedPlan != null) {
            steps.add(() -> chart[0].show(pinnedPlan, v.pinned()));
        }
        steps.add(() -> cohortDrag(chart[0]));
        steps.add(() -> chart[0].show(movedPlan, v.moved()));
        steps.add(() -> {
            // the form's row for a cohort with its own start, as a cohort drop adds it, styled where the real one will be
            // (style look-ups are cached per scene): put in the window's form, styled and laid out, and taken out again
            // within this one step, so no frame ever shows it; without ids, disabled and see-through all the same
            var form = new CohortAdjustmentsEditor.CohortChanges(
                    new ScenariosViewModel(new SynchronousTaskRunner(), null, new UndoManager()));
            form.show(v.moved());
            clearIds(form);
            form.setManaged(false);
            form.setDisable(true);
            form.setOpacity(0);
            form.setMouseTransparent(true);
            Node real = shownChart.getScene() == null ? null : shownChart.getScene().lookup("#cohortChanges");
            if (real != null && real.getParent() instanceof Pane parent) {
                parent.getChildren().add(form);
                try {
                    form.applyCss();
                    form.resize(Math.max(300, real.getLayoutBounds().getWidth()), form.prefHeight(-1));
                    form.layout();
                } finally {
                    parent.getChildren().remove(form);
                }
            } else {
                Scene scene = new Scene(new StackPane(form), 400, 300);
                scene.getStylesheets().setAll(sheets);
                form.applyCss();
                form.getParent().layout();
            }
            chart[0] = null; // the throwaway chart goes
            done++;
        });
        queue(steps, 0, shownChart);
    }

    private static void clearIds(Node node) {
        node.setId(null);
        if (node instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(TimelineWarmUp::clearIds);
        }
    }

    private void queue(List<Runnable> steps, int i, TimelineChart shownChart) {
        if (i < steps.size()) {
            fx.accept(() -> {
                if (shownChart.dragging()) {
                    return; // the user is already dragging: the drag itself warms up now, no extra work in its frames
                }
                try {
                    steps.get(i).run();
                } catch (RuntimeException e) {
                    return; // only a warm-up: the rest is left to the first drag
                }
                queue(steps, i + 1, shownChart);
            });
        }
    }

    /** A school pressed, dragged down to the bottom edge (the chart scrolls), hovered over and dropped on another cohort. */
    private static void schoolDrag(TimelineChart chart) {
        Canvas canvas = chart.canvas();
        double x = TimelineChart.FIRST_COLUMN + 40;
        double y = TimelineChart.HEADER + TimelineChart.ROW * 1.5;
        double bottom = canvas.getHeight() - TimelineChart.COVERAGE - 6;
        mouse(canvas, MouseEvent.MOUSE_MOVED, x, y, false);
        mouse(canvas, MouseEvent.MOUSE_PRESSED, x, y, true);
        for (int i = 1; i <= 6; i++) {
            mouse(canvas, MouseEvent.MOUSE_DRAGGED, x + i, Math.min(bottom, y + i * 60), true);
        }
        mouse(canvas, MouseEvent.MOUSE_RELEASED, x + 6, bottom, false);
        chart.expandAll(true); // back to the top
    }

    /** Cohort 1's bar pressed, dragged to the right and dropped. */
    private static void cohortDrag(TimelineChart chart) {
        Canvas canvas = chart.canvas();
        double x = TimelineChart.FIRST_COLUMN + 4;
        double y = TimelineChart.HEADER + TimelineChart.ROW * 0.5;
        mouse(canvas, MouseEvent.MOUSE_MOVED, x, y, false);
        mouse(canvas, MouseEvent.MOUSE_PRESSED, x, y, true);
        for (int i = 1; i <= 6; i++) {
            mouse(canvas, MouseEvent.MOUSE_DRAGGED, x + i * 6, y, true);
        }
        mouse(canvas, MouseEvent.MOUSE_RELEASED, x + 36, y, false);
    }

    private static void mouse(Canvas canvas, EventType<MouseEvent> type, double x, double y, boolean down) {
        canvas.fireEvent(new MouseEvent(type, x, y, x, y, type == MouseEvent.MOUSE_MOVED ? MouseButton.NONE : MouseButton.PRIMARY,
                1, false, false, false, false, down, false, false, false, false, false, null));
    }
}
