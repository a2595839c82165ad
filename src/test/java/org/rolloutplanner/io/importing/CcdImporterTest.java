package org.rolloutplanner.io.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rolloutplanner.io.importing.CcdFixtures.directory;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rolloutplanner.domain.common.FileProblem;
import org.rolloutplanner.domain.school.School;
import org.rolloutplanner.domain.school.SchoolField;
import org.rolloutplanner.domain.school.SchoolLevel;

class CcdImporterTest {

    static final String ALBERTVILLE = "0100005";
    static final String MARSHALL = "0100006";

    @TempDir
    Path dir;
    Path directory;
    Path membership;
    Path lunch;
    Path staff;

    @BeforeEach
    void ccdFilesOfTwoDistricts() throws IOException {
        directory = CcdFixtures.write(dir.resolve("ccd_sch_029_2223.csv"), CcdFixtures.DIRECTORY_HEADER, List.of(
                directory(ALBERTVILLE, "Albertville City", "010000500870", "Albertville Middle School", "Open", "Middle", "07", "08"),
                directory(ALBERTVILLE, "Albertville City", "010000500871", "Albertville High School", "Open", "High", "09", "12"),
                directory(ALBERTVILLE, "Albertville City", "010000500879", "Albertville Elementary", "Open", "Elementary", "KG", "02"),
                directory(ALBERTVILLE, "Albertville City", "010000501616", "Old Albertville School", "Closed", "Elementary", "KG", "05"),
                // a spreadsheet dropped this one's leading zero
                directory("100005", "Albertville City", "10000502150", "Evans Elementary", "Open", "Other", "KG", "08"),
                directory(MARSHALL, "Marshall County", "010000600193", "Asbury School", "Open", "Other", "PK", "12")));
        List<String> m = new ArrayList<>();
        m.addAll(CcdFixtures.membershipOf(ALBERTVILLE, "010000500870", 920));
        m.addAll(CcdFixtures.membershipOf(ALBERTVILLE, "010000500871", 1350));
        m.addAll(CcdFixtures.membershipOf(ALBERTVILLE, "010000500879", 600));
        m.addAll(CcdFixtures.membershipOf(ALBERTVILLE, "010000502150", 700));
        m.addAll(CcdFixtures.membershipOf(MARSHALL, "010000600193", 555));
        membership = CcdFixtures.write(dir.resolve("ccd_sch_052_2223.csv"), CcdFixtures.MEMBERSHIP_HEADER, m);
        List<String> l = new ArrayList<>();
        l.addAll(CcdFixtures.lunchOf(ALBERTVILLE, "010000500870", "500", "60", "560", "300"));
        l.addAll(CcdFixtures.lunchOf(ALBERTVILLE, "010000500871", "600", "75", "675", "350"));
        // community eligibility: 0 free/reduced reported, many directly certified
        l.addAll(CcdFixtures.lunchOf(ALBERTVILLE, "010000500879", "0", "0", "0", "410"));
        l.addAll(CcdFixtures.lunchOf(ALBERTVILLE, "010000502150", "-1", "-1", "-1", "-1"));
        l.addAll(CcdFixtures.lunchOf(MARSHALL, "010000600193", "100", "10", "110", "50"));
        lunch = CcdFixtures.write(dir.resolve("ccd_sch_033_2223.csv"), CcdFixtures.LUNCH_HEADER, l);
        staff = CcdFixtures.write(dir.resolve("ccd_sch_059_2223.csv"), CcdFixtures.STAFF_HEADER, List.of(
                CcdFixtures.staff(ALBERTVILLE, "010000500870", "55.5"),
                CcdFixtures.staff(ALBERTVILLE, "010000500871", "80"),
                CcdFixtures.staff(ALBERTVILLE, "010000500879", "-2"),
                CcdFixtures.staff(MARSHALL, "010000600193", "40")));
    }

    static Map<String, School> byId(ImportBatch b) {
        return b.schools().stream().collect(Collectors.toMap(s -> s.school().id(), ImportedSchool::school));
    }

