package org.rolloutplanner.domain.rollout;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rolloutplanner.domain.school.School;
import org.rolloutplanner.domain.school.SchoolLevel;

/**
 * A computed rollout: cohorts on a timeline, coverage per school year, costs, checks. The same roster and
 * scenario always give an equal plan.
 *
 * <p>Months: a phase's {@code end} is its last month, inclusive (a 12-month phase starting 2015-08 ends 2016-07);
 * an open-ended phase has a null end. Percentages are of the schools in the plan (the roster without exclusions),
 * 0–100.
 *
 * @param cohorts              cohorts in number order
 * @param placements           every placed school with its cohort, in cohort order then school order
 * @param excluded             schools left out by the scenario
 * @param unplaced             schools no rule placed
 * @param years                one summary per school year, from the first school year to the last with a phase start or end
 * @param warnings             failed checks and problems with the scenario
 * @param rules                what each rule did, with the numbers
 * @param targets              every target, met or missed
 * @param completionSchoolYear the school year in which the last school starts; null when no school is placed
 * @param lastCohort           number of the cohort that starts last; 0 when none
 * @param lastCohortEnd        last month of that cohort's last phase; null when open-ended or no cohort
 * @param schoolCount          schools in the plan (placed or not, without exclusions)
 * @param studentCount         their students
 * @param costItems            money per cost item ("Planning grant", "Coaching") and school year, in the order the
 *                             items first appear in the scenario; unnamed items are called after their phase
 */
