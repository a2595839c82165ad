package org.rolloutplanner.app.scenario;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.rolloutplanner.domain.rollout.Scenario;

/**
 * A scenario as the workspace keeps it: its name within the district, whether it is the preferred one, and when it
 * was made and last changed.
 *
 * @param key         the workspace's own number for the scenario; never shown
 * @param districtKey the district it belongs to
 * @param name        unique within the district
 * @param preferred   at most one scenario of a district is preferred
 * @param scenario    the scenario itself
 * @param created     when it was made
 * @param updated     when it last changed
 * @param selection   the selection round its first cohort came from; null when it did not come from one (or the
 *                    round was deleted since)
 */
public record SavedScenario(long key, long districtKey, String name, boolean preferred, Scenario scenario,
        Instant created, Instant updated, SelectionOrigin selection) {

    public SavedScenario {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(scenario, "scenario");
    }

    /** A scenario that did not come from a selection round. */
    public SavedScenario(long key, long districtKey, String name, boolean preferred, Scenario scenario, Instant created,
            Instant updated) {
        this(key, districtKey, name, preferred, scenario, created, updated, null);
    }

    /** The selection round its first cohort came from, if any. */
    public Optional<SelectionOrigin> fromSelection() {
        return Optional.ofNullable(selection);
    }

    public SavedScenario withScenario(Scenario changed) {
        return new SavedScenario(key, districtKey, name, preferred, changed, created, updated, selection);
    }

    public SavedScenario withName(String newName) {
        return new SavedScenario(key, districtKey, newName, preferred, scenario, created, updated, selection);
    }

    public SavedScenario withPreferred(boolean p) {
        return new SavedScenario(key, districtKey, name, p, scenario, created, updated, selection);
    }

    @Override
    public String toString() {
        return name;
    }
}
