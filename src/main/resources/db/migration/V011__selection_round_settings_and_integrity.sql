-- The committee's declared tie-break order per round (short names, comma-separated; the lottery always last), and two
-- rules the database now holds itself rather than trusting the application:
--   * a reviewer who declared a conflict of interest with an applicant has no stored score of it;
--   * an applicant school belongs to the district of its round.
-- Both rules join two tables, which neither a foreign key nor a plain CHECK can say in H2 (a CHECK with a subquery
-- blocks later DROP and ALTER of the tables it reads), so a row trigger checks them: SelectionIntegrityTrigger in the
-- persistence package. FORCE lets the build's throwaway schema (used only to generate jOOQ classes) be created before
-- that class is compiled; the app and the tests always have it.
ALTER TABLE selection_round ADD COLUMN tie_breaks VARCHAR(100) NOT NULL DEFAULT 'frl,enrollment,lottery';

ALTER TABLE selection_round ADD CONSTRAINT selection_round_tie_breaks_known
    CHECK (REGEXP_LIKE(tie_breaks, '^(frl|enrollment|lottery)(,(frl|enrollment|lottery))*$'));

-- Scores of a conflicted pair were already left out of every aggregate; they are removed so the new rule holds.
DELETE FROM selection_score s WHERE EXISTS (SELECT 1 FROM selection_conflict c
    WHERE c.reviewer_id = s.reviewer_id AND c.applicant_id = s.applicant_id);

CREATE FORCE TRIGGER selection_score_not_conflicted BEFORE INSERT, UPDATE ON selection_score
    FOR EACH ROW CALL 'org.rolloutplanner.persistence.SelectionIntegrityTrigger';

CREATE FORCE TRIGGER selection_conflict_not_scored BEFORE INSERT, UPDATE ON selection_conflict
    FOR EACH ROW CALL 'org.rolloutplanner.persistence.SelectionIntegrityTrigger';

CREATE FORCE TRIGGER selection_applicant_school_in_district BEFORE INSERT, UPDATE ON selection_applicant
    FOR EACH ROW CALL 'org.rolloutplanner.persistence.SelectionIntegrityTrigger';
