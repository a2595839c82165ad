package org.rolloutplanner.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rolloutplanner.app.UserFacingException;
import org.rolloutplanner.app.scenario.SavedScenario;
import org.rolloutplanner.app.scenario.ScenarioService;
import org.rolloutplanner.app.scenario.SelectionOrigin;
import org.rolloutplanner.domain.district.District;
import org.rolloutplanner.domain.district.DistrictProfile;
import org.rolloutplanner.domain.rollout.Check;
import org.rolloutplanner.domain.rollout.CohortOverride;
import org.rolloutplanner.domain.rollout.Deadline;
import org.rolloutplanner.domain.rollout.LevelGate;
import org.rolloutplanner.domain.rollout.PartialAdoption;
import org.rolloutplanner.domain.rollout.Phase;
import org.rolloutplanner.domain.rollout.PhaseCost;
import org.rolloutplanner.domain.rollout.PhaseTemplate;
import org.rolloutplanner.domain.rollout.RolloutCalendar;
import org.rolloutplanner.domain.rollout.RolloutRule;
import org.rolloutplanner.domain.rollout.Rounding;
import org.rolloutplanner.domain.rollout.Scenario;
import org.rolloutplanner.domain.rollout.SchoolOrder;
import org.rolloutplanner.domain.rollout.SchoolYear;
import org.rolloutplanner.domain.school.School;
import org.rolloutplanner.domain.school.SchoolLevel;

/** Scenarios stored in a fresh workspace: every part comes back equal, and the database keeps pins consistent. */
class ScenarioRepositoryIT {

    @TempDir
    static Path dir;
    static WorkspaceServices ws;
    static ScenarioService scenarios;
    static District district;

    @BeforeAll
    static void openFreshWorkspace() {
        ws = FreshWorkspace.in(dir);
        scenarios = ws.scenarios();
        district = ws.districts().createWithSchools("Scenario District", DistrictProfile.EMPTY, List.of(
                school("S-01", SchoolLevel.HIGH), school("S-02", SchoolLevel.MIDDLE), school("S-03", SchoolLevel.ELEMENTARY),
                school("S-04", SchoolLevel.ELEMENTARY), school("S-05", SchoolLevel.HIGH), school("007", SchoolLevel.K8)));
    }

    @AfterAll
    static void close() {
        ws.close();
    }

    private static School school(String id, SchoolLevel level) {
        return new School(0, id, "School " + id, level, "", "", 400, 60.0, "North", "", 50.0, 20.0);
    }

    /** A scenario that uses every part a scenario has. */
    static Scenario everything() {
        return Scenario.builder(new RolloutCalendar(SchoolYear.parse("2015-16"), 9))
                .phases(new PhaseTemplate(List.of(new Phase("Planning", 18, "#123456"), Phase.of("Launch", 6),
                        Phase.openEnded("Implementation")), 1))
                .rule(RolloutRule.FirstCohort.named(List.of("S-05", "S-01")))
                .rule(new RolloutRule.SchoolsPerYear(1, 2))
                .rule(new RolloutRule.PercentOfSchools(12.5))
                .rule(new RolloutRule.PercentOfStudents(33.333333))
                .rule(new RolloutRule.CohortsOverYears(3, 5))
                .rule(new RolloutRule.FinishBy(SchoolYear.parse("2024-25")))
                .rule(new RolloutRule.Remaining())
                .order(new SchoolOrder.ByLevel(List.of(SchoolLevel.HIGH, SchoolLevel.MIDDLE), new SchoolOrder.ByEnrollment()))
                .rounding(Rounding.NEAREST)
                .gate(new LevelGate(SchoolLevel.MIDDLE, SchoolYear.parse("2017-18")))
                .gate(new LevelGate(SchoolLevel.ELEMENTARY, SchoolYear.parse("2019-20")))
                .pin("S-03", 2)
                .pin("007", 1)
                .exclude("S-04")
                .partial(new PartialAdoption(Set.of("S-03", "S-02"), YearMonth.of(2018, 1), "waits for the platform"))
                .override(new CohortOverride(2, YearMonth.of(2017, 1), Map.of("Planning", 12)))
                .override(CohortOverride.startingIn(3, null))
                .check(Check.Target.started(100, Check.Measure.SCHOOLS, new Deadline.InSchoolYear(SchoolYear.parse("2024-25"))))
                .check(new Check.PhaseCapacity("Planning", 4, "coaches"))
                .check(new Check.Budget(2_500_000))
                .check(new Check.Target(75, Check.Measure.STUDENTS, Check.Milestone.LAUNCHED, new Deadline.EndOfCalendarYear(2022)))
                .check(new Check.Target(50, Check.Measure.LOW_INCOME_STUDENTS, Check.Milestone.COMPLETED,
                        new Deadline.StartOf(SchoolYear.parse("2020-21"))))
                .cost(new PhaseCost("Planning grant", "Planning", 100_000, 0))
                .cost(new PhaseCost("Launch", 200_000, 150))
                .cost(new PhaseCost("Coaching", "Implementation", 0, 40))
                .build();
    }

