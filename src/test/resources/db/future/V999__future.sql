-- Test only: a migration of a "newer version" of the app, so a workspace can be written by the future.
CREATE TABLE future_feature (
    id   INT PRIMARY KEY,
    note VARCHAR(100)
);
