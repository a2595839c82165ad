/**
 * The Scenarios &amp; Timeline area: a district's saved scenarios, the form of the chosen one, its plan on a timeline
 * with coverage and targets, its warnings, and a comparison of two or more scenarios.
 *
 * <h2>Decisions</h2>
 * <ul>
 *   <li><b>No Save button.</b> Every change of the form goes through {@link org.rolloutplanner.ui.scenarios.ScenariosViewModel#change},
 *       which recomputes the plan in memory at once (a few milliseconds for 700 schools), saves the scenario on the task
 *       runner and records an undoable edit in the window's shared undo history. Texts commit on Enter or when they
 *       lose the focus, so typing "12" makes one edit, not two.</li>
 *   <li><b>The timeline is one canvas</b> ({@link org.rolloutplanner.ui.scenarios.TimelineChart}) that draws only the
 *       rows in view, with a sticky header and first column and the coverage band on the same time axis, so the band
 *       stays aligned with the bars at every zoom and scroll position (a separate LineChart would not).</li>
 *   <li><b>Undo covers the list too</b>: new copy, rename, ★ preferred and delete. A deleted scenario comes back under a
 *       new key; the view model maps old keys to new ones so older edits of it still undo.</li>
 *   <li><b>Comparing more than two</b>: the school diff is always against the first scenario ticked (the baseline),
 *       one list per other scenario, never between neighbours.</li>
 *   <li><b>Dragging a school onto another cohort pins it there</b>; right-click a pinned school to remove the pin.</li>
 *   <li><b>Threads.</b> The area runs its database work on a runner of its own; the workspace's transactions take turns
 *       (see {@code WorkspaceServices}), so this is safe with the window's database thread.</li>
 * </ul>
 */
package org.rolloutplanner.ui.scenarios;
