package org.rolloutplanner.domain.selection;

/** One reviewer's score of one applicant on one criterion. */
public record Score(String reviewer, String applicant, String criterion, double value) {
}
