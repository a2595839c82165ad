package org.rolloutplanner.ui.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rolloutplanner.app.workspace.OpenMode;
import org.rolloutplanner.domain.common.FileProblem;
import org.rolloutplanner.domain.district.DistrictProfile;
import org.rolloutplanner.domain.school.School;
import org.rolloutplanner.domain.school.SchoolLevel;
import org.rolloutplanner.io.importing.ImportField;
import org.rolloutplanner.persistence.WorkspaceOpener;
import org.rolloutplanner.persistence.WorkspaceServices;
import org.rolloutplanner.ui.common.SynchronousTaskRunner;
import org.rolloutplanner.ui.common.TaskRunner;
import org.rolloutplanner.ui.importing.ImportWizardViewModel.Step;

/** The import wizard without a screen, on a real workspace, with work run at once. */
class ImportWizardViewModelTest {

    @TempDir
    static Path dir;
    static int n;
    static WorkspaceServices ws;
    ImportWizardViewModel vm;
    int imported;
    String district;

    @BeforeAll
    static void workspace() {
        ws = WorkspaceServices.of(new WorkspaceOpener().open(dir.resolve("wizard.mv.db"), OpenMode.CREATE_IF_MISSING));
    }

    @AfterAll
    static void close() {
        ws.close();
    }

    /** Each test has a district of its own: Riverside 1, Riverside 2… */
    @BeforeEach
    void districtWithTwoSchools() {
        district = "Riverside " + (++n);
        var d = ws.districts().createWithSchools(district, DistrictProfile.EMPTY, List.of(
                new School(0, "00101", "Adams Elementary", SchoolLevel.ELEMENTARY, "", "", 400, 60.0, "North", "", null, null),
                new School(0, "00109", "Old School", SchoolLevel.HIGH, "", "", 100, null, "", "", null, null)));
        vm = new ImportWizardViewModel(new SynchronousTaskRunner(), ws.imports(), d.name(), () -> imported++, Runnable::run);
    }

    Path csv(String text) throws IOException {
        return Files.writeString(dir.resolve("schools-" + n + ".csv"), text, StandardCharsets.UTF_8);
    }