public record Plan(
        List<Cohort> cohorts,
        List<Placement> placements,
        List<School> excluded,
        List<School> unplaced,
        List<YearSummary> years,
        List<Warning> warnings,
        List<RuleOutcome> rules,
        List<TargetResult> targets,
        SchoolYear completionSchoolYear,
        int lastCohort,
        YearMonth lastCohortEnd,
        int schoolCount,
        long studentCount,
        List<CostItem> costItems) {

    public Plan {
        cohorts = List.copyOf(cohorts);
        placements = List.copyOf(placements);
        excluded = List.copyOf(excluded);
        unplaced = List.copyOf(unplaced);
        years = List.copyOf(years);
        warnings = List.copyOf(warnings);
        rules = List.copyOf(rules);
        targets = List.copyOf(targets);
        costItems = List.copyOf(costItems);
    }

    /**
     * Money of one cost item in one school year (0 when the item is not in the plan or costs nothing that year). The
     * items of a school year add up to its {@link YearSummary#cost()}.
     */
    public long cost(SchoolYear schoolYear, String item) {
        return costItems.stream().filter(c -> c.name().equals(item)).mapToLong(c -> c.in(schoolYear)).sum();
    }

    /** Names of the cost items, in the order they first appear in the scenario. */
    public List<String> costItemNames() {
        return costItems.stream().map(CostItem::name).toList();
    }

    public Optional<SchoolYear> completion() {
        return Optional.ofNullable(completionSchoolYear);
    }

    public Optional<Cohort> cohort(int number) {
        return number >= 1 && number <= cohorts.size() ? Optional.of(cohorts.get(number - 1)) : Optional.empty();
    }

    /** Cohort number of every placed school, by school id (one pass; use it for many look-ups). */
    public Map<String, Integer> cohortBySchool() {
        var map = new java.util.HashMap<String, Integer>(placements.size() * 2);
        placements.forEach(p -> map.put(p.school().id(), p.cohort()));
        return map;
    }

    /** The cohort a school is in, if it is placed (a linear search; see {@link #cohortBySchool()}). */
    public Optional<Cohort> cohortOf(String schoolId) {
        return placements.stream().filter(p -> p.school().id().equals(schoolId)).findFirst().map(p -> cohorts.get(p.cohort() - 1));
    }

    public Optional<YearSummary> year(SchoolYear y) {
        return years.stream().filter(s -> s.schoolYear().equals(y)).findFirst();
    }

    /** One span of a cohort's timeline. {@code end} is the last month, inclusive; null when open-ended. */
    public record PhaseSpan(String name, String colour, YearMonth start, YearMonth end) {
        public boolean covers(YearMonth m) {
            return !m.isBefore(start) && (end == null || !m.isAfter(end));
        }
    }

    /** A group of schools that starts together. {@code start} is the first month of its first phase. */
    public record Cohort(int number, YearMonth start, SchoolYear schoolYear, List<School> schools, List<PhaseSpan> phases,
            long students) {
        public Cohort {
            schools = List.copyOf(schools);
            phases = List.copyOf(phases);
        }

        public List<String> schoolIds() {
            return schools.stream().map(School::id).toList();
        }

        public int size() {
            return schools.size();
        }

        /** Last month of the last phase; null when it is open-ended. */
        public YearMonth end() {
            return phases.getLast().end();
        }
    }

    /**
     * A placed school.
     *
     * @param componentsOnlyUntil first month of the whole model for a components-only school; null otherwise
     */
    public record Placement(School school, int cohort, boolean pinned, YearMonth componentsOnlyUntil) {
    }

    /** Share of the plan's schools, students and low-income students that have reached a milestone. */
    public record Coverage(int schools, double schoolsPercent, long students, double studentsPercent, double lowIncomePercent) {
    }

    /** Schools and students entering a phase in a school year. */
    public record PhaseEntry(String phase, int schools, long students) {
    }

    /** Coverage of one level by the end of a school year. */
    public record LevelCoverage(Coverage started, Coverage launched) {
    }

    /**
     * One school year of the plan. Cumulative figures are at the end of the year.
     *
     * @param schoolsStarted  schools whose first phase starts in the year
     * @param started         cumulative coverage of schools that have started
     * @param launched        cumulative coverage of schools that have launched
     * @param entering        per phase (template order), schools and students entering it in the year
     * @param byLevel         cumulative coverage per level present in the plan
     * @param componentsOnly  started schools still taking only components at the end of the year
     * @param cost            money spent in the year
     */
    public record YearSummary(SchoolYear schoolYear, int schoolsStarted, long studentsStarted, Coverage started,
            Coverage launched, List<PhaseEntry> entering, Map<SchoolLevel, LevelCoverage> byLevel, int componentsOnly,
            long cost) {
        public YearSummary {
            entering = List.copyOf(entering);
            var copy = new java.util.EnumMap<SchoolLevel, LevelCoverage>(SchoolLevel.class);
            copy.putAll(byLevel);
            byLevel = java.util.Collections.unmodifiableMap(copy);
        }
    }

    /**
     * One cost item of the plan: every cost line of the scenario with this {@link PhaseCost#item() name}, added up
     * per school year.
     *
     * @param name    the item's name ("Planning grant"; "Design costs" for an unnamed item of the Design phase)
     * @param phases  the phases its lines are tied to, in scenario order
     * @param amounts money per school year, one for each of the plan's {@link Plan#years() years}, in the same order
     */
    public record CostItem(String name, List<String> phases, List<SchoolYearAmount> amounts) {
        public CostItem {
            phases = List.copyOf(phases);
            amounts = List.copyOf(amounts);
        }

        /** Money in a school year; 0 outside the plan's years. */
        public long in(SchoolYear y) {
            for (SchoolYearAmount a : amounts) {
                if (a.schoolYear().equals(y)) {
                    return a.amount();
                }
            }
            return 0;
        }

        /** Money over every school year of the plan. */
        public long total() {
            return amounts.stream().mapToLong(SchoolYearAmount::amount).sum();
        }
    }

    /** An amount of money in a school year. */
    public record SchoolYearAmount(SchoolYear schoolYear, long amount) {
    }

    /**
     * A target, met or missed.
     *
     * @param deadline     last month that counts
     * @param achieved     percent reached by the deadline
     * @param reached      month in which the target is reached; null when the plan never reaches it
     * @param monthsLate   months from the deadline to {@code reached} (0 when met; null when never reached)
     * @param schoolsShort schools missing at the deadline (school targets; 0 otherwise)
     */
    public record TargetResult(Check.Target target, YearMonth deadline, boolean met, double achieved, YearMonth reached,
            Integer monthsLate, int schoolsShort) {
    }

    /**
     * What one rule of the chain did.
     *
     * @param description the rule in plain English
     * @param calculation the numbers behind it ("10% of 49 schools = 4.9, rounded up to 5 schools a year"); may be empty
     * @param cohorts     numbers of the cohorts it made
     */
    public record RuleOutcome(RolloutRule rule, String description, String calculation, List<Integer> cohorts) {
        public RuleOutcome {
            cohorts = List.copyOf(cohorts);
        }
    }
}
