-- Cost items get a name ("Planning grant", "Launch grant", "Coaching"), so budgets can be listed per item. Items saved
-- before have none (''): the app then calls them after their phase ("Design costs").
ALTER TABLE scenario_cost ADD COLUMN name VARCHAR(200) DEFAULT '' NOT NULL;
