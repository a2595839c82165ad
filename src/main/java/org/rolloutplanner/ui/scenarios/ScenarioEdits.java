package org.rolloutplanner.ui.scenarios;

import java.util.List;
import java.util.Map;
import java.time.YearMonth;
import org.rolloutplanner.domain.rollout.Check;
import org.rolloutplanner.domain.rollout.CohortOverride;
import org.rolloutplanner.domain.rollout.LevelGate;
import org.rolloutplanner.domain.rollout.PartialAdoption;
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

    static Scenario withPartial(Scenario s, List<PartialAdoption> partial) {
        return new Scenario(s.calendar(), s.phases(), s.rules(), s.order(), s.rounding(), s.gates(), s.pins(), s.exclusions(),
                partial, s.overrides(), s.checks(), s.costs());
    }

    static Scenario withOverrides(Scenario s, List<CohortOverride> overrides) {
        return new Scenario(s.calendar(), s.phases(), s.rules(), s.order(), s.rounding(), s.gates(), s.pins(), s.exclusions(),
                s.partial(), overrides, s.checks(), s.costs());
    }

    /**
     * The scenario with cohort {@code cohort}'s override replaced by {@code start} and {@code months} (a null start
     * keeps the start of its school year; a phase not in {@code months} keeps the template's length), in the place the
     * cohort's override had, or added at the end. Refuses a cohort number used by another override and a start
     * before the scenario's first month.
     */
    static Scenario withOverride(Scenario s, int was, CohortOverride changed) {
        YearMonth first = s.calendar().startOf(s.calendar().firstYear());
        if (changed.start() != null && changed.start().isBefore(first)) {
            throw new IllegalArgumentException("Cohort " + changed.cohort() + " cannot start before "
                    + RolloutCalendar.monthLabel(first) + ", the start of the first school year.");
        }
        for (String phase : changed.months().keySet()) {
            if (s.phases().indexOf(phase) < 0) {
                throw new IllegalArgumentException("There is no phase called " + phase + ".");
            }
        }
        var list = new java.util.ArrayList<CohortOverride>();
        boolean placed = false;
        for (CohortOverride o : s.overrides()) {
            if (o.cohort() == was) {
                list.add(changed);
                placed = true;
            } else if (o.cohort() == changed.cohort()) {
                throw new IllegalArgumentException("Cohort " + changed.cohort() + " already has its own changes.");
            } else {
                list.add(o);
            }
        }
        if (!placed) {
            list.add(changed);
        }
        return withOverrides(s, list);
    }

    /** A new components-only group, empty, until the start of the scenario's third school year. */
    static Scenario withNewComponentsOnlyGroup(Scenario s) {
        YearMonth until = s.calendar().startOf(s.calendar().firstYear().plus(2));
        return withPartial(s, add(s.partial(), new PartialAdoption(java.util.Set.of(), until, "")));
    }

    /** Group {@code index} with the schools of {@code roster} at {@code level} added. */
    static Scenario withLevelComponentsOnly(Scenario s, int index, org.rolloutplanner.domain.school.SchoolLevel level,
            List<org.rolloutplanner.domain.school.School> roster) {
        PartialAdoption p = s.partial().get(index);
        var ids = new java.util.LinkedHashSet<>(p.schoolIds());
        roster.stream().filter(x -> x.level() == level && !s.exclusions().contains(x.id())).forEach(x -> ids.add(x.id()));
        return withPartial(s, replace(s.partial(), index, new PartialAdoption(ids, p.until(), p.reason())));
    }

    /** Group {@code index} with a school added ({@code add} true) or taken out. */
    static Scenario withSchoolComponentsOnly(Scenario s, int index, String schoolId, boolean add) {
        PartialAdoption p = s.partial().get(index);
        var ids = new java.util.LinkedHashSet<>(p.schoolIds());
        if (add) {
            ids.add(schoolId);
        } else {
            ids.remove(schoolId);
        }
        return withPartial(s, replace(s.partial(), index, new PartialAdoption(ids, p.until(), p.reason())));
    }

    /** The next cohort without changes of its own gets an (empty) override, ready to be filled in. */
    static Scenario withNewCohortChange(Scenario s) {
        var used = s.overrides().stream().map(CohortOverride::cohort).collect(java.util.stream.Collectors.toSet());
        int cohort = 1;
        while (used.contains(cohort)) {
            cohort++;
        }
        return withOverrides(s, add(s.overrides(), new CohortOverride(cohort, null, java.util.Map.of())));
    }

    /** The scenario without cohort {@code cohort}'s own start and phase lengths. */
    static Scenario withoutOverride(Scenario s, int cohort) {
        return withOverrides(s, s.overrides().stream().filter(o -> o.cohort() != cohort).toList());
    }

    /**
     * A month as people write it: "2018-01", "January 2018", "Jan 2018" or "1/2018". {@code what} names the field in
     * the message when the text is not a month.
     */
    static YearMonth month(String text, String what) {
        String t = text.strip();
        try {
            if (t.matches("\\d{4}-\\d{1,2}")) {
                String[] parts = t.split("-");
                return YearMonth.of(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
            }
            if (t.matches("\\d{1,2}/\\d{4}")) {
                String[] parts = t.split("/");
                return YearMonth.of(Integer.parseInt(parts[1]), Integer.parseInt(parts[0]));
            }
            String[] words = t.split("\\s+");
            if (words.length == 2 && words[1].matches("\\d{4}") && words[0].length() >= 3) {
                String w = words[0].toLowerCase(java.util.Locale.ROOT);
                for (java.time.Month m : java.time.Month.values()) {
                    String full = m.getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH).toLowerCase(java.util.Locale.ROOT);
                    if (full.startsWith(w.endsWith(".") ? w.substring(0, w.length() - 1) : w)) {
                        return YearMonth.of(Integer.parseInt(words[1]), m);
                    }
                }
            }
        } catch (java.time.DateTimeException | NumberFormatException e) {
            // falls through to the message
        }
        throw new IllegalArgumentException(what + " must be a month such as January 2018 or 2018-01 (it was \"" + t + "\").");
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
