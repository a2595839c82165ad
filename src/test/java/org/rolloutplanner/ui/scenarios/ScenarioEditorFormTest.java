package org.rolloutplanner.ui.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.rolloutplanner.domain.rollout.Phase;
import org.rolloutplanner.domain.rollout.RolloutCalendar;
import org.rolloutplanner.domain.rollout.RolloutRule;
import org.rolloutplanner.domain.rollout.Scenario;
import org.rolloutplanner.domain.rollout.SchoolYear;

/** The editor form is rebuilt only when something it shows changed (a timeline drag must not rebuild it). */
class ScenarioEditorFormTest {

    private final Scenario tenPercent = Scenario.builder(RolloutCalendar.startingIn(SchoolYear.parse("2015-16")))
            .phases(Phase.of("Design", 12), Phase.of("Implementation", 12))
            .rule(RolloutRule.FirstCohort.of(6)).rule(new RolloutRule.PercentOfSchools(10)).build();

    @Test
    void aSchoolPinnedOnTheTimelineLeavesTheFormAsItIs() {
        Scenario pinned = tenPercent.toBuilder().pin("010345000010", 2).build();
        assertThat(ScenarioEditorView.sameForm(tenPercent, pinned)).isTrue();
    }

    @Test
    void aChangedRuleOrExclusionRebuildsTheForm() {
        Scenario otherRule = Scenario.builder(tenPercent.calendar()).phases(tenPercent.phases())
                .rule(RolloutRule.FirstCohort.of(6)).rule(new RolloutRule.PercentOfSchools(20)).build();
        assertThat(ScenarioEditorView.sameForm(tenPercent, otherRule)).isFalse();
        assertThat(ScenarioEditorView.sameForm(tenPercent, tenPercent.toBuilder().exclude("010345000010").build()))
                .isFalse();
        assertThat(ScenarioEditorView.sameForm(tenPercent, null)).isFalse();
    }
}
