package org.rolloutplanner.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rolloutplanner.app.importing.ImportOutcome;
import org.rolloutplanner.app.importing.ImportPreview;
import org.rolloutplanner.app.importing.ImportRequest;
import org.rolloutplanner.app.importing.ImportService;
import org.rolloutplanner.app.importing.SchoolImportRepository;
import org.rolloutplanner.app.importing.WriteProgress;
import org.rolloutplanner.domain.common.FileProblemsException;
import org.rolloutplanner.domain.district.District;
import org.rolloutplanner.domain.school.School;
import org.rolloutplanner.io.importing.CcdImporter;
import org.rolloutplanner.io.importing.ImportBatch;
import org.rolloutplanner.io.importing.ImportProgress;
import org.rolloutplanner.io.importing.SchoolFileImporter.FileSettings;

/** Importing into a real workspace: preview, one transaction, re-import by id, custom attributes. */
class ImportServiceIT {

    @TempDir
    Path dir;
    WorkspaceServices ws;

    @BeforeEach
    void open() {
        ws = FreshWorkspace.in(dir);
    }

    @AfterEach
    void close() {
        ws.close();
    }

    ImportBatch read(String name, String csv) throws IOException {
        Path f = Files.writeString(dir.resolve(name), csv, StandardCharsets.UTF_8);
        return ImportService.read(new ImportRequest(List.of(FileSettings.guessed(f)), ImportRequest.Mode.AUTO,
                CcdImporter.Filter.none(), "Riverside"), ImportProgress.NONE);
    }

    static final String FIRST_YEAR = """
            id,name,level,enrollment,frl_percent,region,Principal
            00101,Adams Elementary,elementary,400,60,North,Ms. Reyes
            00102,Baker Middle,middle,600,55,South,Mr. Cole
            00103,Carver High,high,1200,40,East,Dr. Lee
            """;

    @Test
    void aFirstImportCreatesTheDistrictWithItsSchoolsAndAttributes() throws Exception {
        ImportOutcome o = ws.imports().apply("Riverside", true, read("y1.csv", FIRST_YEAR), false);

        assertThat(o.added()).isEqualTo(3);
        District d = ws.districts().require("Riverside");
        List<School> schools = ws.schools().ofDistrict(d.key());
        assertThat(schools).extracting(School::id).containsExactly("00101", "00102", "00103");
        Map<Long, Map<String, String>> attrs = ws.imports().attributesOfDistrict(d.key());
        assertThat(attrs.get(schools.getFirst().key())).containsExactly(Map.entry("Principal", "Ms. Reyes"));
    }

    @Test
    void reImportPreviewsNewChangedAndMissingSchoolsThenUpdatesByIdWithoutDuplicates() throws Exception {
        ws.imports().apply("Riverside", true, read("y1.csv", FIRST_YEAR), false);
        long adamsKey = ws.schools().ofDistrict(ws.districts().require("Riverside").key()).getFirst().key();
        ImportBatch next = read("y2.csv", """
                id,name,enrollment,Principal
                00101,Adams Elementary,430,Ms. Reyes
                00102,Baker Middle,600,Mr. Cole
                00104,Douglass Elementary,350,Mr. Park
                """);

        ImportPreview p = ws.imports().preview("Riverside", next);

        assertThat(p.added()).extracting(s -> s.school().id()).containsExactly("00104");
        assertThat(p.changed()).singleElement().satisfies(c -> {
            assertThat(c.before().id()).isEqualTo("00101");
            assertThat(c.changes()).extracting(ImportPreview.FieldChange::describe).containsExactly("Enrollment: 400 → 430");
        });
        assertThat(p.unchanged()).extracting(School::id).containsExactly("00102");
        assertThat(p.missing()).extracting(School::id).containsExactly("00103");
        assertThat(ws.schools().ofDistrict(ws.districts().require("Riverside").key())).hasSize(3);

        ImportOutcome o = ws.imports().apply("Riverside", false, next, false);

        assertThat(o).extracting(ImportOutcome::added, ImportOutcome::updated, ImportOutcome::unchanged,
                ImportOutcome::missing).containsExactly(1, 1, 1, 1);
        List<School> after = ws.schools().ofDistrict(ws.districts().require("Riverside").key());
        assertThat(after).extracting(School::id).containsExactly("00101", "00102", "00103", "00104");
        School adams = after.getFirst();
        assertThat(adams.key()).as("same school, updated in place").isEqualTo(adamsKey);
        assertThat(adams.enrollment()).isEqualTo(430);
        assertThat(adams.region()).as("a column the new file lacks is left as it was").isEqualTo("North");
        assertThat(adams.level().code()).isEqualTo("elementary");
    }

