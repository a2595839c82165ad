package org.rolloutplanner.app.sample;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.rolloutplanner.app.scenario.ScenarioService;
import org.rolloutplanner.app.selection.SelectionService;
import org.rolloutplanner.domain.district.District;
import org.rolloutplanner.domain.rollout.Check;
import org.rolloutplanner.domain.rollout.Deadline;
import org.rolloutplanner.domain.rollout.Phase;
import org.rolloutplanner.domain.rollout.PhaseCost;
import org.rolloutplanner.domain.rollout.RolloutCalendar;
import org.rolloutplanner.domain.rollout.RolloutRule;
import org.rolloutplanner.domain.rollout.Scenario;
import org.rolloutplanner.domain.rollout.SchoolOrder;
import org.rolloutplanner.domain.rollout.SchoolYear;
import org.rolloutplanner.domain.school.School;
import org.rolloutplanner.domain.school.SchoolLevel;
import org.rolloutplanner.domain.selection.Conflict;
import org.rolloutplanner.domain.selection.Criterion;
import org.rolloutplanner.domain.selection.Reviewer;
import org.rolloutplanner.domain.selection.RoundApplicant;
import org.rolloutplanner.domain.selection.SelectionRound;

/**
 * What a first run shows besides the sample district's schools, so every area has something to look at: two
 * scenarios (the published "6 pilot high schools, then 10% of schools a year" plan and a steadier "6 to 8 schools a
 * year") and a pilot selection round with criteria, three reviewers, a declared conflict and their scores (a few
 * left to enter). Everything is made through the services, as a user would.
 */
public final class SampleWork {

    public static final String PREFERRED_SCENARIO = "Pilot high schools, then 10% a year";
    public static final String OTHER_SCENARIO = "6 to 8 schools a year";
    public static final String ROUND = "Pilot cohort 2015";

    private SampleWork() {
    }

    public static void add(District district, ScenarioService scenarios, SelectionService selection) {
        addScenarios(district, scenarios);
        addSelectionRound(district, selection);
    }

    static void addScenarios(District district, ScenarioService scenarios) {
        SchoolYear first = SchoolYear.parse("2015-16");
        Check allBy2024 = Check.Target.started(100, Check.Measure.SCHOOLS, new Deadline.InSchoolYear(SchoolYear.parse("2024-25")));
        Scenario published = Scenario.builder(RolloutCalendar.startingIn(first))
                .phases(Phase.of("Design", 12), Phase.of("Implementation", 12))
                .order(new SchoolOrder.ByLevel(List.of(SchoolLevel.HIGH, SchoolLevel.MIDDLE, SchoolLevel.ELEMENTARY),
                        new SchoolOrder.ByReadiness()))
                .rule(RolloutRule.FirstCohort.of(6))
                .rule(new RolloutRule.PercentOfSchools(10))
                .check(allBy2024)
                .cost(new PhaseCost("Planning grant", "Design", 25_000, 0))
                .cost(new PhaseCost("Coaching", "Implementation", 0, 40))
                .build();
        scenarios.create(district.key(), PREFERRED_SCENARIO, published);
        Scenario steady = published.toBuilder()
                .rules(List.of(new RolloutRule.SchoolsPerYear(6, 8)))
                .build();
        scenarios.create(district.key(), OTHER_SCENARIO, steady);
    }

    static void addSelectionRound(District district, SelectionService selection) {
        SelectionRound round = selection.create(district.key(), ROUND, 6, LocalDate.of(2015, 3, 1));
        // the applicants: the eleven schools readiest to start, as a call for proposals tends to attract
        List<School> applicants = selection.roster(district.key()).stream()
                .sorted(Comparator.comparing((School s) -> s.readiness() == null ? 0 : -s.readiness())
                        .thenComparing(School::id))
                .limit(11)
                .toList();
        selection.saveApplicants(round.key(), applicants.stream()
                .map(s -> RoundApplicant.applied(s.key(), s.id())).toList());
        List<Criterion> criteria = List.of(
                Criterion.essential("principal", "Principal committed to lead the design team"),
                Criterion.preferred("vision", "Clear vision for students", 40, 1, 4),
                Criterion.preferred("staff", "Staff ready and willing", 35, 1, 4),
                Criterion.preferred("community", "Community and family support", 25, 1, 4));
        selection.saveCriteria(round.key(), criteria);
        List<Reviewer> reviewers = List.of(
                new Reviewer("ak", "Ana Keller", "Chief academic officer"),
                new Reviewer("dm", "David Moss", "Principal"),
                new Reviewer("jr", "Janet Ruiz", "Teacher union representative"));
        selection.saveReviewers(round.key(), reviewers);
        // David Moss leads the first applicant: he declares it and does not score that school
        Conflict conflict = new Conflict("dm", applicants.getFirst().id());
        selection.saveConflicts(round.key(), List.of(conflict));

        // each proposal has a quality the reviewers see much alike (the strongest first, a spread of about two rubric
        // points), a little stronger or weaker on each criterion, and each reviewer reads it with some noise of their own
        Random random = new Random(2015);
        double[][] quality = new double[applicants.size()][criteria.size()];
        for (int i = 0; i < applicants.size(); i++) {
            double overall = 3.9 - 2.2 * i / (applicants.size() - 1.0) + random.nextGaussian() * 0.3;
            for (int c = 0; c < criteria.size(); c++) {
                quality[i][c] = overall + random.nextGaussian() * 0.4;
            }
        }
        for (Reviewer r : reviewers) {
            for (int i = 0; i < applicants.size(); i++) {
                School s = applicants.get(i);
                if (r.id().equals(conflict.reviewer()) && s.id().equals(conflict.applicant())) {
                    continue;
                }
                if (r.id().equals("jr") && i >= applicants.size() - 2) {
                    continue; // Janet Ruiz has two schools still to score
                }
                for (int c = 0; c < criteria.size(); c++) {
                    Criterion criterion = criteria.get(c);
                    double score = criterion.essential()
                            ? (i == applicants.size() - 1 ? 0 : 1) // the last applicant has no committed principal
                            : Math.clamp(Math.round(quality[i][c] + random.nextGaussian() * 0.35), 1, 4);
                    selection.setScore(round.key(), r.id(), s.id(), criterion.id(), score, "");
                }
            }
        }
    }
}
