/**
 * The rollout planning engine: a {@link org.rolloutplanner.domain.rollout.Scenario} and a roster in, a
 * {@link org.rolloutplanner.domain.rollout.Plan} out, through
 * {@link org.rolloutplanner.domain.rollout.RolloutPlanner#plan(java.util.List, org.rolloutplanner.domain.rollout.Scenario)}.
 * Plain Java: imports only {@code java.*} and other {@code domain} packages.
 *
 * <h2>Decisions (so they are not re-argued)</h2>
 * <ul>
 *   <li><b>Time</b> is counted in months ({@link java.time.YearMonth}). A cohort starts in the first month of its school
 *       year unless a {@link org.rolloutplanner.domain.rollout.CohortOverride} moves it. A phase's {@code end} is its
 *       <em>last month, inclusive</em>: a 12-month phase starting 2015-08 ends 2016-07 and the next phase starts 2016-08.
 *       An open-ended phase (only the last may be) has a null end.</li>
 *   <li>A cohort <b>starts</b> when its first phase starts and <b>launches</b> when the template's launch phase starts
 *       (the second phase by default, the only one when there is one).</li>
 *   <li><b>Rules</b> apply in order to the schools not yet placed, one cohort per school year; pace rules run until
 *       every school is placed. Fractional school counts are rounded as the scenario says; the default is
 *       {@link org.rolloutplanner.domain.rollout.Rounding#UP} (a plan never finishes later than its percentage promises).
 *       A range (6–8 a year) gives cohorts of even size within the range; the last takes what is left.
 *       "N cohorts over Y years" starts cohort i at year floor(i·Y/N). "Finish by" shares the schools evenly over the
 *       years left, larger cohorts first. Percent of students: after k years of the rule, coverage reaches k·x points
 *       (rounding decides whether the school that crosses the goal joins that year).</li>
 *   <li><b>Order</b>: ties are always broken by school id, so a shuffled roster gives the same plan. Pins win over gates
 *       and count toward their cohort's size; a pin beyond the last cohort goes to the last cohort, with a warning.
 *       Excluded schools are out of the plan and of every percentage (the denominators are the plan's schools).</li>
 *   <li><b>Deadlines</b> resolve to a last month that counts: "by 2024-25" counts schools starting in the year's first
 *       month; "by the start of 2024-25" needs a phase to have ended before it (July 2024 for an August year);
 *       "by the end of 2022" is December 2022. A missed target says by how many schools or percentage points, when it is
 *       reached and how many months late.</li>
 *   <li><b>Money</b> is in whole currency units: per-school amounts are paid in the school year a phase starts;
 *       per-student amounts for each school year a school spends at least one month in the phase.</li>
 *   <li><b>Speed</b>: one sort of the roster, then linear work; per-level queues make level gates O(levels) per pick;
 *       per-year figures are aggregated per cohort.</li>
 * </ul>
 */
package org.rolloutplanner.domain.rollout;
