package org.rolloutplanner.domain.rollout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rolloutplanner.domain.rollout.RolloutRule.SchoolsPerYear;

/** Named cost items ("Planning grant", "Launch grant", "Coaching") and their money per school year. */
class CostItemsTest {

    private static final SchoolYear Y1 = SchoolYear.parse("2015-16");
    private static final SchoolYear Y2 = SchoolYear.parse("2016-17");
    private static final SchoolYear Y3 = SchoolYear.parse("2017-18");

    /** 10 schools of 500 students, 5 a year; Planning 12 months then Launch 12 months. */
    private static Plan plan(PhaseCost... costs) {
        var b = Scenario.builder(RolloutCalendar.startingIn(Y1)).rule(SchoolsPerYear.exactly(5))
                .phases(Phase.of("Planning", 12), Phase.of("Launch", 12));
        for (PhaseCost c : costs) {
            b.cost(c);
        }
        return RolloutPlanner.plan(Rosters.elementary(10), b.build());
    }

    @Test
    void eachNamedItemHasItsMoneyPerSchoolYear() {
        Plan p = plan(new PhaseCost("Planning grant", "Planning", 100_000, 0),
                new PhaseCost("Launch grant", "Launch", 200_000, 0),
                new PhaseCost("Coaching", "Launch", 0, 50));

        assertThat(p.costItemNames()).containsExactly("Planning grant", "Launch grant", "Coaching");
        // cohort 1 (5 schools, 2,500 students) plans in 2015-16 and launches in 2016-17; cohort 2 one year later
        assertThat(p.cost(Y1, "Planning grant")).isEqualTo(500_000);
        assertThat(p.cost(Y2, "Planning grant")).isEqualTo(500_000);
        assertThat(p.cost(Y3, "Planning grant")).isZero();
        assertThat(p.cost(Y1, "Launch grant")).isZero();
        assertThat(p.cost(Y2, "Launch grant")).isEqualTo(1_000_000);
        assertThat(p.cost(Y3, "Launch grant")).isEqualTo(1_000_000);
        assertThat(p.cost(Y2, "Coaching")).isEqualTo(125_000);
        assertThat(p.cost(Y3, "Coaching")).isEqualTo(125_000);
        assertThat(p.costItems()).extracting(Plan.CostItem::total).containsExactly(1_000_000L, 2_000_000L, 250_000L);
        assertThat(p.costItems().get(2).phases()).containsExactly("Launch");
    }

    @Test
    void theItemsOfASchoolYearAddUpToItsCost() {
        Plan p = plan(new PhaseCost("Planning grant", "Planning", 100_000, 0),
                new PhaseCost("Launch grant", "Launch", 200_000, 30), new PhaseCost("Coaching", "Launch", 0, 50));

        for (Plan.YearSummary y : p.years()) {
            long items = p.costItems().stream().mapToLong(c -> c.in(y.schoolYear())).sum();
            assertThat(items).as(y.schoolYear().label()).isEqualTo(y.cost());
        }
        assertThat(p.years()).extracting(Plan.YearSummary::cost).containsExactly(500_000L, 1_500_000L + 200_000L,
                1_000_000L + 200_000L);
        // every item lists every school year of the plan, in order, zeros included
        assertThat(p.costItems().getFirst().amounts()).extracting(Plan.SchoolYearAmount::schoolYear)
                .containsExactlyElementsOf(p.years().stream().map(Plan.YearSummary::schoolYear).toList());
    }

    @Test
    void anUnnamedItemIsCalledAfterItsPhase() {
        var unnamed = new PhaseCost("Planning", 100_000, 0);
        assertThat(unnamed.name()).isEmpty();
        assertThat(unnamed.item()).isEqualTo("Planning costs");
        assertThat(new PhaseCost("  ", "Launch", 1, 0).item()).isEqualTo("Launch costs");
        assertThat(new PhaseCost(" Launch grant ", "Launch", 1, 0).name()).isEqualTo("Launch grant");

        Plan p = plan(unnamed);
        assertThat(p.costItemNames()).containsExactly("Planning costs");
        assertThat(p.cost(Y1, "Planning costs")).isEqualTo(500_000);
    }

    @Test
    void linesWithTheSameNameAreOneItem() {
        // a grant paid in two parts, at the start of planning and at launch
        Plan p = plan(new PhaseCost("Grant", "Planning", 100_000, 0), new PhaseCost("Grant", "Launch", 50_000, 0));

        assertThat(p.costItemNames()).containsExactly("Grant");
        assertThat(p.costItems().getFirst().phases()).containsExactly("Planning", "Launch");
        assertThat(p.cost(Y2, "Grant")).isEqualTo(500_000 + 250_000);
    }

    @Test
    void anItemOfAPhaseTheScenarioDoesNotHaveIsLeftOutWithAWarning() {
        Plan p = plan(new PhaseCost("Sustain grant", "Sustain", 100_000, 0));

        assertThat(p.costItems()).isEmpty();
        assertThat(p.cost(Y1, "Sustain grant")).isZero();
        assertThat(p.warnings()).extracting(Warning::message)
                .containsExactly("There is no phase called Sustain; the cost item Sustain grant is left out.");
        assertThat(p.years()).extracting(Plan.YearSummary::cost).containsOnly(0L);
    }

    @Test
    void aScenarioWithoutCostsHasNoItems() {
        assertThat(plan().costItems()).isEqualTo(List.of());
    }
}
