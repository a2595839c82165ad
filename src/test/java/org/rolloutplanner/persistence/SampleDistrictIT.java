package org.rolloutplanner.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rolloutplanner.app.district.SampleDistrict;
import org.rolloutplanner.domain.district.District;
import org.rolloutplanner.domain.school.School;
import org.rolloutplanner.domain.school.SchoolLevel;

/** The sample district a new workspace starts with, as stored in a real workspace. */
class SampleDistrictIT {

    @TempDir
    static Path dir;
    static WorkspaceServices ws;
    static District sample;
    static List<School> schools;

    @BeforeAll
    static void loadSample() {
        ws = FreshWorkspace.in(dir);
        sample = SampleDistrict.create(ws.districts());
        schools = ws.schools().ofDistrict(sample.key());
    }

    @AfterAll
    static void close() {
        ws.close();
    }

    @Test
    void hasFiftySchools() {
        assertThat(schools).hasSize(50);
        assertThat(ws.districts().schoolCount(sample)).isEqualTo(50);
    }

    @Test
    void enrollmentAddsUpToAboutFortyOneThousand() {
        int total = schools.stream().mapToInt(School::enrollment).sum();
        assertThat(total).isBetween(40_000, 42_000);
    }

    @Test
    void hasEveryKindOfSchool() {
        Set<SchoolLevel> levels = schools.stream().map(School::level).collect(Collectors.toSet());
        assertThat(levels).contains(SchoolLevel.ELEMENTARY, SchoolLevel.MIDDLE, SchoolLevel.HIGH, SchoolLevel.K8,
                SchoolLevel.SIX_TWELVE);
    }

    @Test
    void idsAreTwelveDigitNcesStyleIdsWithLeadingZerosKept() {
        assertThat(schools).extracting(School::id).allMatch(id -> id.matches("\\d{12}"))
                .anyMatch(id -> id.startsWith("0")).doesNotHaveDuplicates();
    }

    @Test
    void everySchoolHasANameRegionFreeLunchShareAndReadiness() {
        assertThat(schools).allSatisfy(s -> {
            assertThat(s.name()).isNotBlank();
            assertThat(s.region()).isNotBlank();
            assertThat(s.feeder()).isNotBlank();
            assertThat(s.frlPercent()).isBetween(0.0, 100.0);
            assertThat(s.readiness()).isBetween(0.0, 100.0);
        });
        assertThat(schools.stream().map(School::region).distinct().count()).isGreaterThan(1);
    }

    @Test
    void theDistrictHasItsProfile() {
        assertThat(ws.districts().byName(SampleDistrict.NAME).orElseThrow().profile()).isEqualTo(SampleDistrict.PROFILE);
        assertThat(SampleDistrict.PROFILE.problems()).isEmpty();
    }
}
