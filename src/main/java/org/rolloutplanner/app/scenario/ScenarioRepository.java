package org.rolloutplanner.app.scenario;

import java.util.List;
import java.util.Optional;
import org.rolloutplanner.domain.rollout.Scenario;

/** Stores the scenarios of districts. Names are unique within a district; at most one scenario is preferred. */
public interface ScenarioRepository {

    /** The district's scenarios, by name. */
    List<SavedScenario> ofDistrict(long districtKey);

    Optional<SavedScenario> byKey(long key);

    /**
     * Saves a new scenario. Pins and exclusions name schools by their id; ids that are not schools of the district are
     * left out.
     */
    default SavedScenario insert(long districtKey, String name, boolean preferred, Scenario scenario) {
        return insert(districtKey, name, preferred, scenario, null);
    }

    /** Saves a new scenario that came from a selection round ({@code selection} null when it did not). */
    SavedScenario insert(long districtKey, String name, boolean preferred, Scenario scenario, SelectionOrigin selection);

    /** Replaces what the scenario says (keeps its name and preference) and returns it as stored. */
    SavedScenario update(long key, Scenario scenario);

    void rename(long key, String newName);

    /** Makes this scenario the district's preferred one (and no other), or clears its preference. */
    void setPreferred(long districtKey, long key, boolean preferred);

    void delete(long key);
}
