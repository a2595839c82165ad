package org.rolloutplanner.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A small damaged-file corpus in the normal build (the full run of 300 files is in docs/reliability.md). */
class DamagedFileCorpusIT {

    @TempDir
    Path dir;

    @Test
    void everyDamagedOrForeignFileIsJudgedCorrectlyWithoutCrashOrHang() throws Exception {
        var r = DamagedFileCorpus.run(dir, 30, 42);

        assertThat(r.failures()).isEmpty();
        assertThat(r.crashes()).isZero();
        assertThat(r.hangs()).isZero();
        assertThat(r.misclassified()).isZero();
        assertThat(r.verdicts()).containsKeys("NOT_A_WORKSPACE", "DAMAGED");
    }
}
