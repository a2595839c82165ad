-- The selection round a scenario's first cohort came from ("Use as first cohort of a scenario…" in the Selection
-- area), with the seats and composition rules (one a line, as written in the cohort builder) that picked it, so the
-- export adds that round's Selection sheet. Deleting the round keeps the scenario and forgets where it came from.
ALTER TABLE scenario ADD COLUMN selection_round_id BIGINT;
ALTER TABLE scenario ADD COLUMN selection_seats INT;
ALTER TABLE scenario ADD COLUMN selection_rules VARCHAR(10000) NOT NULL DEFAULT '';
ALTER TABLE scenario ADD CONSTRAINT scenario_selection_round FOREIGN KEY (selection_round_id)
    REFERENCES selection_round (id) ON DELETE SET NULL;
ALTER TABLE scenario ADD CONSTRAINT scenario_selection_seats_positive CHECK (selection_seats >= 1);
