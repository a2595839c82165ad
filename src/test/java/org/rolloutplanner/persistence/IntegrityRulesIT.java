package org.rolloutplanner.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * The database itself refuses data that breaks a rule, whatever program writes it: raw SQL past the app's own
 * checks. Each rule has an allowed statement (which must succeed, so the rule is not simply refusing everything) and
 * a forbidden one (which must fail, naming the rule).
 */
class IntegrityRulesIT {

    @TempDir
    static Path dir;
    static WorkspaceServices services;
    static Connection c;

    @BeforeAll
    static void aDistrictWithASchoolAndAScenario() throws SQLException {
        services = FreshWorkspace.in(dir);
        c = services.workspace().connection();
        exec("INSERT INTO district (id, name) VALUES (100, 'North'), (101, 'South')");
        exec("INSERT INTO school (id, district_id, school_code, name, level, enrollment) VALUES "
                + "(200, 100, 'A1', 'Alder', 'elementary', 300), (201, 100, 'B1', 'Birch', 'middle', 400)");
        exec("INSERT INTO scenario (id, district_id, name, first_school_year, created_at, updated_at) VALUES "
                + "(300, 100, 'Plan A', 2025, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
        // a scenario the app can read: at least one phase and one rule
        exec("INSERT INTO scenario_phase (scenario_id, position, name, months, colour) VALUES (300, 9, 'Launch', 12, '#112233')");
        exec("INSERT INTO scenario_rule (scenario_id, position, kind) VALUES (300, 9, 'REMAINING')");
    }

    @AfterAll
    static void close() {
        services.close();
    }

    static void exec(String sql) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }

