package org.rolloutplanner.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Button;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.stage.Stage;
import org.rolloutplanner.app.district.SampleDistrict;
import org.rolloutplanner.app.scenario.InMemoryScenarios;
import org.rolloutplanner.domain.district.District;
import org.rolloutplanner.domain.rollout.Phase;
import org.rolloutplanner.domain.rollout.RolloutCalendar;
import org.rolloutplanner.domain.rollout.RolloutRule;
import org.rolloutplanner.domain.rollout.Scenario;
import org.rolloutplanner.domain.rollout.SchoolYear;
import org.rolloutplanner.domain.school.School;
import org.rolloutplanner.domain.school.SchoolLevel;
import org.rolloutplanner.ui.common.FxDialogService;
import org.rolloutplanner.ui.common.SynchronousTaskRunner;
import org.rolloutplanner.ui.common.UndoManager;
import org.rolloutplanner.ui.scenarios.ScenariosView;

/**
 * How smooth dragging on the timeline is with 700 schools expanded: the real ScenariosView in a 1250×760 window on the
 * headless platform, every cohort expanded (~710 rows), then one step per pulse: a school dragged down with the chart
 * auto-scrolling under it (50 steps, dropped on another cohort: a pin and a recompute), a scroll back to the top, and
 * cohort 1's bar dragged 50 steps (to the right in the first run, back in the second; dropped: a new start and a
 * recompute), then three frames with no input. The first run is cold (a fresh JVM: the first drag after opening), the
 * second warm. Events go through the platform's robot, as in the UI tests.
 *
 * <p>As a user does, the bench opens the scenario, waits about 1 s in all (looks at the timeline, clicks Expand all, moves
 * to a school) and then drags. The view warms up the drag's paths when a scenario is first shown (TimelineWarmUp: the
 * planner on a background thread, a throwaway chart and form on the FX thread); the bench prints whether that was done
 * before the first drag, and does not wait for it. The scroll back to the top is a fast wheel flick: the notches it
 * takes (40 px each), in one frame.
 *
 * <p>JavaFX 26 has no pulse logger any more, so each pulse is timed here: <b>fx</b> is the FX thread's work in the
 * pulse (from the start of this bench's animation timer, which fires the mouse events, to the end of layout: event
 * handling, the canvas drawing calls, CSS, layout); <b>frame</b> is the time from one pulse to the next, which also
 * holds the software rendering of the previous frame (the next pulse waits for it) and the platform's 60 Hz pacing, so
 * 16.7 ms is its floor; <b>fx CPU</b> is the FX thread's CPU time over the same span as <b>fx</b>: on a busy machine
 * (other builds on the same cores) the wall-clock <b>fx</b> also counts the time the thread waited for a core, which
 * the CPU time leaves out; <b>fx CPU per frame</b> is the FX thread's CPU time from one pulse to the next, so it also
 * counts work queued between pulses (the cohort-changes form's new row is built in the frame after a drop) and the copy
 * of each frame to the headless screen. Not a test: it prints numbers and asserts nothing.
 *
 * <p>Run: {@code mvn -B -DbuildDir=target-tl test-compile dependency:build-classpath -Dmdep.outputFile=target-tl/cp.txt} then
 * {@code java --sun-misc-unsafe-memory-access=allow -Dglass.platform=Headless -Dprism.order=sw -cp target-tl/test-classes:target-tl/classes:$(cat target-tl/cp.txt)
 * org.rolloutplanner.bench.TimelinePulseBench}.
 */
public final class TimelinePulseBench {

    // the chart's geometry (TimelineChart.HEADER, ROW, FIRST_COLUMN, COVERAGE; package-private there)
    private static final double HEADER = 44;
    private static final double ROW = 24;
    private static final double FIRST_COLUMN = 220;
    private static final double COVERAGE = 150;
    private static final int SCHOOLS = 700;
    private static final int STEPS = 50;
    /** Frames with no input after the last drop. */
    private static final int IDLE = 3;

    private TimelinePulseBench() {
    }

