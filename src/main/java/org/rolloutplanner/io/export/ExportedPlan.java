package org.rolloutplanner.io.export;

import java.util.Objects;
import org.rolloutplanner.domain.rollout.Plan;
import org.rolloutplanner.domain.rollout.Scenario;

/** One scenario to export: its name, what it says, and the plan computed from it. */
public record ExportedPlan(String name, Scenario scenario, Plan plan) {

    public ExportedPlan {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(plan, "plan");
    }
}