    static Stream<Arguments> rules() {
        return Stream.of(
                rule("school ids are unique within a district", "SCHOOL_CODE_UNIQUE_IN_DISTRICT",
                        "INSERT INTO school (id, district_id, school_code, name, level, enrollment) VALUES (901, 101, 'A1', 'Other A1', 'high', 1)",
                        "INSERT INTO school (id, district_id, school_code, name, level, enrollment) VALUES (902, 100, 'A1', 'Second A1', 'high', 1)"),
                rule("free/reduced lunch share is 0-100", "SCHOOL_FRL_PERCENT_RANGE",
                        "UPDATE school SET frl_percent = 100 WHERE id = 200",
                        "UPDATE school SET frl_percent = 100.5 WHERE id = 200"),
                rule("free/reduced lunch share is not negative", "SCHOOL_FRL_PERCENT_RANGE",
                        "UPDATE school SET frl_percent = 0 WHERE id = 200",
                        "UPDATE school SET frl_percent = -1 WHERE id = 200"),
                rule("readiness is 0-100", "SCHOOL_READINESS_RANGE",
                        "UPDATE school SET readiness = 55 WHERE id = 200",
                        "UPDATE school SET readiness = 101 WHERE id = 200"),
                rule("enrollment is not negative", "SCHOOL_ENROLLMENT_NOT_NEGATIVE",
                        "UPDATE school SET enrollment = 0 WHERE id = 200",
                        "UPDATE school SET enrollment = -5 WHERE id = 200"),
                rule("a school level is one of the known levels", "Check constraint violation",
                        "UPDATE school SET level = 'k-8' WHERE id = 200",
                        "UPDATE school SET level = 'college' WHERE id = 200"),
                rule("a school belongs to an existing district", "FOREIGN KEY",
                        "INSERT INTO school (id, district_id, school_code, name, level, enrollment) VALUES (903, 101, 'Z9', 'Zed', 'high', 1)",
                        "INSERT INTO school (id, district_id, school_code, name, level, enrollment) VALUES (904, 999, 'Z8', 'Ghost', 'high', 1)"),
                rule("district names are unique", "DISTRICT_NAME_UNIQUE",
                        "INSERT INTO district (id, name) VALUES (905, 'East')",
                        "INSERT INTO district (id, name) VALUES (906, 'North')"),
                rule("a new row has an id (the app takes it from id_counter inside the edit; V012)", "NULL not allowed",
                        "INSERT INTO district (id, name) VALUES (907, 'West')",
                        "INSERT INTO district (name) VALUES ('South West')"),
                rule("a scenario's first school year is in range", "SCENARIO_FIRST_SCHOOL_YEAR_RANGE",
                        "UPDATE scenario SET first_school_year = 2999 WHERE id = 300",
                        "UPDATE scenario SET first_school_year = 3000 WHERE id = 300"),
                rule("a level gate's school year is in range", "SCENARIO_LEVEL_GATE_YEAR_RANGE",
                        "INSERT INTO scenario_level_gate (scenario_id, position, level, not_before) VALUES (300, 0, 'middle', 2027)",
                        "INSERT INTO scenario_level_gate (scenario_id, position, level, not_before) VALUES (300, 1, 'middle', 1800)"),
                rule("a finish-by year is in range", "SCENARIO_RULE_SCHOOL_YEAR_RANGE",
                        "INSERT INTO scenario_rule (scenario_id, position, kind, school_year) VALUES (300, 0, 'FINISH_BY', 2030)",
                        "INSERT INTO scenario_rule (scenario_id, position, kind, school_year) VALUES (300, 1, 'FINISH_BY', 20300)"),
                rule("a rule's percentage is above 0 and at most 100", "SCENARIO_RULE_PERCENT_RANGE",
                        "INSERT INTO scenario_rule (scenario_id, position, kind, percent) VALUES (300, 2, 'PERCENT_SCHOOLS', 100)",
                        "INSERT INTO scenario_rule (scenario_id, position, kind, percent) VALUES (300, 3, 'PERCENT_SCHOOLS', 120)"),
                rule("a target's percentage is above 0 and at most 100", "SCENARIO_CHECK_PERCENT_RANGE",
                        "INSERT INTO scenario_check (scenario_id, position, kind, percent, measure, milestone, deadline_kind, deadline_year) VALUES (300, 0, 'TARGET', 50, 'SCHOOLS', 'STARTED', 'START_OF', 2028)",
                        "INSERT INTO scenario_check (scenario_id, position, kind, percent, measure, milestone, deadline_kind, deadline_year) VALUES (300, 1, 'TARGET', 0, 'SCHOOLS', 'STARTED', 'START_OF', 2028)"),
                rule("a school is pinned to at most one cohort of a scenario", "SCENARIO_PIN_ONE_PER_SCHOOL",
                        "INSERT INTO scenario_pin (scenario_id, school_id, cohort) VALUES (300, 200, 1)",
                        "INSERT INTO scenario_pin (scenario_id, school_id, cohort) VALUES (300, 200, 2)"),
                rule("cohorts are numbered from 1", "SCENARIO_PIN_COHORT_POSITIVE",
                        "INSERT INTO scenario_pin (scenario_id, school_id, cohort) VALUES (300, 201, 3)",
                        "UPDATE scenario_pin SET cohort = 0 WHERE school_id = 201"),
                rule("a school is left out of a scenario at most once", "SCENARIO_EXCLUSION_ONE_PER_SCHOOL",
                        "INSERT INTO scenario_exclusion (scenario_id, school_id) VALUES (300, 201)",
                        "INSERT INTO scenario_exclusion (scenario_id, school_id) VALUES (300, 201)"),
                rule("a phase colour is a #RRGGBB colour", "SCENARIO_PHASE_COLOUR_HEX",
                        "INSERT INTO scenario_phase (scenario_id, position, name, months, colour) VALUES (300, 0, 'Design', 12, '#1A2B3C')",
                        "INSERT INTO scenario_phase (scenario_id, position, name, months, colour) VALUES (300, 1, 'Build', 12, 'blue')"),
                rule("costs are not negative", "SCENARIO_COST_NOT_NEGATIVE",
                        "INSERT INTO scenario_cost (scenario_id, position, phase, per_school) VALUES (300, 0, 'Design', 5000)",
                        "INSERT INTO scenario_cost (scenario_id, position, phase, per_school) VALUES (300, 1, 'Design', -1)"),
                rule("a workspace has one label row, naming Rollout Planner", "Check constraint violation",
                        "UPDATE workspace_info SET created_by = 'test' WHERE id = 1",
                        "UPDATE workspace_info SET application = 'other-app' WHERE id = 1"));
    }

    static Arguments rule(String rule, String named, String allowed, String forbidden) {
        return Arguments.of(rule, named, allowed, forbidden);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void theDatabaseRefusesRawSqlBreakingTheRule(String rule, String named, String allowed, String forbidden)
            throws SQLException {
        exec(allowed);
        assertThatThrownBy(() -> exec(forbidden)).as(rule).isInstanceOf(SQLException.class)
                .hasMessageContaining(named);
        assertThat(new WorkspaceCheck().checkFile(dir.resolve("test-workspace.mv.db")).problems()).isEmpty();
    }
}
