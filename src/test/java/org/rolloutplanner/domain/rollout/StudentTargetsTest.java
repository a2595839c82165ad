package org.rolloutplanner.domain.rollout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rolloutplanner.domain.rollout.Check.Measure;
import org.rolloutplanner.domain.rollout.Check.Target;
import org.rolloutplanner.domain.rollout.RolloutRule.SchoolsPerYear;
import org.rolloutplanner.domain.school.SchoolLevel;

/** "75% of students by the end of 2022, 100% by 2024-25" on an 87,000-student district. */
class StudentTargetsTest {

    static final RolloutCalendar CAL = RolloutCalendar.startingIn(SchoolYear.parse("2015-16"));

    static Plan plan(SchoolOrder order) {
        return RolloutPlanner.plan(Rosters.eightySevenThousandStudents(), Scenario.builder(CAL)
                .order(order)
                .rule(SchoolsPerYear.exactly(10))
                .check(Target.started(75, Measure.STUDENTS, new Deadline.EndOfCalendarYear(2022)))
                .check(Target.started(100, Measure.STUDENTS, new Deadline.InSchoolYear(SchoolYear.parse("2024-25"))))
                .build());
    }

    @Test
    void largestSchoolsFirstMeetsBothTargets() {
        // cohorts of Aug 2015 … Aug 2022: 20 high + 30 middle + 30 elementary = 77,400 students (89.0%)
        Plan p = plan(new SchoolOrder.ByEnrollment());
        assertThat(p.studentCount()).isEqualTo(87_000);
        assertThat(p.targets()).allMatch(Plan.TargetResult::met);
        assertThat(p.targets().getFirst().achieved()).isCloseTo(100.0 * 77_400 / 87_000, offset(1e-9));
        assertThat(p.warnings()).isEmpty();
    }

    @Test
    void elementarySchoolsFirstMissesTheStudentTargetFor2022ByEightMonths() {
        // 50 elementary (24,000) + 30 middle (27,000) = 51,000 = 58.6% by the end of 2022; 75% (65,250) comes with the
        // first high-school cohort in August 2023
        Plan p = plan(new SchoolOrder.ByLevel(List.of(SchoolLevel.ELEMENTARY, SchoolLevel.MIDDLE, SchoolLevel.HIGH),
                new SchoolOrder.ByReadiness()));
        assertThat(p.targets().get(0).met()).isFalse();
        assertThat(p.targets().get(0).monthsLate()).isEqualTo(8);
        assertThat(p.targets().get(1).met()).isTrue();
        assertThat(p.warnings()).extracting(Warning::message).containsExactly(
                "Target missed: 75% of students started by the end of 2022. By then 58.6% of students have started: "
                        + "16.4 percentage points short. The target is reached in August 2023, 8 months late.");
        assertThat(p.warnings().getFirst().schoolYear()).isEqualTo(SchoolYear.parse("2022-23"));
    }
}
