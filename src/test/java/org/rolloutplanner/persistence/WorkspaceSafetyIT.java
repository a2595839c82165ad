package org.rolloutplanner.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rolloutplanner.app.workspace.OpenMode;
import org.rolloutplanner.app.workspace.WorkspaceException;
import org.rolloutplanner.app.workspace.WorkspaceException.Kind;
import org.rolloutplanner.domain.district.DistrictProfile;
import org.rolloutplanner.domain.school.School;
import org.rolloutplanner.domain.school.SchoolLevel;

/** The promises the opener makes about the person's files: one test each. */
class WorkspaceSafetyIT {

    @TempDir
    Path dir;

    private final WorkspaceOpener opener = new WorkspaceOpener();

    @Test
    void aSecondCopyOfTheAppOnTheSameWorkspaceIsToldWhichFileIsInUse() throws Exception {
        Path file = dir.resolve("shared.mv.db");
        new WorkspaceOpener().open(file, OpenMode.CREATE_IF_MISSING).close();

        try (var other = OtherCopyOfTheApp.holding(file)) {
            for (OpenMode mode : OpenMode.values()) {
                assertThatThrownBy(() -> opener.open(file, mode))
                        .isInstanceOfSatisfying(WorkspaceException.class, e -> {
                            assertThat(e.kind()).isEqualTo(Kind.IN_USE);
                            assertThat(e.getMessage()).contains(file.toString()).contains("read-only copy")
                                    .contains("another workspace").doesNotContain("90020")
                                    .doesNotContainIgnoringCase("h2");
                        });
            }
            // what the message offers: a read-only copy can still be opened
            try (Workspace copy = opener.openReadOnlyCopy(file)) {
                assertThat(copy.readOnly()).isTrue();
                assertThat(copy.path()).isEqualTo(file);
            }
        }
        // once the other copy has closed it, the workspace opens normally
        opener.open(file, OpenMode.EXISTING).close();
    }

    @Test
    void anEditIsKeptWhenTheAppIsKilledRightAfterIt() throws Exception {
        Path file = dir.resolve("crash.mv.db");
        try (var ws = WorkspaceServices.of(opener.open(file, OpenMode.CREATE_IF_MISSING))) {
            ws.districts().create("Crash District", DistrictProfile.EMPTY);
        }

        OtherCopyOfTheApp.holding(file, "Crash District:000000000099").crash();

        try (var ws = WorkspaceServices.of(opener.open(file, OpenMode.EXISTING))) {
            var d = ws.districts().require("Crash District");
            assertThat(ws.schools().ofDistrict(d.key())).singleElement().satisfies(s -> {
                assertThat(s.id()).isEqualTo("000000000099");
                assertThat(s.enrollment()).isEqualTo(432);
            });
        }
    }

    @Test
    void aWorkspaceWrittenByANewerVersionIsRefusedAndNotTouched() throws Exception {
        Path file = dir.resolve("from-the-future.mv.db");
        var future = new WorkspaceOpener(List.of(WorkspaceOpener.DEFAULT_MIGRATIONS, "classpath:db/future"));
        future.open(file, OpenMode.CREATE_IF_MISSING).close();
        String before = sha256(file);

        assertThatThrownBy(() -> opener.open(file, OpenMode.EXISTING))
                .isInstanceOfSatisfying(WorkspaceException.class, e -> {
                    assertThat(e.kind()).isEqualTo(Kind.NEWER_VERSION);
                    assertThat(e.getMessage()).contains(file.toString()).contains("newer version")
                            .contains("format 999");
                });
        assertThatThrownBy(() -> opener.open(file, OpenMode.READ_ONLY))
                .isInstanceOfSatisfying(WorkspaceException.class, e -> assertThat(e.kind()).isEqualTo(Kind.NEWER_VERSION));

        assertThat(sha256(file)).isEqualTo(before);
        assertThat(WorkspaceFiles.of(file).backupDirectory()).doesNotExist();
    }

