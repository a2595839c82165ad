package org.rolloutplanner.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.rolloutplanner.domain.rollout.Check;
import org.rolloutplanner.domain.rollout.Deadline;
import org.rolloutplanner.domain.rollout.LevelGate;
import org.rolloutplanner.domain.rollout.Phase;
import org.rolloutplanner.domain.rollout.PhaseCost;
import org.rolloutplanner.domain.rollout.Plan;
import org.rolloutplanner.domain.rollout.RolloutCalendar;
import org.rolloutplanner.domain.rollout.RolloutPlanner;
import org.rolloutplanner.domain.rollout.RolloutRule;
import org.rolloutplanner.domain.rollout.Scenario;
import org.rolloutplanner.domain.rollout.SchoolYear;
import org.rolloutplanner.domain.school.School;
import org.rolloutplanner.domain.school.SchoolLevel;

/**
 * Recomputing a plan after an edit, for 700 and 10,000 schools, against the floor: sorting the same schools by the
 * same key (readiness, then id). Run: {@code mvn -B test-compile exec:exec@bench -Dbench=PlanBenchmark}. The warm-up is
 * long on purpose: with short warm-ups on a busy machine the JIT has not settled and the numbers are several times too high.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 8, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PlanBenchmark {

    private static final Comparator<School> READINESS = Comparator
            .comparing((School s) -> s.readiness() == null ? Double.POSITIVE_INFINITY : -s.readiness())
            .thenComparing(School::id);

    @Param({"700", "10000"})
    int schools;

    List<School> roster;
    Scenario scenario;

    @Setup(Level.Trial)
    public void setUp() {
        Random random = new Random(7);
        roster = new ArrayList<>(schools);
        SchoolLevel[] levels = {SchoolLevel.ELEMENTARY, SchoolLevel.ELEMENTARY, SchoolLevel.ELEMENTARY, SchoolLevel.MIDDLE,
            SchoolLevel.HIGH, SchoolLevel.K8};
        for (int i = 0; i < schools; i++) {
            SchoolLevel level = levels[random.nextInt(levels.length)];
            int enrollment = switch (level) {
                case HIGH -> 900 + random.nextInt(1500);
                case MIDDLE -> 500 + random.nextInt(700);
                default -> 250 + random.nextInt(500);
            };
            roster.add(new School(i + 1, String.format("%012d", 10_345_000_000L + i * 7L), "School " + i, level, "", "", enrollment,
                    40.0 + random.nextInt(50), "R" + random.nextInt(5), "", random.nextInt(10) == 0 ? null
                            : (double) random.nextInt(101), null));
        }
        SchoolYear first = SchoolYear.parse("2015-16");
        scenario = Scenario.builder(RolloutCalendar.startingIn(first))
                .phases(Phase.of("Design", 12), Phase.of("Implementation", 12))
                .rule(RolloutRule.FirstCohort.of(6))
                .rule(new RolloutRule.PercentOfSchools(10))
                .gate(new LevelGate(SchoolLevel.ELEMENTARY, first.plus(2)))
                .pin(roster.get(3).id(), 2)
                .exclude(roster.get(5).id())
                .check(new Check.PhaseCapacity("Design", schools / 8, "coaching capacity"))
                .check(new Check.Budget(5_000_000))
                .check(Check.Target.started(100, Check.Measure.SCHOOLS, new Deadline.InSchoolYear(first.plus(9))))
                .check(Check.Target.started(75, Check.Measure.STUDENTS, new Deadline.EndOfCalendarYear(2022)))
                .cost(new PhaseCost("Design", 100_000, 0))
                .cost(new PhaseCost("Implementation", 150_000, 40))
                .build();
    }

    @Benchmark
    public Plan recompute() {
        return RolloutPlanner.plan(roster, scenario);
    }

    @Benchmark
    public List<School> sortFloor() {
        List<School> copy = new ArrayList<>(roster);
        copy.sort(READINESS);
        return copy;
    }
}