    @Test
    void theHappyPathShowsTheColumnsThenTheChangesAndWritesOnlyOnConfirm() throws IOException {
        Path f = csv("""
                Code,School Name,Type,Students,Principal
                00101,Adams Elementary,Elementary,420,Ms. Reyes
                00102,Baker Middle,Middle,600,Mr. Cole
                """);

        vm.chooseFiles(() -> List.of(f));

        assertThat(vm.stepProperty().get()).isEqualTo(Step.MAPPING);
        assertThat(vm.columns()).extracting(ImportWizardViewModel.ColumnRow::header)
                .containsExactly("Code", "School Name", "Type", "Students", "Principal");
        assertThat(vm.columns()).extracting(c -> c.fieldProperty().get()).containsExactly(ImportField.ID, ImportField.NAME,
                ImportField.ATTRIBUTE, ImportField.ENROLLMENT, ImportField.ATTRIBUTE);
        assertThat(vm.columns().get(3).samples()).isEqualTo("420 | 600");

        vm.columns().get(2).fieldProperty().set(ImportField.LEVEL); // "Type" is the level here
        vm.readFiles();

        assertThat(vm.stepProperty().get()).isEqualTo(Step.PREVIEW);
        assertThat(vm.changes()).containsExactly(
                "New: Baker Middle (00102)",
                "Changed: Adams Elementary (00101): Enrollment: 400 → 420; Principal: (empty) → Ms. Reyes",
                "Not in the files (kept): Old School (00109)");
        assertThat(vm.summaryProperty().get()).startsWith("1 new, 1 changed, 0 unchanged, 1 not in the files (kept)");
        assertThat(ws.schools().ofDistrict(ws.districts().require(district).key())).hasSize(2);

        vm.confirm();

        assertThat(vm.stepProperty().get()).isEqualTo(Step.DONE);
        assertThat(vm.summaryProperty().get()).startsWith("Added 1 school, updated 1, unchanged 0, rejected 0 rows.");
        assertThat(imported).isEqualTo(1);
        assertThat(ws.schools().ofDistrict(ws.districts().require(district).key()))
                .extracting(School::id, School::enrollment, School::level)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("00101", 420, SchoolLevel.ELEMENTARY),
                        org.assertj.core.groups.Tuple.tuple("00102", 600, SchoolLevel.MIDDLE),
                        org.assertj.core.groups.Tuple.tuple("00109", 100, SchoolLevel.HIGH));
    }

    @Test
    void problemsAreListedAndTheBadRowsCanBeSkipped() throws IOException {
        Path f = csv("id,name,level,enrollment\n00102,Baker,middle,600\n00103,,high,100\n00104,Castle,castle,5\n");
        vm.chooseFiles(() -> List.of(f));

        vm.readFiles();

        assertThat(vm.stepProperty().get()).isEqualTo(Step.PROBLEMS);
        assertThat(vm.problems()).extracting(FileProblem::row, FileProblem::column).containsExactly(
                org.assertj.core.groups.Tuple.tuple(3, "name"), org.assertj.core.groups.Tuple.tuple(4, "level"));
        assertThat(vm.canSkipProperty().get()).isTrue();

        vm.skipBadRows();
        assertThat(vm.stepProperty().get()).isEqualTo(Step.PREVIEW);
        assertThat(vm.summaryProperty().get()).contains("2 rows left out");
        vm.confirm();

        assertThat(ws.schools().ofDistrict(ws.districts().require(district).key())).extracting(School::id)
                .containsExactly("00101", "00102", "00109");
    }

    @Test
    void aMappingWithoutAnIdSaysSoAndStaysOnTheMappingStep() throws IOException {
        Path f = csv("id,name,level,enrollment\n1,One,high,100\n");
        vm.chooseFiles(() -> List.of(f));
        vm.columns().getFirst().fieldProperty().set(ImportField.IGNORE);

        vm.readFiles();

        assertThat(vm.stepProperty().get()).isEqualTo(Step.MAPPING);
        assertThat(vm.messageProperty().get()).startsWith("No column is mapped to School ID");
    }

    @Test
    void fixMappingGoesBackAndCancelClosesWithoutWriting() throws IOException {
        Path f = csv("id,name,level,enrollment\n1,,high,100\n");
        vm.chooseFiles(() -> List.of(f));
        vm.readFiles();

        vm.fixMapping();
        assertThat(vm.stepProperty().get()).isEqualTo(Step.MAPPING);
        vm.cancel();

        assertThat(vm.closedProperty().get()).isTrue();
        assertThat(ws.schools().ofDistrict(ws.districts().require(district).key())).hasSize(2);
    }

    @Test
    void cancellingWhileReadingStopsAndWritesNothing() throws IOException {
        StringBuilder sb = new StringBuilder("id,name,level,enrollment\n");
        for (int i = 0; i < 20_000; i++) {
            sb.append(i).append(",S").append(i).append(",high,10\n");
        }
        Path f = csv(sb.toString());
        // a runner that lets the "person" press Cancel while the work runs
        TaskRunner cancelling = new TaskRunner() {
            @Override
            public <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
                if (vm.busyProperty().get() && vm.progressProperty().get().startsWith("Reading")) {
                    vm.cancel();
                }
                new SynchronousTaskRunner().run(work, onSuccess, onFailure);
            }

            @Override
            public void close() {
            }
        };
        vm = new ImportWizardViewModel(cancelling, ws.imports(), district, () -> imported++, Runnable::run);
        vm.chooseFiles(() -> List.of(f));

        vm.readFiles();

        assertThat(vm.messageProperty().get()).isEqualTo("The import was cancelled. Nothing was changed.");
        assertThat(vm.busyProperty().get()).isFalse();
        assertThat(vm.stepProperty().get()).isEqualTo(Step.MAPPING);
        assertThat(imported).isZero();
    }

    Path bigCsv(int rows) throws IOException {
        StringBuilder sb = new StringBuilder("id,name,level,enrollment,Principal\n");
        for (int i = 0; i < rows; i++) {
            sb.append(String.format("%06d", i)).append(",School number ").append(i).append(",high,").append(100 + i % 900)
                    .append(",Principal of school number ").append(i).append('\n');
        }
        return csv(sb.toString());
    }

    @Test
    void readingAndSavingShowARealPercentage() throws IOException {
        Path f = bigCsv(30_000); // about 2 MB: several reports while reading
        List<Double> reading = new java.util.ArrayList<>();
        List<Double> saving = new java.util.ArrayList<>();
        java.util.concurrent.Executor fx = r -> {
            r.run();
            double p = vm.progressFractionProperty().get();
            String text = vm.progressProperty().get();
            if (text.startsWith("Saving")) {
                saving.add(p);
            } else if (text.startsWith("Reading") && text.contains("%")) {
                reading.add(p);
            }
        };
        vm = new ImportWizardViewModel(new SynchronousTaskRunner(), ws.imports(), district, () -> imported++, fx);
        vm.chooseFiles(() -> List.of(f));
        vm.readFiles();
        assertThat(vm.stepProperty().get()).isEqualTo(Step.PREVIEW);
        assertThat(reading).as("a fraction of the file read, growing").hasSizeGreaterThan(2).allMatch(p -> p >= 0 && p <= 1);
        assertThat(reading).isSorted();
        assertThat(reading.getLast()).isGreaterThan(0.9);
        Path smaller = Files.writeString(dir.resolve("smaller-" + n + ".csv"), // saving 3,000 rows is enough to see it
                String.join("\n", Files.readAllLines(f).subList(0, 3_001)) + "\n", StandardCharsets.UTF_8);
        vm.chooseFiles(() -> List.of(smaller));
        vm.readFiles();
        vm.confirm();

        assertThat(vm.stepProperty().get()).isEqualTo(Step.DONE);
        assertThat(saving).as("a fraction of the rows written, growing to all").hasSizeGreaterThan(2).isSorted();
        assertThat(saving.getLast()).isEqualTo(1.0);
        assertThat(vm.progressFractionProperty().get()).as("not busy any more").isEqualTo(-1);
    }

    @Test
    void cancellingWhileSavingLeavesTheWorkspaceExactlyAsItWas() throws IOException {
        Path f = bigCsv(4_000);
        var d = ws.districts().require(district);
        List<School> before = ws.schools().ofDistrict(d.key());
        var attributesBefore = ws.imports().attributesOfDistrict(d.key());
        // the person presses Cancel once the bar shows some of the rows written
        java.util.concurrent.Executor fx = r -> {
            r.run();
            double p = vm.progressFractionProperty().get();
            if (vm.progressProperty().get().startsWith("Saving") && p > 0 && p < 1) {
                vm.cancel();
            }
        };
        vm = new ImportWizardViewModel(new SynchronousTaskRunner(), ws.imports(), district, () -> imported++, fx);
        vm.chooseFiles(() -> List.of(f));
        vm.readFiles();
        vm.confirm();

        assertThat(vm.messageProperty().get()).isEqualTo("The import was cancelled. Nothing was changed.");
        assertThat(vm.busyProperty().get()).isFalse();
        assertThat(vm.stepProperty().get()).as("the changes are still shown").isEqualTo(Step.PREVIEW);
        assertThat(imported).isZero();
        assertThat(ws.schools().ofDistrict(d.key())).isEqualTo(before);
        assertThat(ws.imports().attributesOfDistrict(d.key())).isEqualTo(attributesBefore);
    }

    /** A workbook: "Schools" with a title above the header (row 3), a hidden "Old" sheet, and a "Districts" sheet. */
    Path workbook(boolean xlsx) throws IOException {
        Path f = dir.resolve("schools-" + n + (xlsx ? ".xlsx" : ".xls"));
        try (org.apache.poi.ss.usermodel.Workbook wb = xlsx ? new org.apache.poi.xssf.usermodel.XSSFWorkbook()
                : new org.apache.poi.hssf.usermodel.HSSFWorkbook()) {
            var schools = wb.createSheet("Schools");
            schools.createRow(0).createCell(0).setCellValue("Riverside schools, fall count");
            String[][] rows = {{"School ID", "School Name", "Level", "Enrollment"},
                    {"00101", "Adams Elementary", "Elementary", "420"}, {"00102", "Baker Middle", "Middle", "600"}};
            for (int r = 0; r < rows.length; r++) {
                var row = schools.createRow(r + 2);
                for (int c = 0; c < rows[r].length; c++) {
                    if (r > 0 && c == 3) {
                        row.createCell(c).setCellValue(Double.parseDouble(rows[r][c]));
                    } else {
                        row.createCell(c).setCellValue(rows[r][c]);
                    }
                }
            }
            var old = wb.createSheet("Old");
            old.createRow(0).createCell(0).setCellValue("id");
            var districts = wb.createSheet("Districts");
            var h = districts.createRow(0);
            h.createCell(0).setCellValue("District");
            h.createCell(1).setCellValue("Superintendent");
            var d = districts.createRow(1);
            d.createCell(0).setCellValue("Riverside");
            d.createCell(1).setCellValue("Dr. Park");
            wb.setSheetHidden(1, true);
            try (var out = Files.newOutputStream(f)) {
                wb.write(out);
            }
        }
        return f;
    }

    @Test
    void aWorkbookOffersItsSheetsShowsTheHeaderRowFoundAndLetsThePersonChangeIt() throws IOException {
        for (boolean xlsx : new boolean[] {true, false}) {
            districtWithTwoSchools();
            Path f = workbook(xlsx);
            String kind = xlsx ? ".xlsx" : ".xls";

            vm.chooseFiles(() -> List.of(f));

            assertThat(vm.stepProperty().get()).as(kind).isEqualTo(Step.MAPPING);
            assertThat(vm.sheets()).as(kind).containsExactly("Schools", "Old", "Districts");
            assertThat(vm.hiddenSheets()).as(kind).containsExactly("Old");
            assertThat(vm.sheetProperty().get()).as(kind).isEqualTo("Schools");
            assertThat(vm.headerRowProperty().get()).as(kind + ": the title above is not the header").isEqualTo(3);
            assertThat(vm.columns()).extracting(ImportWizardViewModel.ColumnRow::header).as(kind)
                    .containsExactly("School ID", "School Name", "Level", "Enrollment");

            vm.chooseHeaderRow(4);
            assertThat(vm.headerRowProperty().get()).as(kind).isEqualTo(4);
            assertThat(vm.columns()).extracting(ImportWizardViewModel.ColumnRow::header).as(kind)
                    .startsWith("00101", "Adams Elementary");

            vm.chooseSheet("Districts");
            assertThat(vm.columns()).extracting(ImportWizardViewModel.ColumnRow::header).as(kind)
                    .containsExactly("District", "Superintendent");
            assertThat(vm.headerRowProperty().get()).as(kind).isEqualTo(1);

            vm.chooseSheet("Schools");
            vm.chooseHeaderRow(3);
            vm.readFiles();
            assertThat(vm.stepProperty().get()).as(kind + " " + vm.messageProperty().get() + vm.problems())
                    .isEqualTo(Step.PREVIEW);
            assertThat(vm.summaryProperty().get()).as(kind).startsWith("1 new, 1 changed");
        }
    }

    @Test
    void ccdFilesShowWhatEachFileIsTheDistrictFilterAndTheSchoolsFoundBeforeTheChanges() throws IOException {
        Path directory = org.rolloutplanner.io.importing.CcdFixtures.write(dir.resolve("ccd_sch_029-" + n + ".csv"),
                org.rolloutplanner.io.importing.CcdFixtures.DIRECTORY_HEADER, List.of(
                        org.rolloutplanner.io.importing.CcdFixtures.directory("0100005", "Albertville City",
                                "010000500870", "Albertville Middle School", "Open", "Middle", "07", "08"),
                        org.rolloutplanner.io.importing.CcdFixtures.directory("0100006", "Marshall County",
                                "010000600193", "Asbury School", "Open", "Elementary", "KG", "05"),
                        org.rolloutplanner.io.importing.CcdFixtures.directory("0100007", "Hoover City",
                                "010000700001", "Hoover High School", "Open", "High", "09", "12")));
        List<String> m = new java.util.ArrayList<>(
                org.rolloutplanner.io.importing.CcdFixtures.membershipOf("0100005", "010000500870", 920));
        m.addAll(org.rolloutplanner.io.importing.CcdFixtures.membershipOf("0100006", "010000600193", 555));
        m.addAll(org.rolloutplanner.io.importing.CcdFixtures.membershipOf("0100007", "010000700001", 1555));
        Path membership = org.rolloutplanner.io.importing.CcdFixtures.write(dir.resolve("ccd_sch_052-" + n + ".csv"),
                org.rolloutplanner.io.importing.CcdFixtures.MEMBERSHIP_HEADER, m);

        vm.chooseFiles(() -> List.of(directory, membership));

        assertThat(vm.stepProperty().get()).isEqualTo(Step.MAPPING);
        assertThat(vm.ccdProperty().get()).isTrue();
        assertThat(vm.ccdFiles()).containsExactly(directory.getFileName() + ": school directory (029)",
                membership.getFileName() + ": membership (052)");

        vm.leaIdsProperty().set("0100005, Marshall County");
        vm.readFiles();

        assertThat(vm.stepProperty().get()).as(vm.messageProperty().get() + vm.problems()).isEqualTo(Step.FOUND);
        assertThat(vm.summaryProperty().get()).startsWith("2 schools found in the CCD files.");
        assertThat(vm.found()).containsExactlyInAnyOrder(
                "Albertville Middle School (010000500870), Middle, 920 students",
                "Asbury School (010000600193), Elementary, 555 students");
        assertThat(imported).as("nothing written yet").isZero();

        vm.showChanges();
        assertThat(vm.stepProperty().get()).isEqualTo(Step.PREVIEW);
        assertThat(vm.summaryProperty().get()).startsWith("2 new, 0 changed");
        vm.confirm();
        assertThat(vm.stepProperty().get()).isEqualTo(Step.DONE);
        assertThat(imported).isEqualTo(1);
    }
}
