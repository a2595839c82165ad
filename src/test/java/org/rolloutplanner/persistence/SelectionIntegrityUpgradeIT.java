package org.rolloutplanner.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rolloutplanner.app.workspace.OpenMode;
import org.rolloutplanner.domain.selection.Score;
import org.rolloutplanner.domain.selection.TieBreak;

/**
 * A workspace saved before V011 (which could hold a score of a reviewer with a conflict of interest, left out of every
 * aggregate) opened by this version: that score is removed, every other score stays, and the round gets the default
 * tie-break order and is not blind.
 */
class SelectionIntegrityUpgradeIT {

    @TempDir
    Path dir;

    /** Every migration this version ships before V011, copied (they never change). */
    private Path migrationsBeforeV011() throws IOException, URISyntaxException {
        Path folder = Files.createDirectories(dir.resolve("before-v011"));
        Path shipped = Path.of(getClass().getResource("/db/migration").toURI());
        try (Stream<Path> files = Files.list(shipped)) {
            for (Path f : files.toList()) {
                String name = f.getFileName().toString();
                if (name.matches("V0*([1-9]|10)__.*\\.sql")) {
                    Files.copy(f, folder.resolve(name));
                }
            }
        }
        return folder;
    }

    @Test
    void aConflictedPairsScoreIsRemovedAndTheOthersStay() throws Exception {
        Path file = dir.resolve("older.mv.db");
        var olderApp = new WorkspaceOpener(List.of("filesystem:" + migrationsBeforeV011()));
        long round;
        try (var ws = WorkspaceServices.of(olderApp.open(file, OpenMode.CREATE_IF_MISSING))) {
            var dsl = ws.workspace().dsl();
            OlderVersionRows.districtWithSchools(dsl, 2);
            // what the previous version wrote: a conflict declared after Ana had scored S-01
            dsl.execute("INSERT INTO selection_round (id, district_id, name, seats, created_at, updated_at) "
                    + "VALUES (1, ?, 'Pilot', 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)", 1L);
            for (int i = 1; i <= 2; i++) {
                dsl.execute("INSERT INTO selection_applicant (id, round_id, school_id) SELECT ?, 1, id FROM school "
                        + "WHERE district_id = ? AND school_code = ?", 10 + i, 1L, "S-0" + i);
            }
            dsl.execute("INSERT INTO selection_criterion (id, round_id, position, code, name, kind, weight, rubric_min, rubric_max) "
                    + "VALUES (20, 1, 0, 'C1', 'Leadership', 'PREFERRED', 1, 1, 4)");
            dsl.execute("INSERT INTO selection_reviewer (id, round_id, code, name) VALUES (30, 1, 'AB', 'Ana Berg')");
            dsl.execute("INSERT INTO selection_score (round_id, reviewer_id, applicant_id, criterion_id, rubric_min, rubric_max, "
                    + "score) VALUES (1, 30, 11, 20, 1, 4, 4), (1, 30, 12, 20, 1, 4, 2)");
            dsl.execute("INSERT INTO selection_conflict (round_id, reviewer_id, applicant_id) VALUES (1, 30, 11)");
            round = 1;
        }

        try (var ws = WorkspaceServices.of(new WorkspaceOpener().open(file, OpenMode.EXISTING))) {
            var contents = ws.selection().load(round);
            assertThat(contents.scores()).containsExactly(new Score("AB", "S-02", "C1", 2));
            assertThat(contents.conflicts()).hasSize(1);
            assertThat(contents.round().tieBreaks()).isEqualTo(TieBreak.DEFAULT);
            assertThat(contents.round().blind()).isFalse();
        }
    }
}
