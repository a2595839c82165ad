package org.rolloutplanner.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rolloutplanner.app.district.SampleDistrict;
import org.rolloutplanner.app.scenario.InMemoryScenarios;
import org.rolloutplanner.domain.district.District;
import org.rolloutplanner.domain.rollout.Phase;
import org.rolloutplanner.domain.rollout.RolloutCalendar;
import org.rolloutplanner.domain.rollout.RolloutRule;
import org.rolloutplanner.domain.rollout.Scenario;
import org.rolloutplanner.domain.rollout.SchoolYear;
import org.rolloutplanner.io.export.ExportSheet;
import org.rolloutplanner.ui.common.FakeDialogService;
import org.rolloutplanner.ui.common.SynchronousTaskRunner;
import org.rolloutplanner.ui.common.TaskRunner;

/** The Export area's logic without the FX toolkit: the sample district in memory, a fake file chooser. */
class ExportViewModelTest {

    private static final District SAMPLE = new District(1, SampleDistrict.NAME, SampleDistrict.PROFILE);

    @TempDir
    Path dir;

    private final InMemoryScenarios db = new InMemoryScenarios();
    private final FakeDialogService dialogs = new FakeDialogService();
    private final FakeExportFiles files = new FakeExportFiles();
    private ExportViewModel vm;

    @BeforeEach
    void setUp() {
        db.roster.insertAll(1, SampleDistrict.schools());
        var service = db.service();
        var base = Scenario.builder(RolloutCalendar.startingIn(SchoolYear.parse("2025-26")))
                .phases(Phase.of("Design", 12), Phase.of("Implementation", 12));
        service.create(1, "Ten percent", base.rule(RolloutRule.FirstCohort.of(6)).rule(new RolloutRule.PercentOfSchools(10))
                .build());
        service.create(1, "Eight a year", Scenario.builder(RolloutCalendar.startingIn(SchoolYear.parse("2025-26")))
                .rule(RolloutRule.SchoolsPerYear.exactly(8)).build());
        vm = new ExportViewModel(new SynchronousTaskRunner(), dialogs, files, Runnable::run);
        vm.show(service, SAMPLE);
    }

    static List<String> sheets(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file); var wb = new XSSFWorkbook(in)) {
            List<String> names = new ArrayList<>();
            wb.forEach(s -> names.add(s.getSheetName()));
            return names;
        }
    }

    @Test
    void listsTheDistrictsScenariosWithThePreferredOneTicked() {
        assertThat(vm.choices()).extracting(c -> c.scenario().name()).containsExactlyInAnyOrder("Ten percent", "Eight a year");
        assertThat(vm.choices().stream().filter(c -> c.selectedProperty().get()).map(c -> c.scenario().name()))
                .containsExactly("Ten percent");
        assertThat(vm.canExportProperty().get()).as("no file chosen yet").isFalse();
    }

    @Test
    void exportsTheTickedScenarioToTheChosenFileThenOffersToOpenIt() throws Exception {
        files.answers.add(dir.resolve("board"));
        vm.chooseTarget();
        assertThat(files.suggested).containsExactly("Sample District - Ten percent.xlsx".replace("Sample District",
                SampleDistrict.NAME));
        assertThat(vm.targetProperty().get()).isEqualTo(dir.resolve("board.xlsx"));
        assertThat(vm.canExportProperty().get()).isTrue();

        vm.export();

        Path file = dir.resolve("board.xlsx");
        assertThat(sheets(file)).containsExactly("Summary", "Timeline", "Cohorts", "Schools", "Coverage", "Budget");
        assertThat(vm.statusProperty().get()).startsWith("Exported 1 scenario to board.xlsx");
        assertThat(vm.progressProperty().get()).isEqualTo(1.0);
        assertThat(vm.writtenProperty().get()).isEqualTo(file);
        vm.openFile();
        vm.openFolder();
        assertThat(files.opened).containsExactly(file, dir);
        assertThat(dialogs.shown).isEmpty();
    }

    @Test
    void severalTickedScenariosAddCompareAndUntickedSheetsAreLeftOut() throws Exception {
        vm.choices().forEach(c -> c.selectedProperty().set(true));
        vm.sheetProperty(ExportSheet.TIMELINE).set(false);
        vm.sheetProperty(ExportSheet.BUDGET).set(false);
        vm.targetProperty().set(dir.resolve("compare.xlsx"));
        vm.export();
        assertThat(sheets(dir.resolve("compare.xlsx"))).containsExactly("Summary", "Cohorts", "Schools", "Coverage", "Compare");
    }

    @Test
    void noSheetOrNoScenarioTickedMeansNoExport() {
        vm.targetProperty().set(dir.resolve("x.xlsx"));
        assertThat(vm.canExportProperty().get()).isTrue();
        for (ExportSheet s : ExportSheet.values()) {
            vm.sheetProperty(s).set(false);
        }
        assertThat(vm.canExportProperty().get()).isFalse();
        vm.sheetProperty(ExportSheet.SUMMARY).set(true);
        vm.choices().forEach(c -> c.selectedProperty().set(false));
        assertThat(vm.canExportProperty().get()).isFalse();
    }

    @Test
    void cancellingLeavesThePreviousFileAndSaysSo() throws Exception {
        Path file = dir.resolve("plan.xlsx");
        Files.writeString(file, "the good plan");
        // a runner that lets the person press Cancel while the export runs
        TaskRunner cancelling = new TaskRunner() {
            @Override
            public <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
                vm.cancel();
                new SynchronousTaskRunner().run(work, onSuccess, onFailure);
            }

            @Override
            public void close() {
            }
        };
        vm = new ExportViewModel(cancelling, dialogs, files, Runnable::run);
        vm.show(db.service(), SAMPLE);
        vm.targetProperty().set(file);
        vm.export();
        assertThat(file).hasContent("the good plan");
        assertThat(vm.statusProperty().get()).startsWith("Export cancelled");
        assertThat(vm.runningProperty().get()).isFalse();
        assertThat(vm.writtenProperty().get()).isNull();
        assertThat(dialogs.shown).isEmpty();
        try (var s = Files.list(dir)) {
            assertThat(s.toList()).containsExactly(file);
        }
    }

    @Test
    void aFailureIsShownPlainlyAndNothingIsWritten() {
        Path folder = dir.resolve("taken.xlsx");
        folder.toFile().mkdirs();
        vm.targetProperty().set(folder);
        vm.export();
        assertThat(dialogs.shown).hasSize(1);
        assertThat(dialogs.shown.getFirst()).contains("is a folder");
        assertThat(vm.statusProperty().get()).isEqualTo("The export failed.");
        assertThat(vm.runningProperty().get()).isFalse();
    }

    @Test
    void schoolsAsCsvOfTheFirstTickedScenario() throws Exception {
        files.answers.add(dir.resolve("schools"));
        vm.exportSchoolsCsv();
        Path csv = dir.resolve("schools.csv");
        assertThat(Files.readString(csv)).startsWith("\uFEFFSchool id,School name");
        assertThat(Files.readAllLines(csv)).hasSize(51);
        assertThat(vm.statusProperty().get()).isEqualTo("Exported the schools of Ten percent to schools.csv.");
    }
}