    @Test
    void aFailedUpdateRestoresTheBackupSoTheDataIsAsItWas() throws Exception {
        Path file = dir.resolve("old.mv.db");
        try (var services = WorkspaceServices.of(opener.open(file, OpenMode.CREATE_IF_MISSING))) {
            var d = services.districts().create("Maple Valley", DistrictProfile.EMPTY);
            services.schools().add(d.key(), new School(0, "010345000010", "Canyon High School", SchoolLevel.HIGH,
                    "09", "12", 1991, 54.1, "North", "", null, null));
        }
        Object formatBefore = schemaVersion(file);

        var failing = new WorkspaceOpener(List.of(WorkspaceOpener.DEFAULT_MIGRATIONS, "classpath:db/failing"));
        assertThatThrownBy(() -> failing.open(file, OpenMode.EXISTING))
                .isInstanceOfSatisfying(WorkspaceException.class, e -> {
                    assertThat(e.kind()).isEqualTo(Kind.MIGRATION_FAILED);
                    assertThat(e.getMessage()).contains(file.toString()).contains("backup").contains("as it was");
                });

        Path backups = WorkspaceFiles.of(file).backupDirectory();
        try (Stream<Path> zips = Files.list(backups)) {
            assertThat(zips.toList()).singleElement().satisfies(zip -> {
                assertThat(zip.getFileName().toString()).startsWith("old-before-update-").endsWith(".zip");
                assertThat(Files.size(zip)).isPositive();
            });
        }
        try (var services = WorkspaceServices.of(opener.open(file, OpenMode.EXISTING))) {
            var d = services.districts().require("Maple Valley");
            assertThat(services.schools().ofDistrict(d.key())).singleElement()
                    .satisfies(s -> assertThat(s.name()).isEqualTo("Canyon High School"));
            var dsl = services.workspace().dsl();
            assertThat(dsl.fetchValue(SCHEMA_VERSION)).isEqualTo(formatBefore).isNotEqualTo(900);
            assertThat(dsl.fetchValue("SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE NOT \"success\"")).isEqualTo(0L);
            assertThat(dsl.fetchValue("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_NAME = 'HALF_DONE'"))
                    .isEqualTo(0L);
            assertThat(dsl.fetchValue("SELECT COUNT(*) FROM INFORMATION_SCHEMA.COLUMNS WHERE COLUMN_NAME = 'HALF_DONE_COLUMN'"))
                    .isEqualTo(0L);
        }
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString()).toList()).noneMatch(n -> n.contains(".replaced-"));
        }
    }

    @Test
    void aTextFileIsNotAWorkspaceAndIsLeftUntouched() throws Exception {
        Path file = dir.resolve("notes.mv.db");
        Files.writeString(file, "shopping list: milk, eggs\n");
        assertRefusedAsNotAWorkspaceAndUnchanged(file);
    }

    @Test
    void aTextFileNamedWithoutTheWorkspaceEndingIsNotAWorkspaceAndNoWorkspaceIsCreatedBesideIt() throws Exception {
        Path file = dir.resolve("notes.txt");
        Files.writeString(file, "shopping list: milk, eggs\n");
        for (OpenMode mode : OpenMode.values()) {
            assertRefusedAsNotAWorkspaceAndUnchanged(file, mode);
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.toList()).containsExactly(file);
        }
    }

    @Test
    void anEmptyFileIsNotAWorkspaceAndIsLeftUntouched() throws Exception {
        Path file = dir.resolve("empty.mv.db");
        Files.createFile(file);
        assertRefusedAsNotAWorkspaceAndUnchanged(file);
        assertThat(Files.size(file)).isZero();
    }

    @Test
    void theDatabaseOfAnotherApplicationIsNotAWorkspaceAndIsLeftUntouched() throws Exception {
        Path base = dir.resolve("inventory");
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + base, "sa", "");
                var st = c.createStatement()) {
            st.execute("CREATE TABLE item (id INT PRIMARY KEY, name VARCHAR(50))");
            st.execute("INSERT INTO item VALUES (1, 'stapler')");
        }
        assertRefusedAsNotAWorkspaceAndUnchanged(dir.resolve("inventory.mv.db"));
        assertRefusedAsNotAWorkspaceAndUnchanged(base);
    }

    @Test
    void aPasswordProtectedDatabaseOfAnotherApplicationIsNotAWorkspaceAndIsLeftUntouched() throws Exception {
        Path base = dir.resolve("payroll");
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + base, "boss", "secret");
                var st = c.createStatement()) {
            st.execute("CREATE TABLE pay (id INT PRIMARY KEY)");
        }
        assertRefusedAsNotAWorkspaceAndUnchanged(dir.resolve("payroll.mv.db"));
    }

    @Test
    void aMissingWorkspaceOpenedAsExistingIsReportedAndNotCreated() {
        Path file = dir.resolve("sub").resolve("missing.mv.db");
        for (OpenMode mode : List.of(OpenMode.EXISTING, OpenMode.READ_ONLY)) {
            assertThatThrownBy(() -> opener.open(file, mode))
                    .isInstanceOfSatisfying(WorkspaceException.class, e -> {
                        assertThat(e.kind()).isEqualTo(Kind.NOT_FOUND);
                        assertThat(e.getMessage()).contains(file.toString());
                    });
        }
        assertThat(file).doesNotExist();
        assertThat(file.getParent()).doesNotExist();
    }

    @Test
    void aMissingWorkspaceIsCreatedOnlyWhenAskedAndThenReopens() {
        Path file = dir.resolve("new-folder").resolve("fresh");
        try (Workspace w = opener.open(file, OpenMode.CREATE_IF_MISSING)) {
            assertThat(w.created()).isTrue();
            assertThat(w.path()).isEqualTo(dir.resolve("new-folder").resolve("fresh.mv.db"));
        }
        try (Workspace w = opener.open(dir.resolve("new-folder").resolve("fresh.mv.db"), OpenMode.CREATE_IF_MISSING)) {
            assertThat(w.created()).isFalse();
        }
    }

    @Test
    void aWorkspaceOpenedReadOnlyRefusesChangesAndIsNotTouched() throws Exception {
        Path file = dir.resolve("look.mv.db");
        opener.open(file, OpenMode.CREATE_IF_MISSING).close();
        String before = sha256(file);
        try (var services = WorkspaceServices.of(opener.open(file, OpenMode.READ_ONLY))) {
            assertThat(services.workspace().readOnly()).isTrue();
            assertThatThrownBy(() -> services.districts().create("Somewhere", DistrictProfile.EMPTY))
                    .isInstanceOfSatisfying(WorkspaceException.class, e -> assertThat(e.kind()).isEqualTo(Kind.READ_ONLY));
        }
        assertThat(sha256(file)).isEqualTo(before);
    }

    private void assertRefusedAsNotAWorkspaceAndUnchanged(Path file) throws Exception {
        assertRefusedAsNotAWorkspaceAndUnchanged(file, OpenMode.EXISTING);
        assertRefusedAsNotAWorkspaceAndUnchanged(file, OpenMode.CREATE_IF_MISSING);
        assertRefusedAsNotAWorkspaceAndUnchanged(file, OpenMode.READ_ONLY);
    }

    private void assertRefusedAsNotAWorkspaceAndUnchanged(Path given, OpenMode mode) throws Exception {
        Path data = Files.exists(given) ? given : WorkspaceFiles.of(given).dataFile();
        String before = sha256(data);
        long filesBefore = countFiles();
        assertThatThrownBy(() -> opener.open(given, mode))
                .as("opening %s with %s", given, mode)
                .isInstanceOfSatisfying(WorkspaceException.class, e -> {
                    assertThat(e.kind()).isEqualTo(Kind.NOT_A_WORKSPACE);
                    assertThat(e.getMessage()).contains(data.getFileName().toString()).contains("untouched");
                });
        assertThat(sha256(data)).isEqualTo(before);
        assertThat(countFiles()).isEqualTo(filesBefore);
    }

    private long countFiles() throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.count();
        }
    }

    private static final String SCHEMA_VERSION =
            "SELECT MAX(CAST(\"version\" AS INT)) FROM \"flyway_schema_history\" WHERE \"success\"";

    private Object schemaVersion(Path file) {
        try (Workspace w = opener.open(file, OpenMode.READ_ONLY)) {
            return w.dsl().fetchValue(SCHEMA_VERSION);
        }
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