    @Test
    void aFailureInTheMiddleOfWritingLeavesTheWorkspaceExactlyAsItWas() throws Exception {
        ws.imports().apply("Riverside", true, read("y1.csv", FIRST_YEAR), false);
        District d = ws.districts().require("Riverside");
        List<School> before = ws.schools().ofDistrict(d.key());
        Map<Long, Map<String, String>> attrsBefore = ws.imports().attributesOfDistrict(d.key());
        var real = new JooqSchoolImportRepository(ws.workspace().dsl());
        SchoolImportRepository failing = new SchoolImportRepository() {
            @Override
            public List<School> insertAll(long districtKey, List<School> schools, IntConsumer written) {
                return real.insertAll(districtKey, schools, written);
            }

            @Override
            public void updateAll(List<School> schools, IntConsumer written) {
                real.updateAll(schools, written);
            }

            @Override
            public void insertAttributes(Map<Long, Map<String, String>> attributes, IntConsumer written) {
                throw new IllegalStateException("disk full (injected)");
            }

            @Override
            public Map<Long, Map<String, String>> attributesOfDistrict(long districtKey) {
                return real.attributesOfDistrict(districtKey);
            }

            @Override
            public void putAttributes(Map<Long, Map<String, String>> attributes, IntConsumer written) {
                throw new IllegalStateException("disk full (injected)");
            }
        };
        var service = new ImportService(new JooqDistrictRepository(ws.workspace().dsl()),
                new JooqSchoolRepository(ws.workspace().dsl()), failing, ws.transactions());
        ImportBatch next = read("y2.csv", """
                id,name,level,enrollment,frl_percent,region,Principal
                00101,Adams Elementary,elementary,999,60,North,Someone Else
                00105,Eaton High,high,800,30,West,Mr. New
                """);

        assertThatThrownBy(() -> service.apply("Riverside", false, next, false)).hasMessageContaining("injected");
        assertThatThrownBy(() -> service.apply("Newtown", true, next, false)).hasMessageContaining("injected");

        assertThat(ws.schools().ofDistrict(d.key())).isEqualTo(before);
        assertThat(ws.imports().attributesOfDistrict(d.key())).isEqualTo(attrsBefore);
        assertThat(ws.districts().byName("Newtown")).as("the district created by the failed import is gone too").isEmpty();
    }

    @Test
    void rowsWithProblemsRefuseTheWholeImportUnlessSkipped() throws Exception {
        ImportBatch bad = read("bad.csv", """
                id,name,level,enrollment
                1,One,high,100
                2,Two,high,-4
                """);

        assertThatThrownBy(() -> ws.imports().apply("Riverside", true, bad, false))
                .isInstanceOf(FileProblemsException.class).hasMessageContaining("bad.csv, row 3, column enrollment");
        assertThat(ws.districts().byName("Riverside")).isEmpty();

        ImportOutcome o = ws.imports().apply("Riverside", true, bad, true);
        assertThat(o.added()).isEqualTo(1);
        assertThat(o.rejected()).isEqualTo(1);
    }

    @Test
    void moreSchoolsThanOneBatchAreAllWritten() throws Exception {
        StringBuilder sb = new StringBuilder("id,name,level,enrollment,frl_percent\n");
        for (int i = 0; i < 2500; i++) {
            sb.append(String.format("%06d", i)).append(",School ").append(i).append(",high,").append(i % 900)
                    .append(',').append(i % 100).append('\n');
        }
        ImportOutcome o = ws.imports().apply("Big", true, read("big.csv", sb.toString()), false);

        assertThat(o.added()).isEqualTo(2500);
        assertThat(ws.districts().schoolCount(ws.districts().require("Big"))).isEqualTo(2500);
    }

    static String bigCsv(int rows, String principalPrefix) {
        StringBuilder sb = new StringBuilder("id,name,level,enrollment,frl_percent,Principal\n");
        for (int i = 0; i < rows; i++) {
            sb.append(String.format("%06d", i)).append(",School ").append(i).append(",high,").append(i % 900)
                    .append(',').append(i % 100).append(',').append(principalPrefix).append(i).append('\n');
        }
        return sb.toString();
    }

    @Test
    void writingReportsRowsWrittenUpToTheTotalAndKeepsEveryRowsAttribute() throws Exception {
        List<long[]> reports = new java.util.ArrayList<>();
        ImportOutcome o = ws.imports().apply("Big", true, read("big.csv", bigCsv(2537, "P")), false,
                (done, total) -> reports.add(new long[] {done, total}));

        assertThat(o.added()).isEqualTo(2537);
        assertThat(reports).as("several reports while writing").hasSizeGreaterThan(2);
        assertThat(reports.getLast()).as("2,537 schools and 2,537 principals").containsExactly(5074, 5074);
        for (int i = 1; i < reports.size(); i++) {
            assertThat(reports.get(i)[0]).isGreaterThanOrEqualTo(reports.get(i - 1)[0]);
        }
        District d = ws.districts().require("Big");
        List<School> schools = ws.schools().ofDistrict(d.key());
        Map<Long, Map<String, String>> attrs = ws.imports().attributesOfDistrict(d.key());
        assertThat(schools).hasSize(2537);
        for (School s : schools) {
            assertThat(attrs.get(s.key())).containsExactly(Map.entry("Principal", "P" + Integer.parseInt(s.id())));
        }
    }

    @Test
    void cancellingWhileWritingLeavesTheWorkspaceExactlyAsItWas() throws Exception {
        ws.imports().apply("Big", true, read("big.csv", bigCsv(2100, "P")), false);
        District d = ws.districts().require("Big");
        List<School> before = ws.schools().ofDistrict(d.key());
        Map<Long, Map<String, String>> attrsBefore = ws.imports().attributesOfDistrict(d.key());
        ImportBatch next = read("next.csv", bigCsv(4500, "Q")); // 2,100 changed, 2,400 new

        WriteProgress cancelMidway = (done, total) -> {
            if (done > 0 && done < total) {
                throw new java.util.concurrent.CancellationException("cancelled");
            }
        };
        assertThatThrownBy(() -> ws.imports().apply("Big", false, next, false, cancelMidway))
                .isInstanceOf(java.util.concurrent.CancellationException.class);
        assertThatThrownBy(() -> ws.imports().apply("Other", true, next, false, cancelMidway))
                .isInstanceOf(java.util.concurrent.CancellationException.class);

        assertThat(ws.schools().ofDistrict(d.key())).isEqualTo(before);
        assertThat(ws.imports().attributesOfDistrict(d.key())).isEqualTo(attrsBefore);
        assertThat(ws.districts().byName("Other")).isEmpty();
    }
}
