-- Test only: a later version of the app adds a column; opening an older workspace must back it up first.
ALTER TABLE school ADD COLUMN notes VARCHAR(200) DEFAULT '' NOT NULL;
