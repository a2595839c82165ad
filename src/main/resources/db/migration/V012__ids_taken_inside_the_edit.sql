-- New rows take their ids inside the edit's own transaction, from id_counter.
--
-- Until now the ids came from H2 identity columns. An identity column keeps a cache of ids and, when the cache runs
-- out (and at the first new row of every session), writes the cache down with a commit of its own, in the middle of
-- whatever edit asked for the id. That commit writes everything in memory to the file, including the edit's rows
-- that are not saved yet. The crash test (docs/reliability.md) found that after a kill -9 at such a moment the
-- reopened workspace could hold part or all of an edit that was never saved. Taking the ids from a table updated in
-- the same transaction as the rows means no commit happens in the middle of an edit.
CREATE TABLE id_counter (
    table_name VARCHAR(64) PRIMARY KEY,
    last_id    BIGINT NOT NULL,
    CONSTRAINT id_counter_last_id_not_negative CHECK (last_id >= 0)
);

INSERT INTO id_counter (table_name, last_id) SELECT 'DISTRICT', COALESCE(MAX(id), 0) FROM district;
INSERT INTO id_counter (table_name, last_id) SELECT 'SCHOOL', COALESCE(MAX(id), 0) FROM school;
INSERT INTO id_counter (table_name, last_id) SELECT 'SCENARIO', COALESCE(MAX(id), 0) FROM scenario;
INSERT INTO id_counter (table_name, last_id) SELECT 'SELECTION_ROUND', COALESCE(MAX(id), 0) FROM selection_round;
INSERT INTO id_counter (table_name, last_id) SELECT 'SELECTION_APPLICANT', COALESCE(MAX(id), 0) FROM selection_applicant;
INSERT INTO id_counter (table_name, last_id) SELECT 'SELECTION_CRITERION', COALESCE(MAX(id), 0) FROM selection_criterion;
INSERT INTO id_counter (table_name, last_id) SELECT 'SELECTION_REVIEWER', COALESCE(MAX(id), 0) FROM selection_reviewer;

-- The columns stay the primary keys; a row without an id is now refused rather than numbered by H2.
ALTER TABLE district ALTER COLUMN id DROP IDENTITY;
ALTER TABLE school ALTER COLUMN id DROP IDENTITY;
ALTER TABLE scenario ALTER COLUMN id DROP IDENTITY;
ALTER TABLE selection_round ALTER COLUMN id DROP IDENTITY;
ALTER TABLE selection_applicant ALTER COLUMN id DROP IDENTITY;
ALTER TABLE selection_criterion ALTER COLUMN id DROP IDENTITY;
ALTER TABLE selection_reviewer ALTER COLUMN id DROP IDENTITY;
