package org.rolloutplanner.app.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rolloutplanner.app.UserFacingException;
import org.rolloutplanner.app.district.SampleDistrict;
import org.rolloutplanner.domain.rollout.Plan;
import org.rolloutplanner.domain.rollout.RolloutRule;
import org.rolloutplanner.domain.rollout.Scenario;
import org.rolloutplanner.domain.rollout.SchoolYear;

class ScenarioServiceTest {

    private static final long DISTRICT = 7;
    private final InMemoryScenarios db = new InMemoryScenarios();
    private ScenarioService service;

    @BeforeEach
    void setUp() {
        db.roster.insertAll(DISTRICT, SampleDistrict.schools());
        service = new ScenarioService(db, db.roster, db, Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC));
    }

    private Scenario firstSixThenTenPercent() {
        return service.starter().toBuilder().rule(new RolloutRule.PercentOfSchools(10)).build();
    }

    @Test
    void theStarterScenarioBeginsNextSchoolYearWithDesignAndImplementationAndSixPilotSchools() {
        Scenario s = service.starter();
        assertThat(s.calendar().firstYear()).isEqualTo(SchoolYear.parse("2027-28"));
        assertThat(s.phases().describe()).isEqualTo("Design (12 months), then Implementation (12 months)");
        assertThat(s.rules()).containsExactly(RolloutRule.FirstCohort.of(6));
    }

    @Test
    void planningSixThenTenPercentOfTheFiftySampleSchoolsPlacesEverySchool() {
        Plan plan = service.plan(DISTRICT, firstSixThenTenPercent());
        assertThat(plan.cohorts().getFirst().size()).isEqualTo(6);
        assertThat(plan.cohorts().get(1).size()).isEqualTo(5);
        assertThat(plan.placements()).hasSize(50);
        assertThat(plan.unplaced()).isEmpty();
    }

    @Test
    void theFirstScenarioOfADistrictIsPreferredAndOthersAreNot() {
        SavedScenario a = service.create(DISTRICT, " Ten percent ", firstSixThenTenPercent());
        SavedScenario b = service.create(DISTRICT, "Six cohorts", service.starter());
        assertThat(a.name()).isEqualTo("Ten percent");
        assertThat(a.preferred()).isTrue();
        assertThat(b.preferred()).isFalse();

        service.markPreferred(b, true);
        assertThat(service.ofDistrict(DISTRICT)).filteredOn(SavedScenario::preferred).extracting(SavedScenario::name)
                .containsExactly("Six cohorts");
    }

    @Test
    void aBlankOrTakenNameIsRefusedWithAMessage() {
        service.create(DISTRICT, "Plan A", service.starter());
        assertThatThrownBy(() -> service.create(DISTRICT, "  ", service.starter()))
                .isInstanceOf(UserFacingException.class).hasMessage("A scenario needs a name.");
        assertThatThrownBy(() -> service.create(DISTRICT, "plan a", service.starter()))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("already has a scenario called \"plan a\"");
        assertThat(service.create(DISTRICT + 1, "Plan A", service.starter()).name()).isEqualTo("Plan A");
    }

    @Test
    void cloneMakesAnEqualScenarioUnderACopyName() {
        SavedScenario a = service.create(DISTRICT, "Plan A", firstSixThenTenPercent());
        SavedScenario copy = service.cloneAs(a, service.copyName(a));
        assertThat(copy.name()).isEqualTo("Plan A (copy)");
        assertThat(copy.preferred()).isFalse();
        assertThat(copy.scenario()).isEqualTo(a.scenario());
        assertThat(service.copyName(a)).isEqualTo("Plan A (copy 2)");
    }

    @Test
    void renameKeepsTheScenarioAndRefusesANameInUse() {
        SavedScenario a = service.create(DISTRICT, "Plan A", firstSixThenTenPercent());
        service.create(DISTRICT, "Plan B", service.starter());
        assertThat(service.rename(a, "Ten percent a year").name()).isEqualTo("Ten percent a year");
        assertThat(service.ofDistrict(DISTRICT)).extracting(SavedScenario::name).containsExactly("Plan B", "Ten percent a year");
        SavedScenario renamed = service.ofDistrict(DISTRICT).getLast();
        assertThatThrownBy(() -> service.rename(renamed, "PLAN B")).isInstanceOf(UserFacingException.class);
        assertThat(renamed.scenario()).isEqualTo(firstSixThenTenPercent());
    }

    @Test
    void updateSavesTheChangedScenarioInOneTransaction() {
        SavedScenario a = service.create(DISTRICT, "Plan A", service.starter());
        int before = db.transactions;
        SavedScenario changed = service.update(a, firstSixThenTenPercent());
        assertThat(db.transactions - before).isEqualTo(1);
        assertThat(changed.scenario()).isEqualTo(firstSixThenTenPercent());
        assertThat(service.ofDistrict(DISTRICT).getFirst().scenario()).isEqualTo(firstSixThenTenPercent());
    }

    @Test
    void deleteThenRestoreBringsTheScenarioBackWithItsPreference() {
        SavedScenario a = service.create(DISTRICT, "Plan A", firstSixThenTenPercent());
        service.delete(a);
        assertThat(service.ofDistrict(DISTRICT)).isEmpty();
        SavedScenario back = service.restore(a);
        assertThat(back.name()).isEqualTo("Plan A");
        assertThat(back.preferred()).isTrue();
        assertThat(back.scenario()).isEqualTo(a.scenario());
    }
}
