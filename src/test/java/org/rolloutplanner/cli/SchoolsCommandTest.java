package org.rolloutplanner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rolloutplanner.app.AppInfo;
import org.rolloutplanner.app.district.SampleDistrict;
import org.rolloutplanner.app.workspace.OpenMode;
import org.rolloutplanner.domain.district.DistrictProfile;
import org.rolloutplanner.io.RosterCsv;
import org.rolloutplanner.persistence.OtherCopyOfTheApp;
import org.rolloutplanner.persistence.WorkspaceOpener;
import org.rolloutplanner.persistence.WorkspaceServices;

/** The command line as a script uses it: exit code, standard output, standard error. */
class SchoolsCommandTest {

    @TempDir
    static Path dir;
    static Path workspace;

    record Run(int exitCode, String out, String err) {
        List<String> lines() {
            return out.lines().toList();
        }
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

    @BeforeAll
    static void workspaceWithTheSampleDistrict() {
        workspace = dir.resolve("cli.mv.db");
        try (var ws = WorkspaceServices.of(new WorkspaceOpener().open(workspace, OpenMode.CREATE_IF_MISSING))) {
            SampleDistrict.create(ws.districts());
            ws.districts().create("Empty District", DistrictProfile.EMPTY);
        }
    }

    @Test
    void printsTheDistrictsSchoolsAsRosterCsvWithIdsAsWritten() {
        Run r = run("schools", "--workspace", workspace.toString(), "--district", SampleDistrict.NAME, "--format", "csv");

        assertThat(r.exitCode()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.lines().getFirst())
                .startsWith("id,name,level,enrollment,frl_percent,region,readiness,")
                .isEqualTo("id,name,level,enrollment,frl_percent,region,readiness,feeder,grade_low,grade_high,teachers");
        assertThat(r.lines()).hasSize(51)
                .contains("010345000010,Canyon High School,high,1991,54.1,North,36,Canyon feeder,09,12,127.3");
        assertThat(r.lines().subList(1, 51)).allMatch(line -> line.matches("\\d{12},.*"));
    }

    @Test
    void theOutputReadsBackAsTheSameRosterAsTheSampleFile() throws Exception {
        Run r = run("schools", "--workspace", workspace.toString(), "--district", SampleDistrict.NAME);
        Path printed = dir.resolve("printed.csv");
        Files.writeString(printed, r.out());
        assertThat(RosterCsv.read(printed)).containsExactlyInAnyOrderElementsOf(
                SampleDistrict.schools().stream().map(s -> s.withKey(0)).toList());
    }

    @Test
    void theWorkspaceMayBeNamedWithoutItsEndingAndTheDistrictInAnyCase() {
        String withoutEnding = workspace.toString().replace(".mv.db", "");
        Run r = run("schools", "--workspace", withoutEnding, "--district", SampleDistrict.NAME.toUpperCase());
        assertThat(r.exitCode()).isZero();
        assertThat(r.lines()).hasSize(51);
    }

    @Test
    void whileTheWindowHasTheWorkspaceOpenTheCommandReadsItsLastSavedStateAndSaysSo() throws Exception {
        try (var window = OtherCopyOfTheApp.holding(workspace)) {
            Run r = run("schools", "--workspace", workspace.toString(), "--district", SampleDistrict.NAME);
            assertThat(r.exitCode()).isZero();
            assertThat(r.lines()).hasSize(51);
            assertThat(r.err()).contains(workspace.toString()).contains("open in another copy");
        }
    }

    @Test
    void aDistrictWithoutSchoolsPrintsOnlyTheHeader() {
        Run r = run("schools", "--workspace", workspace.toString(), "--district", "Empty District");
        assertThat(r.exitCode()).isZero();
        assertThat(r.lines()).containsExactly(RosterCsv.header());
    }

    @Test
    void anUnknownDistrictExitsWithTwoAndListsTheDistricts() {
        Run r = run("schools", "--workspace", workspace.toString(), "--district", "Atlantis");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("Atlantis").contains(SampleDistrict.NAME).contains("Empty District");
    }

    @Test
    void aMissingWorkspaceIsReportedAndNotCreated() {
        Path missing = dir.resolve("nowhere.mv.db");
        Run r = run("schools", "--workspace", missing.toString(), "--district", "X");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains(missing.toString()).doesNotContain("Exception");
        assertThat(missing).doesNotExist();
    }

    @Test
    void aFileThatIsNotAWorkspaceIsRefusedWithItsOwnExitCode() throws Exception {
        Path text = dir.resolve("notes.txt");
        Files.writeString(text, "hello");
        Run r = run("schools", "--workspace", text.toString(), "--district", "X");
        assertThat(r.exitCode()).isEqualTo(4);
        assertThat(r.err()).contains("notes.txt").contains("not a Rollout Planner workspace");
        assertThat(Files.readString(text)).isEqualTo("hello");
    }

    @Test
    void aMissingDistrictOptionIsABadCommandLine() {
        Run r = run("schools", "--workspace", workspace.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("--district");
    }

    @Test
    void anUnknownFormatIsABadCommandLine() {
        Run r = run("schools", "--workspace", workspace.toString(), "--district", SampleDistrict.NAME, "--format", "pdf");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("pdf").contains("csv");
    }

    @Test
    void helpListsTheSubcommands() {
        Run r = run("--help");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("Usage: rollout-planner").contains("Commands:").contains("schools")
                .contains("--version");
    }

    @Test
    void schoolsHelpNamesItsOptions() {
        Run r = run("schools", "--help");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("--workspace").contains("--district").contains("--format");
    }

    @Test
    void versionPrintsTheApplicationNameAndVersion() {
        Run r = run("--version");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out().strip()).isEqualTo(AppInfo.NAME + " " + AppInfo.version());
    }

    @Test
    void runReturnsTheExitCodeInsteadOfEndingTheProgram() {
        assertThat(Main.run("--version")).isZero();
        assertThat(Main.run("no-such-command")).isEqualTo(2);
    }
}