    @Test
    void theFourFilesOfOneDistrictGiveItsSchoolsWithTotalsLevelsAndIdsAsText() throws IOException {
        ImportBatch b = CcdImporter.read(List.of(directory, membership, lunch, staff),
                new CcdImporter.Filter(Set.of(ALBERTVILLE), Set.of()), null, ImportProgress.NONE);

        assertThat(b.allProblems()).isEmpty();
        Map<String, School> s = byId(b);
        assertThat(s).containsOnlyKeys("010000500870", "010000500871", "010000500879", "010000502150");
        assertThat(s.get("010000500870")).isEqualTo(new School(0, "010000500870", "Albertville Middle School",
                SchoolLevel.MIDDLE, "07", "08", 920, 60.87, "", "", null, 55.5));
        assertThat(s.get("010000500871").enrollment()).isEqualTo(1350);
        assertThat(s.get("010000500871").frlPercent()).isEqualTo(50.0);
        assertThat(s.get("010000502150").level()).isEqualTo(SchoolLevel.K8);
        assertThat(s.get("010000502150").frlPercent()).as("missing (-1) is unknown, not 0").isNull();
        assertThat(s.get("010000500879").teachers()).as("-2 not applicable").isNull();
        assertThat(b.fields()).contains(SchoolField.ENROLLMENT, SchoolField.FRL_PERCENT, SchoolField.TEACHERS);
        assertThat(b.notes()).anySatisfy(n -> assertThat(n).contains("1 closed school was left out"));
    }

    @Test
    void aSchoolReportingZeroUnderCommunityEligibilityIsFlaggedNotZeroPercent() throws IOException {
        ImportBatch b = CcdImporter.read(List.of(directory, membership, lunch),
                new CcdImporter.Filter(Set.of(ALBERTVILLE), Set.of()), null, ImportProgress.NONE);

        ImportedSchool ceo = b.schools().stream().filter(s -> s.school().id().equals("010000500879")).findFirst().orElseThrow();
        assertThat(ceo.school().frlPercent()).isNull();
        assertThat(ceo.attributes()).containsEntry(CcdImporter.COMMUNITY_ELIGIBILITY, "yes")
                .containsKey(CcdImporter.FRL_NOTE);
        assertThat(b.notes()).anySatisfy(n -> assertThat(n).contains("community eligibility"));
    }

    @Test
    void otherDirectoryColumnsAreKeptAsAttributes() throws IOException {
        ImportBatch b = CcdImporter.read(List.of(directory), new CcdImporter.Filter(Set.of(ALBERTVILLE), Set.of()), null,
                ImportProgress.NONE);

        ImportedSchool evans = b.schools().stream().filter(s -> s.school().id().equals("010000502150")).findFirst().orElseThrow();
        assertThat(evans.attributes()).containsEntry("LEAID", ALBERTVILLE).containsEntry("LEA_NAME", "Albertville City")
                .containsEntry("CHARTER_TEXT", "No").containsEntry("MCITY", "Albertville");
        assertThat(b.fields()).doesNotContain(SchoolField.ENROLLMENT, SchoolField.FRL_PERCENT);
    }

    @Test
    void aConsortiumOfTwoDistrictsByIdOrByName() throws IOException {
        var byIds = CcdImporter.read(List.of(directory, membership), new CcdImporter.Filter(Set.of(ALBERTVILLE, "100006"),
                Set.of()), null, ImportProgress.NONE);
        var byNames = CcdImporter.read(List.of(directory, membership), new CcdImporter.Filter(Set.of(),
                Set.of("albertville city", "MARSHALL COUNTY")), null, ImportProgress.NONE);

        assertThat(byId(byIds)).hasSize(5).containsKey("010000600193");
        assertThat(byId(byIds).get("010000600193").enrollment()).isEqualTo(555);
        assertThat(byId(byNames).keySet()).isEqualTo(byId(byIds).keySet());
    }

    @Test
    void withoutAFilterTheDistrictNamedLikeTheWorkspaceDistrictIsTakenOrTheChoiceIsAsked() throws IOException {
        var named = CcdImporter.read(List.of(directory), CcdImporter.Filter.none(), "Marshall County", ImportProgress.NONE);
        var unnamed = CcdImporter.read(List.of(directory), CcdImporter.Filter.none(), "My District", ImportProgress.NONE);

        assertThat(byId(named)).containsOnlyKeys("010000600193");
        assertThat(unnamed.fileProblems()).singleElement().extracting(FileProblem::message).asString()
                .contains("hold 2 districts").contains("0100005 (Albertville City)");
    }

