-- Test only: an update that fails halfway. The first statements change the workspace (H2 commits DDL at once),
-- then one statement breaks a rule, so the opener must put the backup back.
CREATE TABLE half_done (id INT PRIMARY KEY);
UPDATE school SET name = 'changed by a failed update';
ALTER TABLE district ADD COLUMN half_done_column INT;
INSERT INTO district (name, district_type) VALUES ('Broken', 'NOT_A_TYPE');
