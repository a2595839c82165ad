package org.rolloutplanner.domain.selection;

/** A declared conflict of interest: the reviewer does not score the applicant and is left out of its aggregate. */
public record Conflict(String reviewer, String applicant) {
}
