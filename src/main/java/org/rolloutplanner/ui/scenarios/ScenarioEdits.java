package org.rolloutplanner.ui.scenarios;

import java.util.List;
import java.util.Map;
import org.rolloutplanner.domain.rollout.Check;
import org.rolloutplanner.domain.rollout.LevelGate;
import org.rolloutplanner.domain.rollout.PhaseTemplate;
import org.rolloutplanner.domain.rollout.RolloutCalendar;
import org.rolloutplanner.domain.rollout.RolloutRule;
import org.rolloutplanner.domain.rollout.Rounding;
import org.rolloutplanner.domain.rollout.Scenario;
import org.rolloutplanner.domain.rollout.SchoolOrder;

/** One part of a scenario replaced, the rest kept: what each field of the editor does. */
final class ScenarioEdits {

    private ScenarioEdits() {
    }

    static Scenario withCalendar(Scenario s, RolloutCalendar c) {
        return new Scenario(c, s.phases(), s.rules(), s.order(), s.rounding(), s.gates(), s.pins(), s.exclusions(),
                s.partial(), s.overrides(), s.checks(), s.costs());
    }

    static Scenario withPhases(Scenario s, PhaseTemplate p) {
        return new Scenario(s.calendar(), p, s.rules(), s.order(), s.rounding(), s.gates(), s.pins(), s.exclusions(),
                s.partial(), s.overrides(), s.checks(), s.costs());
    }

    static Scenario withRules(Scenario s, List<RolloutRule> rules) {
        return new Scenario(s.calendar(), s.phases(), rules, s.order(), s.rounding(), s.gates(), s.pins(), s.exclusions(),
                s.partial(), s.overrides(), s.checks(), s.costs());
    }

    static Scenario withOrder(Scenario s, SchoolOrder o) {
        return new Scenario(s.calendar(), s.phases(), s.rules(), o, s.rounding(), s.gates(), s.pins(), s.exclusions(),
                s.partial(), s.overrides(), s.checks(), s.costs());
    }

    static Scenario withRounding(Scenario s, Rounding r) {
        return new Scenario(s.calendar(), s.phases(), s.rules(), s.order(), r, s.gates(), s.pins(), s.exclusions(),
                s.partial(), s.overrides(), s.checks(), s.costs());
    }

    static Scenario withGates(Scenario s, List<LevelGate> gates) {
        return new Scenario(s.calendar(), s.phases(), s.rules(), s.order(), s.rounding(), gates, s.pins(), s.exclusions(),
                s.partial(), s.overrides(), s.checks(), s.costs());
    }

    static Scenario withChecks(Scenario s, List<Check> checks) {
        return new Scenario(s.calendar(), s.phases(), s.rules(), s.order(), s.rounding(), s.gates(), s.pins(), s.exclusions(),
                s.partial(), s.overrides(), checks, s.costs());
    }

    static Scenario withPins(Scenario s, Map<String, Integer> pins) {
        return new Scenario(s.calendar(), s.phases(), s.rules(), s.order(), s.rounding(), s.gates(), pins, s.exclusions(),
                s.partial(), s.overrides(), s.checks(), s.costs());
    }

    static Scenario withCosts(Scenario s, List<org.rolloutplanner.domain.rollout.PhaseCost> costs) {
        return new Scenario(s.calendar(), s.phases(), s.rules(), s.order(), s.rounding(), s.gates(), s.pins(), s.exclusions(),
                s.partial(), s.overrides(), s.checks(), costs);
    }

    static Scenario withExclusions(Scenario s, java.util.Set<String> exclusions) {
        return new Scenario(s.calendar(), s.phases(), s.rules(), s.order(), s.rounding(), s.gates(), s.pins(), exclusions,
                s.partial(), s.overrides(), s.checks(), s.costs());
    }

    /**
     * The scenario with cohort {@code cohort} starting in {@code start}, never before the scenario's first month; its
     * phase-length overrides, if any, are kept.
     */
    static Scenario withCohortStart(Scenario s, int cohort, java.time.YearMonth start) {
        java.time.YearMonth first = s.calendar().startOf(s.calendar().firstYear());
        java.time.YearMonth clamped = start.isBefore(first) ? first : start;
        var overrides = new java.util.ArrayList<org.rolloutplanner.domain.rollout.CohortOverride>();
        Map<String, Integer> months = Map.of();
        for (var o : s.overrides()) {
            if (o.cohort() == cohort) {
                months = o.months();
            } else {
                overrides.add(o);
            }
        }
        overrides.add(new org.rolloutplanner.domain.rollout.CohortOverride(cohort, clamped, months));
        return new Scenario(s.calendar(), s.phases(), s.rules(), s.order(), s.rounding(), s.gates(), s.pins(), s.exclusions(),
                s.partial(), overrides, s.checks(), s.costs());
    }

    /** The list with element i replaced. */
    static <T> List<T> replace(List<T> list, int i, T value) {
        var copy = new java.util.ArrayList<>(list);
        copy.set(i, value);
        return copy;
    }

    static <T> List<T> remove(List<T> list, int i) {
        var copy = new java.util.ArrayList<>(list);
        copy.remove(i);
        return copy;
    }

    static <T> List<T> add(List<T> list, T value) {
        var copy = new java.util.ArrayList<>(list);
        copy.add(value);
        return copy;
    }

    /** The list with element i moved by {@code by} places (-1 up, +1 down); unchanged at the ends. */
    static <T> List<T> move(List<T> list, int i, int by) {
        int j = i + by;
        if (j < 0 || j >= list.size()) {
            return list;
        }
        var copy = new java.util.ArrayList<>(list);
        copy.set(i, list.get(j));
        copy.set(j, list.get(i));
        return copy;
    }
}
