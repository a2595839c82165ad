package org.rolloutplanner.domain.selection;

/** One reviewer's score of one applicant on one criterion, with the reviewer's comment ("" for none). */
public record Score(String reviewer, String applicant, String criterion, double value, String comment) {

    public Score {
        comment = comment == null ? "" : comment.strip();
    }

    /** A score without a comment. */
    public Score(String reviewer, String applicant, String criterion, double value) {
        this(reviewer, applicant, criterion, value, "");
    }
}