    public static void main(String[] args) throws Exception {
        var started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        Canvas[] canvas = new Canvas[1];
        Platform.runLater(() -> canvas[0] = open());
        waitFx();
        Thread.sleep(200); // the user looks at the timeline that has just appeared and clicks Expand all
        int[] rows = new int[1];
        Platform.runLater(() -> {
            ((Button) canvas[0].getScene().lookup("#expandAll")).fire(); // now that the plan is shown
            rows[0] = rowCount(canvas[0].getParent());
        });
        waitFx();
        Thread.sleep(200); // and moves the pointer to a school: about 1 s since the timeline appeared
        System.out.printf("timeline: %d rows, canvas %.0f × %.0f px%n", rows[0], canvas[0].getWidth(), canvas[0].getHeight());
        System.out.printf("warm-up done before the first drag: %s%n", warmUpDone(canvas[0].getScene().getRoot()));
        for (String run : List.of("cold", "warm")) {
            var fx = new ArrayList<Double>();
            var fxCpu = new ArrayList<Double>();
            var frameCpu = new ArrayList<Double>();
            var frame = new ArrayList<Double>();
            String load = loadAverage();
            measure(canvas[0], fx, fxCpu, frameCpu, frame, run.equals("cold") ? 1 : -1);
            report(run, fx, fxCpu, frameCpu, frame);
            System.out.printf("  load average before the %s run: %s (on %d cores)%n", run, load,
                    Runtime.getRuntime().availableProcessors());
            var view = (ScenariosView) canvas[0].getScene().getRoot();
            var scenario = view.viewModel().scenarioProperty().get();
            System.out.printf("  after the %s run: %d schools placed, pins %s, cohort starts %s%n", run,
                    view.viewModel().planProperty().get().placements().size(), scenario.pins().values(),
                    scenario.overrides().stream().map(o -> o.cohort() + "→" + o.start()).toList());
        }
        Platform.exit();
        System.exit(0);
    }

    private static void waitFx() throws InterruptedException {
        var done = new CountDownLatch(1);
        Platform.runLater(done::countDown);
        done.await(30, TimeUnit.SECONDS);
        Thread.sleep(300);
    }

    private static Canvas open() {
        var db = new InMemoryScenarios();
        var district = new District(1, "Bench district", SampleDistrict.PROFILE);
        db.roster.insertAll(1, roster());
        db.insert(1, "Ten percent", true, Scenario.builder(RolloutCalendar.startingIn(SchoolYear.parse("2015-16")))
                .phases(Phase.of("Design", 12), Phase.of("Implementation", 12))
                .rule(RolloutRule.FirstCohort.of(6)).rule(new RolloutRule.PercentOfSchools(10)).build());
        Stage stage = new Stage();
        ScenariosView view = ScenariosView.forWindow(new SimpleObjectProperty<>(district), new SimpleBooleanProperty(false),
                db::service, new SynchronousTaskRunner(), new FxDialogService(stage), new UndoManager(),
                new SimpleBooleanProperty(false));
        stage.setScene(new Scene(view, 1250, 760));
        stage.show();
        Parent chart = (Parent) stage.getScene().lookup("#timelineChart");
        return (Canvas) chart.getChildrenUnmodifiable().getFirst();
    }

    /** Whether the view's warm-up (TimelineWarmUp, package-private) has run to its end; read for the report only. */
    private static String warmUpDone(Parent view) {
        try {
            var warmUp = view.getClass().getDeclaredMethod("warmUp");
            warmUp.setAccessible(true);
            Object w = warmUp.invoke(view);
            var times = w.getClass().getDeclaredMethod("timesDone");
            times.setAccessible(true);
            return ((Integer) times.invoke(w)) > 0 ? "yes" : "no (still running)";
        } catch (ReflectiveOperationException e) {
            return "unknown";
        }
    }

    /** The chart's row count (its rows() is package-private; read here for the report only). */
    private static int rowCount(Parent chart) {
        try {
            var rows = chart.getClass().getDeclaredMethod("rows");
            rows.setAccessible(true);
            return ((List<?>) rows.invoke(chart)).size();
        } catch (ReflectiveOperationException e) {
            return -1;
        }
    }

    private static List<School> roster() {
        var random = new Random(7);
        SchoolLevel[] levels = {SchoolLevel.ELEMENTARY, SchoolLevel.ELEMENTARY, SchoolLevel.ELEMENTARY, SchoolLevel.MIDDLE,
            SchoolLevel.HIGH};
        var list = new ArrayList<School>(SCHOOLS);
        for (int i = 0; i < SCHOOLS; i++) {
            SchoolLevel level = levels[random.nextInt(levels.length)];
            list.add(new School(i + 1, String.format("%012d", 10_345_000_000L + i * 7L), "School " + i, level, "", "",
                    250 + random.nextInt(1500), 40.0 + random.nextInt(50), "R" + random.nextInt(5), "",
                    (double) random.nextInt(101), null));
        }
        return list;
    }

