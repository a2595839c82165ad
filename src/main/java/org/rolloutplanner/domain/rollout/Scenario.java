package org.rolloutplanner.domain.rollout;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Everything that shapes a plan, apart from the roster. Immutable; build one with {@link #builder(RolloutCalendar)}.
 *
 * @param calendar   first school year and the month school years start
 * @param phases     the phases every cohort goes through
 * @param rules      the rule chain, applied in order
 * @param order      the order schools are taken in
 * @param rounding   how fractional numbers of schools are rounded
 * @param gates      levels that may not start before a school year
 * @param pins       school id → cohort number (manual placements; they win over gates)
 * @param exclusions school ids left out of the plan (and of its percentages)
 * @param partial    groups of schools that take only components until a month
 * @param overrides  per-cohort start months and phase lengths
 * @param checks     capacities, budget and targets
 * @param costs      money per school per phase and per student per year
 */
public record Scenario(
        RolloutCalendar calendar,
        PhaseTemplate phases,
        List<RolloutRule> rules,
        SchoolOrder order,
        Rounding rounding,
        List<LevelGate> gates,
        Map<String, Integer> pins,
        Set<String> exclusions,
        List<PartialAdoption> partial,
        List<CohortOverride> overrides,
        List<Check> checks,
        List<PhaseCost> costs) {

    public Scenario {
        Objects.requireNonNull(calendar, "calendar");
        Objects.requireNonNull(phases, "phases");
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(rounding, "rounding");
        rules = List.copyOf(rules);
        if (rules.isEmpty()) {
            throw new IllegalArgumentException("A scenario needs at least one rule.");
        }
        gates = List.copyOf(gates);
        pins = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(pins));
        pins.forEach((id, c) -> {
            if (c == null || c < 1) {
                throw new IllegalArgumentException("School " + id + " is pinned to cohort " + c + "; cohorts are numbered from 1.");
            }
        });
        exclusions = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(exclusions));
        partial = List.copyOf(partial);
        overrides = List.copyOf(overrides);
        checks = List.copyOf(checks);
        costs = List.copyOf(costs);
    }

    public static Builder builder(RolloutCalendar calendar) {
        return new Builder(calendar);
    }

    public Builder toBuilder() {
        Builder b = new Builder(calendar).phases(phases).order(order).rounding(rounding);
        b.rules.addAll(rules);
        b.gates.addAll(gates);
        b.pins.putAll(pins);
        b.exclusions.addAll(exclusions);
        b.partial.addAll(partial);
        b.overrides.addAll(overrides);
        b.checks.addAll(checks);
        b.costs.addAll(costs);
        return b;
    }

    /** Builds a scenario; defaults: one 12-month phase, readiness order, rounding up. */
    public static final class Builder {
        private final RolloutCalendar calendar;
        private PhaseTemplate phases = PhaseTemplate.singleYear();
        private SchoolOrder order = new SchoolOrder.ByReadiness();
        private Rounding rounding = Rounding.DEFAULT;
        private final List<RolloutRule> rules = new ArrayList<>();
        private final List<LevelGate> gates = new ArrayList<>();
        private final Map<String, Integer> pins = new LinkedHashMap<>();
        private final Set<String> exclusions = new LinkedHashSet<>();
        private final List<PartialAdoption> partial = new ArrayList<>();
        private final List<CohortOverride> overrides = new ArrayList<>();
        private final List<Check> checks = new ArrayList<>();
        private final List<PhaseCost> costs = new ArrayList<>();

        private Builder(RolloutCalendar calendar) {
            this.calendar = calendar;
        }

        public Builder phases(PhaseTemplate p) {
            this.phases = p;
            return this;
        }

        public Builder phases(Phase... p) {
            this.phases = PhaseTemplate.of(p);
            return this;
        }

        public Builder order(SchoolOrder o) {
            this.order = o;
            return this;
        }

        public Builder rounding(Rounding r) {
            this.rounding = r;
            return this;
        }

        public Builder rule(RolloutRule r) {
            rules.add(r);
            return this;
        }

        public Builder rules(List<RolloutRule> r) {
            rules.addAll(r);
            return this;
        }

        public Builder gate(LevelGate g) {
            gates.add(g);
            return this;
        }

        public Builder pin(String schoolId, int cohort) {
            pins.put(schoolId, cohort);
            return this;
        }

        public Builder exclude(String schoolId) {
            exclusions.add(schoolId);
            return this;
        }

        public Builder partial(PartialAdoption p) {
            partial.add(p);
            return this;
        }

        public Builder override(CohortOverride o) {
            overrides.add(o);
            return this;
        }

        public Builder check(Check c) {
            checks.add(c);
            return this;
        }

        public Builder cost(PhaseCost c) {
            costs.add(c);
            return this;
        }

        public Scenario build() {
            return new Scenario(calendar, phases, rules, order, rounding, gates, pins, exclusions, partial, overrides, checks,
                    costs);
        }
    }
}
