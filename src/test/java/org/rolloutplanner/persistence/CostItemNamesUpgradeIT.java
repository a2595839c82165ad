package org.rolloutplanner.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rolloutplanner.app.workspace.OpenMode;
import org.rolloutplanner.domain.rollout.PhaseCost;
import org.rolloutplanner.domain.rollout.Plan;
import org.rolloutplanner.domain.rollout.Scenario;
import org.rolloutplanner.domain.rollout.SchoolYear;

/**
 * A workspace saved before cost items had names (migrations V001–V004 only) opened by this version: it is backed up,
 * updated by V005, and its cost items come back, called after their phase, with the same money per school year.
 */
class CostItemNamesUpgradeIT {

    private static final List<String> BEFORE_NAMES = List.of("V001__workspace.sql", "V002__districts.sql",
            "V003__schools.sql", "V004__scenarios.sql");

    @TempDir
    Path dir;

    /** The migrations an app of the previous version shipped, copied from this version's (they never change). */
    private Path previousVersionMigrations() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("v004-migrations"));
        for (String name : BEFORE_NAMES) {
            try (InputStream in = getClass().getResourceAsStream("/db/migration/" + name)) {
                assertThat(in).as(name).isNotNull();
                Files.copy(in, folder.resolve(name));
            }
        }
        return folder;
    }

    @Test
    void costItemsOfAnOlderWorkspaceGetTheirPhaseAsNameAndKeepTheirMoney() throws Exception {
        Path file = dir.resolve("older.mv.db");
        var olderApp = new WorkspaceOpener(List.of("filesystem:" + previousVersionMigrations()));
        long districtKey;
        try (var ws = WorkspaceServices.of(olderApp.open(file, OpenMode.CREATE_IF_MISSING))) {
            var dsl = ws.workspace().dsl();
            assertThat(dsl.fetchValue("SELECT MAX(\"version\") FROM \"flyway_schema_history\"")).isEqualTo("004");
            districtKey = 1;
            OlderVersionRows.districtWithSchools(dsl, 4);
            // what the previous version wrote for a scenario with a planning grant and a per-student launch cost
            dsl.execute("INSERT INTO scenario (id, district_id, name, first_school_year, created_at, updated_at) "
                    + "VALUES (1, ?, 'Two a year', 2015, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)", 1L);
            dsl.execute("INSERT INTO scenario_phase VALUES (1, 0, 'Planning', 12, '#4C78A8'), (1, 1, 'Launch', 12, '#F58518')");
            dsl.execute("INSERT INTO scenario_rule (scenario_id, position, kind, count_low, count_high) "
                    + "VALUES (1, 0, 'SCHOOLS_PER_YEAR', 2, 2)");
            dsl.execute("INSERT INTO scenario_cost VALUES (1, 0, 'Planning', 100000, 0), (1, 1, 'Launch', 0, 50)");
        }

        try (var ws = WorkspaceServices.of(new WorkspaceOpener().open(file, OpenMode.EXISTING))) {
            var saved = ws.scenarios().ofDistrict(districtKey).getFirst();
            assertThat(saved.scenario().costs()).containsExactly(new PhaseCost("", "Planning", 100_000, 0),
                    new PhaseCost("", "Launch", 0, 50));
            Plan plan = ws.scenarios().plan(districtKey, saved.scenario());
            assertThat(plan.costItemNames()).containsExactly("Planning costs", "Launch costs");
            // two schools plan in 2015-16, two more in 2016-17; the first two launch in 2016-17 (1,000 students)
            assertThat(plan.cost(SchoolYear.parse("2015-16"), "Planning costs")).isEqualTo(200_000);
            assertThat(plan.cost(SchoolYear.parse("2016-17"), "Launch costs")).isEqualTo(50_000);

            // names can be given from now on, and are kept
            var s = saved.scenario();
            var named = new Scenario(s.calendar(), s.phases(), s.rules(), s.order(), s.rounding(), s.gates(), s.pins(),
                    s.exclusions(), s.partial(), s.overrides(), s.checks(), List.of(s.costs().get(0).withName("Planning grant"),
                            s.costs().get(1).withName("Coaching")));
            ws.scenarios().update(saved, named);
            assertThat(ws.scenarios().ofDistrict(districtKey).getFirst().scenario().costs()).extracting(PhaseCost::item)
                    .containsExactly("Planning grant", "Coaching");
        }
        try (Stream<Path> backups = Files.list(WorkspaceFiles.of(file).backupDirectory())) {
            assertThat(backups.toList()).singleElement()
                    .satisfies(zip -> assertThat(zip.getFileName().toString()).startsWith("older-before-update-"));
        }
    }
}