    /** The script: one step per pulse; a step fires mouse or scroll events at the canvas as a user's hand would. */
    /** {@code direction} 1 drags cohort 1 from the first month to the right; -1 drags it back from there. */
    private static void measure(Canvas canvas, List<Double> fx, List<Double> fxCpu, List<Double> frameCpu, List<Double> frame,
            int direction)
            throws InterruptedException {
        double cohortX = FIRST_COLUMN + 4 + (direction < 0 ? STEPS * 3 : 0);
        double bodyBottom = canvas.getHeight() - COVERAGE;
        double schoolY = HEADER + ROW * 1.5; // the first school of cohort 1
        double cohortY = HEADER + ROW * 0.5; // cohort 1's own row
        int last = 1 + STEPS + 1 + 1 + 1 + STEPS + 1; // the cohort's drop
        int total = last + IDLE;
        IntConsumer step = i -> {
            if (i == 0) {
                mouse(canvas, MouseEvent.MOUSE_PRESSED, FIRST_COLUMN + 40, schoolY, true);
            } else if (i <= STEPS) {
                // down to the bottom edge, where the chart scrolls under the pointer
                double y = Math.min(bodyBottom - 6, schoolY + i * 20);
                mouse(canvas, MouseEvent.MOUSE_DRAGGED, FIRST_COLUMN + 40 + i, y, true);
            } else if (i == STEPS + 1) {
                mouse(canvas, MouseEvent.MOUSE_RELEASED, FIRST_COLUMN + 40 + STEPS, bodyBottom - 6, false);
            } else if (i == STEPS + 2) {
                scroll(canvas); // back to the top
            } else if (i == STEPS + 3) {
                mouse(canvas, MouseEvent.MOUSE_PRESSED, cohortX, cohortY, true);
            } else if (i < last - 1) {
                int k = i - (STEPS + 3);
                mouse(canvas, MouseEvent.MOUSE_DRAGGED, cohortX + direction * k * 3, cohortY + (k % 3), true);
            } else if (i == last - 1) {
                mouse(canvas, MouseEvent.MOUSE_RELEASED, cohortX + direction * STEPS * 3, cohortY, false);
            } // then a few frames with no input: what a drop leaves for later frames is counted too
        };
        var done = new CountDownLatch(1);
        long[] pulseStart = {0};
        long[] cpuStart = {0};
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long[] previous = {0};
        long[] previousCpu = {0};
        int[] index = {0};
        Runnable endOfLayout = () -> {
            if (pulseStart[0] != 0) {
                fx.add((System.nanoTime() - pulseStart[0]) / 1e6);
                fxCpu.add((threads.getCurrentThreadCpuTime() - cpuStart[0]) / 1e6);
                pulseStart[0] = 0;
            }
        };
        Platform.runLater(() -> canvas.getScene().addPostLayoutPulseListener(endOfLayout));
        var timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                long t = System.nanoTime();
                if (previous[0] != 0) {
                    frame.add((t - previous[0]) / 1e6);
                }
                previous[0] = t;
                long cpu = threads.getCurrentThreadCpuTime();
                if (previousCpu[0] != 0) {
                    frameCpu.add((cpu - previousCpu[0]) / 1e6);
                }
                previousCpu[0] = cpu;
                if (index[0] >= total) {
                    stop();
                    done.countDown();
                    return;
                }
                pulseStart[0] = t;
                cpuStart[0] = threads.getCurrentThreadCpuTime();
                step.accept(index[0]++);
                canvas.getScene().getRoot().requestLayout(); // a pulse every frame, whatever the step did
            }
        };
        Platform.runLater(timer::start);
        done.await(120, TimeUnit.SECONDS);
        Platform.runLater(() -> canvas.getScene().removePostLayoutPulseListener(endOfLayout));
        Thread.sleep(500);
    }

    private static javafx.scene.robot.Robot robot;

    /** Through the platform's robot, as TestFX does: the events take the real route (glass, scene, picking, the chart). */
    private static void mouse(Canvas canvas, javafx.event.EventType<MouseEvent> type, double x, double y, boolean down) {
        if (robot == null) {
            robot = new javafx.scene.robot.Robot();
        }
        robot.mouseMove(canvas.localToScreen(x, y));
        if (type == MouseEvent.MOUSE_PRESSED) {
            robot.mousePress(MouseButton.PRIMARY);
        } else if (type == MouseEvent.MOUSE_RELEASED) {
            robot.mouseRelease(MouseButton.PRIMARY);
        }
    }

    /**
     * Back to the top with the wheel: as many notches as it takes (the headless robot sends one scroll event of 40 px
     * per notch), all in one frame, a fast flick. It used to send 2,000 notches in one frame (each one picks the node
     * under the pointer: 13 ms of a warm pulse, 50 ms of a cold one), which no wheel does.
     */
    private static void scroll(Canvas canvas) {
        double value = ((javafx.scene.control.ScrollBar) canvas.getParent().getChildrenUnmodifiable().get(2)).getValue();
        robot.mouseMove(canvas.localToScreen(FIRST_COLUMN + 40, HEADER + 40));
        robot.mouseWheel(-((int) Math.ceil(value / 40) + 1)); // negative: towards the top
    }

    private static String loadAverage() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).strip();
        } catch (java.io.IOException | RuntimeException e) {
            return String.format("%.2f", java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }

    private static void report(String run, List<Double> fx, List<Double> fxCpu, List<Double> frameCpu, List<Double> frame) {
        System.out.printf("%s run, %d pulses: fx work per pulse  max %.1f ms, median %.1f ms, p95 %.1f ms; over 20 ms: %d%n",
                run, fx.size(), max(fx), pct(fx, 50), pct(fx, 95), fx.stream().filter(d -> d > 20).count());
        System.out.printf("%s run, %d pulses: fx CPU per pulse   max %.1f ms, median %.1f ms, p95 %.1f ms; over 20 ms: %d%n",
                run, fxCpu.size(), max(fxCpu), pct(fxCpu, 50), pct(fxCpu, 95), fxCpu.stream().filter(d -> d > 20).count());
        System.out.printf("  slowest pulses (fx CPU): %s%n", slowest(fxCpu));
        System.out.printf("%s run, %d frames: fx CPU per frame   max %.1f ms, median %.1f ms, p95 %.1f ms; over 20 ms: %d%n",
                run, frameCpu.size(), max(frameCpu), pct(frameCpu, 50), pct(frameCpu, 95),
                frameCpu.stream().filter(d -> d > 20).count());
        System.out.printf("  slowest frames (fx CPU): %s%n", slowest(frameCpu));
        System.out.printf("%s run, %d frames: pulse-to-pulse     max %.1f ms, median %.1f ms, p95 %.1f ms; over 20 ms: %d%n", run,
                frame.size(), max(frame), pct(frame, 50), pct(frame, 95), frame.stream().filter(d -> d > 20).count());
    }

    /** The three pulses with the most CPU time, named by the step of the script they ran. */
    private static String slowest(List<Double> xs) {
        var order = new ArrayList<Integer>();
        for (int i = 0; i < xs.size(); i++) {
            order.add(i);
        }
        order.sort((a, b) -> Double.compare(xs.get(b), xs.get(a)));
        var out = new ArrayList<String>();
        for (int i : order.subList(0, Math.min(3, order.size()))) {
            out.add(String.format("%.1f ms %s", xs.get(i), step(i)));
        }
        return String.join(", ", out);
    }

    private static String step(int i) {
        if (i == 0) {
            return "(school pressed)";
        } else if (i <= STEPS) {
            return "(school dragged, step " + i + ")";
        } else if (i == STEPS + 1) {
            return "(school dropped: pin and replan)";
        } else if (i == STEPS + 2) {
            return "(scroll to the top)";
        } else if (i == STEPS + 3) {
            return "(cohort bar pressed)";
        } else if (i < 2 * STEPS + 4) {
            return "(cohort bar dragged, step " + (i - STEPS - 3) + ")";
        } else if (i == 2 * STEPS + 4) {
            return "(cohort bar dropped: new start and replan)";
        }
        return "(" + (i - 2 * STEPS - 4) + " frame(s) after the cohort's drop)";
    }

    private static double max(List<Double> xs) {
        return xs.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
    }

    private static double pct(List<Double> xs, int p) {
        double[] sorted = xs.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        if (sorted.length == 0) {
            return Double.NaN;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }
}
