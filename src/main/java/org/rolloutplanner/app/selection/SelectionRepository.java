package org.rolloutplanner.app.selection;

import java.util.List;
import java.util.Optional;
import org.rolloutplanner.domain.selection.Conflict;
import org.rolloutplanner.domain.selection.Criterion;
import org.rolloutplanner.domain.selection.Reviewer;
import org.rolloutplanner.domain.selection.RoundApplicant;
import org.rolloutplanner.domain.selection.RoundContents;
import org.rolloutplanner.domain.selection.SelectionRound;

/**
 * Stores selection rounds. Applicants are matched by school, criteria and reviewers by their code within the round:
 * saving a list updates the ones kept (their scores stay), adds the new ones and deletes the ones left out (with
 * their scores and conflicts).
 */
public interface SelectionRepository {

    /** The district's rounds, by name. */
    List<SelectionRound> ofDistrict(long districtKey);

    Optional<RoundContents> load(long roundKey);

    SelectionRound insert(SelectionRound round);

    void update(SelectionRound round);

    void delete(long roundKey);

    void saveApplicants(long roundKey, List<RoundApplicant> applicants);

    void saveCriteria(long roundKey, List<Criterion> criteria);

    void saveReviewers(long roundKey, List<Reviewer> reviewers);

    /**
     * Replaces the round's conflicts (reviewer code, school id). The scores a newly conflicted reviewer gave that school
     * are deleted: no score of a conflicted pair is kept.
     */
    void saveConflicts(long roundKey, List<Conflict> conflicts);

    /** Sets one score with the reviewer's comment (null score removes it, comment and all). */
    void setScore(long roundKey, String reviewer, String applicant, String criterion, Double score, String comment);
}