    @Test
    void anUnknownDistrictNameSuggestsNamesThatAreThere() throws IOException {
        var b = CcdImporter.read(List.of(directory), new CcdImporter.Filter(Set.of(), Set.of("Albertville")), null,
                ImportProgress.NONE);

        assertThat(b.fileProblems()).singleElement().extracting(FileProblem::message).asString()
                .contains("No district named \"Albertville\"").contains("Did you mean: Albertville City (0100005)");
    }

    @Test
    void theOlderSingleFileLayoutWithMissingCodesAndYearSuffixes() throws IOException {
        Path old = CcdFixtures.write(dir.resolve("sc092a.csv"),
                "NCESSCH,LEAID,LEANM09,SCHNAM09,LEVEL09,GSLO09,GSHI09,STATUS09,MEMBER09,FRELCH09,REDLCH09,TOTFRL09,FTE09",
                List.of("10000500870,100005,ALBERTVILLE CITY,ALBERTVILLE MIDDLE SCH,2,07,08,1,900,400,50,450,50.5",
                        "10000500871,100005,ALBERTVILLE CITY,ALBERTVILLE HIGH SCH,3,09,12,1,1200,-1,-1,-1,-9",
                        "10000500879,100005,ALBERTVILLE CITY,ALBERTVILLE PRIMARY,1,KG,02,1,500,200,20,-2,30"));

        ImportBatch b = CcdImporter.read(List.of(old), CcdImporter.Filter.none(), null, ImportProgress.NONE);

        assertThat(b.allProblems()).isEmpty();
        Map<String, School> s = byId(b);
        assertThat(s.get("010000500870")).isEqualTo(new School(0, "010000500870", "ALBERTVILLE MIDDLE SCH",
                SchoolLevel.MIDDLE, "07", "08", 900, 50.0, "", "", null, 50.5));
        assertThat(s.get("010000500871").frlPercent()).isNull();
        assertThat(s.get("010000500871").teachers()).isNull();
        assertThat(s.get("010000500879").frlPercent()).as("FRELCH + REDLCH when TOTFRL is missing").isEqualTo(44.0);
    }

    @Test
    void anIdShortenedByASpreadsheetIsAProblemOfItsRow() throws IOException {
        Path d = CcdFixtures.write(dir.resolve("directory.csv"), CcdFixtures.DIRECTORY_HEADER, List.of(
                directory(ALBERTVILLE, "Albertville City", "010000500870", "Albertville Middle School", "Open", "Middle", "07", "08"),
                directory(ALBERTVILLE, "Albertville City", "1.00005E+11", "Broken Id School", "Open", "High", "09", "12")));

        ImportBatch b = CcdImporter.read(List.of(d), new CcdImporter.Filter(Set.of(ALBERTVILLE), Set.of()), null,
                ImportProgress.NONE);

        assertThat(b.schools()).hasSize(1);
        assertThat(b.rowProblems()).singleElement().satisfies(p -> {
            assertThat(p.row()).isEqualTo(3);
            assertThat(p.column()).isEqualTo("NCESSCH");
            assertThat(p.message()).contains("last digits are lost");
        });
    }

    @Test
    void membershipWithoutTheDirectoryIsRefusedWithAPlainMessage() throws IOException {
        ImportBatch b = CcdImporter.read(List.of(membership), CcdImporter.Filter.none(), null, ImportProgress.NONE);

        assertThat(b.fileProblems()).singleElement().extracting(FileProblem::message).asString()
                .contains("needs the school directory file (029)");
    }

    @Test
    void filesAreRecognisedByTheirColumns() {
        assertThat(CcdImporter.kindOf(List.of(CcdFixtures.DIRECTORY_HEADER.split(",")))).isEqualTo(CcdImporter.Kind.DIRECTORY);
        assertThat(CcdImporter.kindOf(List.of(CcdFixtures.MEMBERSHIP_HEADER.split(",")))).isEqualTo(CcdImporter.Kind.MEMBERSHIP);
        assertThat(CcdImporter.kindOf(List.of(CcdFixtures.LUNCH_HEADER.split(",")))).isEqualTo(CcdImporter.Kind.LUNCH);
        assertThat(CcdImporter.kindOf(List.of(CcdFixtures.STAFF_HEADER.split(",")))).isEqualTo(CcdImporter.Kind.STAFF);
        assertThat(CcdImporter.kindOf(List.of("id", "name"))).isEqualTo(CcdImporter.Kind.UNKNOWN);
    }
}
