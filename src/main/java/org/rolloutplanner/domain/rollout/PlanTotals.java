package org.rolloutplanner.domain.rollout;

/** The schools of a plan (the roster without exclusions), their students and their low-income students. */
record PlanTotals(int schools, long students, double lowIncome) {
}