    private static SavedScenario reload(SavedScenario s) {
        return scenarios.ofDistrict(district.key()).stream().filter(x -> x.key() == s.key()).findFirst().orElseThrow();
    }

    private static long pinCount(SavedScenario s) {
        return ws.workspace().dsl().fetchCount(ws.workspace().dsl().selectFrom("scenario_pin")
                .where("scenario_id = ?", s.key()));
    }

    @Test
    void aSavedScenarioComesBackEqualWithEveryPart() {
        Scenario s = everything();
        SavedScenario saved = scenarios.create(district.key(), "Everything", s);
        SavedScenario back = reload(saved);
        assertThat(back.scenario()).isEqualTo(s);
        assertThat(back.name()).isEqualTo("Everything");
        assertThat(back.created()).isNotNull();
    }

    @Test
    void anUpdatedScenarioReplacesWhatItSaid() {
        SavedScenario saved = scenarios.create(district.key(), "To change", everything());
        Scenario changed = Scenario.builder(RolloutCalendar.startingIn(SchoolYear.parse("2020-21")))
                .rule(RolloutRule.FirstCohort.of(2)).rule(new RolloutRule.PercentOfSchools(10)).pin("S-02", 3).build();
        scenarios.update(saved, changed);
        assertThat(reload(saved).scenario()).isEqualTo(changed);
    }

    @Test
    void aSchoolCannotBePinnedTwiceInOneScenario() {
        SavedScenario saved = scenarios.create(district.key(), "Pinned once", everything());
        var dsl = ws.workspace().dsl();
        Long schoolKey = ((Number) dsl.fetchValue("select id from school where school_code = 'S-03' and district_id = ?", district.key())).longValue();
        assertThatThrownBy(() -> dsl.execute("insert into scenario_pin (scenario_id, school_id, cohort) values (?, ?, 4)",
                saved.key(), schoolKey)).isInstanceOf(DataAccessException.class)
                .hasMessageContaining("SCENARIO_PIN_ONE_PER_SCHOOL");
    }

    @Test
    void aPinToCohortZeroIsRefusedByTheDatabase() {
        SavedScenario saved = scenarios.create(district.key(), "Cohort zero", everything());
        var dsl = ws.workspace().dsl();
        Long schoolKey = ((Number) dsl.fetchValue("select id from school where school_code = 'S-01' and district_id = ?", district.key())).longValue();
        assertThatThrownBy(() -> dsl.execute("insert into scenario_pin (scenario_id, school_id, cohort) values (?, ?, 0)",
                saved.key(), schoolKey)).isInstanceOf(DataAccessException.class)
                .hasMessageContaining("SCENARIO_PIN_COHORT_POSITIVE");
    }

    @Test
    void deletingASchoolRemovesItsPinsAndExclusions() {
        District other = ws.districts().createWithSchools("Pin District", DistrictProfile.EMPTY,
                List.of(school("P-1", SchoolLevel.HIGH), school("P-2", SchoolLevel.HIGH), school("P-3", SchoolLevel.HIGH)));
        Scenario s = Scenario.builder(RolloutCalendar.startingIn(SchoolYear.parse("2016-17")))
                .rule(RolloutRule.FirstCohort.of(1)).rule(new RolloutRule.Remaining())
                .pin("P-1", 2).pin("P-2", 1).exclude("P-1").build();
        SavedScenario saved = scenarios.create(other.key(), "Plan", s);
        assertThat(pinCount(saved)).isEqualTo(2);

        School p1 = ws.schools().ofDistrict(other.key()).stream().filter(x -> x.id().equals("P-1")).findFirst().orElseThrow();
        ws.schools().delete(p1);

        assertThat(pinCount(saved)).isEqualTo(1);
        Scenario back = scenarios.ofDistrict(other.key()).getFirst().scenario();
        assertThat(back.pins()).isEqualTo(Map.of("P-2", 1));
        assertThat(back.exclusions()).isEmpty();
    }

    @Test
    void namesAreUniqueWithinADistrictButNotAcrossDistricts() {
        District other = ws.districts().create("Other Names District", DistrictProfile.EMPTY);
        scenarios.create(district.key(), "Ten percent", everything());
        assertThatThrownBy(() -> scenarios.create(district.key(), "ten percent ", everything()))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("already has a scenario called");
        assertThat(scenarios.create(other.key(), "Ten percent", everything()).name()).isEqualTo("Ten percent");
        assertThatThrownBy(() -> ws.workspace().dsl().execute(
                "insert into scenario (id, district_id, name, first_school_year, created_at, updated_at) "
                        + "values (9001, ?, 'Ten percent', 2015, current_timestamp, current_timestamp)", district.key()))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("SCENARIO_NAME_UNIQUE_IN_DISTRICT");
    }

