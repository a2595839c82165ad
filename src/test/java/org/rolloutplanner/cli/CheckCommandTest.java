package org.rolloutplanner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rolloutplanner.app.district.SampleDistrict;
import org.rolloutplanner.app.workspace.OpenMode;
import org.rolloutplanner.persistence.WorkspaceBackups;
import org.rolloutplanner.persistence.WorkspaceOpener;
import org.rolloutplanner.persistence.WorkspaceServices;

/** {@code check --workspace FILE} as a person or a script uses it. */
class CheckCommandTest {

    @TempDir
    Path dir;

    record Run(int exitCode, String out, String err) {
    }

    static Run run(String... args) {
        var out = new StringWriter();
        var err = new StringWriter();
        var cl = Main.newCommandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    private Path sampleWorkspace(boolean withBackup) {
        Path ws = dir.resolve("plan.mv.db");
        try (var s = WorkspaceServices.of(new WorkspaceOpener().open(ws, OpenMode.CREATE_IF_MISSING))) {
            SampleDistrict.create(s.districts());
            if (withBackup) {
                WorkspaceBackups.backup(s.workspace(), WorkspaceBackups.Kind.OPENED, 10);
            }
        }
        return ws;
    }

    @Test
    void aHealthyWorkspaceIsReportedHealthyAndTheFileIsNotChangedByteForByte() throws Exception {
        Path ws = sampleWorkspace(false);
        byte[] before = Files.readAllBytes(ws);
        var modified = Files.getLastModifiedTime(ws);

        Run r = run("check", "--workspace", ws.toString());

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("is healthy").contains("rows").contains("rules checked");
        assertThat(Files.readAllBytes(ws)).isEqualTo(before);
        assertThat(Files.getLastModifiedTime(ws)).isEqualTo(modified);
        assertThat(dir.resolve("plan.lock.db")).doesNotExist();
    }

    @Test
    void aTruncatedWorkspaceIsDamagedAndTheNewestUsableBackupIsNamed() throws Exception {
        Path ws = sampleWorkspace(true);
        long size = Files.size(ws);
        try (var ch = Files.newByteChannel(ws, StandardOpenOption.WRITE)) {
            ch.truncate(size / 4); // the data of the sample district lies in the first half
        }
        byte[] before = Files.readAllBytes(ws);

        Run r = run("check", "--workspace", ws.toString());

        assertThat(r.exitCode()).as(r.out() + r.err()).isEqualTo(3);
        assertThat(r.err()).contains("is DAMAGED").contains("Newest usable backup").contains("plan-opened-")
                .doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("rollout-planner-check");
        assertThat(Files.readAllBytes(ws)).isEqualTo(before);
    }

    @Test
    void aTextFileIsNotAWorkspace() throws Exception {
        Path notes = dir.resolve("notes.mv.db");
        Files.writeString(notes, "Meeting notes: start with the elementary schools.\n");

        Run r = run("check", "--workspace", notes.toString());

        assertThat(r.exitCode()).isEqualTo(4);
        assertThat(r.err()).contains("is not a Rollout Planner workspace");
    }

    @Test
    void aMissingFileIsBadInput() {
        Run r = run("check", "--workspace", dir.resolve("nothing-here").toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("There is no workspace at");
    }
}
