-- Marks this H2 file as a Rollout Planner workspace and records which app created it.
CREATE TABLE workspace_info (
    id              INT PRIMARY KEY CHECK (id = 1),
    application     VARCHAR(64)  NOT NULL CHECK (application = 'rollout-planner'),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by      VARCHAR(64)  NOT NULL
);