    @Test
    void onlyOneScenarioOfADistrictIsPreferred() {
        District d = ws.districts().create("Preferred District", DistrictProfile.EMPTY);
        SavedScenario a = scenarios.create(d.key(), "A", everything());
        SavedScenario b = scenarios.create(d.key(), "B", everything());
        assertThat(a.preferred()).as("the first scenario of a district is preferred").isTrue();
        assertThat(b.preferred()).isFalse();

        scenarios.markPreferred(b, true);
        assertThat(scenarios.ofDistrict(d.key())).extracting(SavedScenario::name, SavedScenario::preferred)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("A", false), org.assertj.core.groups.Tuple.tuple("B", true));
    }

    @Test
    void cloneRenameAndDeleteKeepTheOthersAsTheyWere() {
        District d = ws.districts().createWithSchools("Clone District", DistrictProfile.EMPTY,
                List.of(school("S-03", SchoolLevel.HIGH), school("007", SchoolLevel.HIGH), school("S-04", SchoolLevel.HIGH)));
        SavedScenario a = scenarios.create(d.key(), "Six cohorts", everything());
        SavedScenario copy = scenarios.cloneAs(a, scenarios.copyName(a));
        assertThat(copy.name()).isEqualTo("Six cohorts (copy)");
        assertThat(copy.scenario()).isEqualTo(a.scenario()).isEqualTo(everything());
        assertThat(scenarios.copyName(a)).isEqualTo("Six cohorts (copy 2)");

        scenarios.rename(copy, "Longer planning");
        scenarios.delete(a);
        List<SavedScenario> left = scenarios.ofDistrict(d.key());
        assertThat(left).extracting(SavedScenario::name).containsExactly("Longer planning");
        assertThat(left.getFirst().scenario()).isEqualTo(a.scenario());
    }

    @Test
    void deletingADistrictDeletesItsScenarios() {
        District d = ws.districts().create("Short-lived District", DistrictProfile.EMPTY);
        scenarios.create(d.key(), "Gone soon", everything());
        ws.districts().delete(d);
        assertThat(ws.workspace().dsl().fetchCount(ws.workspace().dsl().selectFrom("scenario")
                .where("district_id = ?", d.key()))).isZero();
    }

    @Test
    void scenarioWorkOnItsOwnThreadTakesTurnsWithSchoolWork() throws Exception {
        District d = ws.districts().createWithSchools("Two Threads District", DistrictProfile.EMPTY,
                List.of(school("T-1", SchoolLevel.HIGH), school("T-2", SchoolLevel.HIGH)));
        SavedScenario saved = scenarios.create(d.key(), "Busy", everything());
        Scenario small = Scenario.builder(RolloutCalendar.startingIn(SchoolYear.parse("2016-17")))
                .rule(RolloutRule.FirstCohort.of(1)).rule(new RolloutRule.Remaining()).pin("T-2", 2).build();
        var failures = new java.util.concurrent.ConcurrentLinkedQueue<Throwable>();
        Thread scenarioThread = new Thread(() -> {
            try {
                for (int i = 0; i < 40; i++) {
                    scenarios.update(saved, i % 2 == 0 ? small : everything());
                    scenarios.ofDistrict(d.key());
                }
            } catch (Throwable t) {
                failures.add(t);
            }
        });
        Thread schoolThread = new Thread(() -> {
            try {
                for (int i = 0; i < 40; i++) {
                    School t1 = ws.schools().ofDistrict(d.key()).getFirst();
                    ws.schools().save(d.key(), new School(t1.key(), t1.id(), t1.name(), t1.level(), "", "", 100 + i, 50.0,
                            "", "", null, null));
                }
            } catch (Throwable t) {
                failures.add(t);
            }
        });
        scenarioThread.start();
        schoolThread.start();
        scenarioThread.join(60_000);
        schoolThread.join(60_000);
        assertThat(failures).isEmpty();
        assertThat(scenarios.ofDistrict(d.key()).getFirst().scenario().rules()).isEqualTo(everything().rules());
        assertThat(ws.schools().ofDistrict(d.key()).getFirst().enrollment()).isEqualTo(139);
    }

    @Test
    void aScenarioMadeFromASelectionRoundRemembersItUntilTheRoundIsDeleted() {
        var round = ws.selection().create(district.key(), "Pilot round for a scenario", 2, null);
        var origin = new SelectionOrigin(round.key(), 2, "level=high:1:\nexclude S-03");
        SavedScenario made = scenarios.create(district.key(), "From the committee", everything(), origin);

        SavedScenario read = scenarios.ofDistrict(district.key()).stream().filter(x -> x.key() == made.key()).findFirst()
                .orElseThrow();
        assertThat(read.fromSelection()).contains(origin);
        SavedScenario updated = scenarios.update(read, Scenario.builder(RolloutCalendar.startingIn(SchoolYear.parse("2016-17")))
                .rule(RolloutRule.FirstCohort.of(2)).build());
        assertThat(updated.fromSelection()).as("an edit keeps where it came from").contains(origin);
        SavedScenario copy = scenarios.cloneAs(updated, "From the committee, copy");
        assertThat(copy.fromSelection()).as("a copy came from the same round").contains(origin);
        assertThat(scenarios.create(district.key(), "Not from a round", everything()).fromSelection()).isEmpty();

        ws.selection().delete(round.key());

        assertThat(scenarios.ofDistrict(district.key())).filteredOn(x -> x.name().startsWith("From the committee"))
                .hasSize(2).allSatisfy(x -> assertThat(x.fromSelection()).isEmpty());
    }
}
