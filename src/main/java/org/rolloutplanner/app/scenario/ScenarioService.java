package org.rolloutplanner.app.scenario;

import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import org.rolloutplanner.app.Transactions;
import org.rolloutplanner.app.UserFacingException;
import org.rolloutplanner.app.school.SchoolRepository;
import org.rolloutplanner.domain.rollout.Phase;
import org.rolloutplanner.domain.rollout.Plan;
import org.rolloutplanner.domain.rollout.RolloutCalendar;
import org.rolloutplanner.domain.rollout.RolloutPlanner;
import org.rolloutplanner.domain.rollout.RolloutRule;
import org.rolloutplanner.domain.rollout.Scenario;
import org.rolloutplanner.domain.rollout.SchoolYear;
import org.rolloutplanner.domain.school.School;

/** Listing, creating, cloning, renaming, changing and deleting a district's scenarios; each change is one transaction. */
public final class ScenarioService {

    static final int MAX_NAME = 200;

    private final ScenarioRepository scenarios;
    private final SchoolRepository schools;
    private final Transactions tx;
    private final Clock clock;

    public ScenarioService(ScenarioRepository scenarios, SchoolRepository schools, Transactions tx) {
        this(scenarios, schools, tx, Clock.systemDefaultZone());
    }

    public ScenarioService(ScenarioRepository scenarios, SchoolRepository schools, Transactions tx, Clock clock) {
        this.scenarios = scenarios;
        this.schools = schools;
        this.tx = tx;
        this.clock = clock;
    }

    public List<SavedScenario> ofDistrict(long districtKey) {
        return tx.inTransaction(() -> scenarios.ofDistrict(districtKey));
    }

    /** The district's schools, which every plan of the district is made from. */
    public List<School> roster(long districtKey) {
        return tx.inTransaction(() -> schools.ofDistrict(districtKey));
    }

    /**
     * A starting point for a new scenario: the next school year, Design (12 months) then Implementation (12 months), a
     * first cohort of 6 schools.
     */
    public Scenario starter() {
        SchoolYear now = SchoolYear.containing(YearMonth.now(clock), RolloutCalendar.DEFAULT_START_MONTH);
        return Scenario.builder(RolloutCalendar.startingIn(now.plus(1)))
                .phases(Phase.of("Design", 12), Phase.of("Implementation", 12))
                .rule(RolloutRule.FirstCohort.of(6))
                .build();
    }

    public SavedScenario create(long districtKey, String name, Scenario scenario) {
        return create(districtKey, name, scenario, null);
    }

    /**
     * A new scenario whose first cohort came from a selection round (see {@link SelectionOrigin}; null when it did not):
     * its export then shows the round's Selection sheet.
     */
    public SavedScenario create(long districtKey, String name, Scenario scenario, SelectionOrigin selection) {
        String clean = checkName(name);
        return tx.inTransaction(() -> {
            requireFreeName(districtKey, clean, 0);
            boolean first = scenarios.ofDistrict(districtKey).isEmpty();
            return scenarios.insert(districtKey, clean, first, scenario, selection);
        });
    }

    /** A copy under a new name (never preferred), from the same selection round as the original. */
    public SavedScenario cloneAs(SavedScenario original, String name) {
        String clean = checkName(name);
        return tx.inTransaction(() -> {
            requireFreeName(original.districtKey(), clean, 0);
            return scenarios.insert(original.districtKey(), clean, false, original.scenario(), original.selection());
        });
    }

    /** "Plan B (copy)", "Plan B (copy 2)"… a name not used yet in the district. */
    public String copyName(SavedScenario original) {
        List<String> used = ofDistrict(original.districtKey()).stream().map(s -> s.name().toLowerCase(Locale.ROOT)).toList();
        String base = original.name() + " (copy";
        String candidate = base + ")";
        for (int n = 2; used.contains(candidate.toLowerCase(Locale.ROOT)); n++) {
            candidate = base + " " + n + ")";
        }
        return candidate.length() > MAX_NAME ? candidate.substring(candidate.length() - MAX_NAME) : candidate;
    }

    public SavedScenario rename(SavedScenario s, String newName) {
        String clean = checkName(newName);
        tx.run(() -> {
            requireFreeName(s.districtKey(), clean, s.key());
            scenarios.rename(s.key(), clean);
        });
        return s.withName(clean);
    }

    /** Saves what the scenario now says; returns it as stored (with its new change time). */
    public SavedScenario update(SavedScenario s, Scenario changed) {
        return tx.inTransaction(() -> scenarios.update(s.key(), changed));
    }

    /** Makes this the district's preferred scenario; every other loses the mark. */
    public SavedScenario markPreferred(SavedScenario s, boolean preferred) {
        tx.run(() -> scenarios.setPreferred(s.districtKey(), s.key(), preferred));
        return s.withPreferred(preferred);
    }

    public void delete(SavedScenario s) {
        tx.run(() -> scenarios.delete(s.key()));
    }

    /** Puts back a deleted scenario (under its name, as a new row): for undo. */
    public SavedScenario restore(SavedScenario s) {
        return tx.inTransaction(() -> {
            requireFreeName(s.districtKey(), s.name(), 0);
            SavedScenario back = scenarios.insert(s.districtKey(), s.name(), false, s.scenario(), s.selection());
            if (s.preferred()) {
                scenarios.setPreferred(s.districtKey(), back.key(), true);
                return back.withPreferred(true);
            }
            return back;
        });
    }

    /** The plan of a scenario over the district's schools as they are now. */
    public Plan plan(long districtKey, Scenario scenario) {
        return RolloutPlanner.plan(roster(districtKey), scenario);
    }

    private static String checkName(String name) {
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty()) {
            throw new UserFacingException("A scenario needs a name.");
        }
        if (clean.length() > MAX_NAME) {
            throw new UserFacingException("A scenario name can have at most " + MAX_NAME + " characters.");
        }
        return clean;
    }

    private void requireFreeName(long districtKey, String name, long ownKey) {
        boolean taken = scenarios.ofDistrict(districtKey).stream()
                .anyMatch(s -> s.key() != ownKey && s.name().equalsIgnoreCase(name));
        if (taken) {
            throw new UserFacingException("This district already has a scenario called \"" + name
                    + "\". Choose another name.");
        }
    }
}
