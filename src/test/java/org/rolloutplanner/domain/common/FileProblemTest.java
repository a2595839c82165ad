package org.rolloutplanner.domain.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FileProblemTest {

    @Test
    void describesFileRowAndColumn() {
        assertThat(new FileProblem("roster.csv", "", 7, "enrollment", "Enrollment cannot be negative.").describe())
                .isEqualTo("roster.csv, row 7, column enrollment: Enrollment cannot be negative.");
    }

    @Test
    void namesTheSheetOfAWorkbook() {
        assertThat(new FileProblem("plan.xlsx", "Schools", 3, "id", "Empty.").describe())
                .isEqualTo("plan.xlsx, sheet Schools, row 3, column id: Empty.");
    }

    @Test
    void aWholeFileProblemHasNoRowOrColumn() {
        assertThat(FileProblem.whole("roster.csv", "Not a CSV file.").describe()).isEqualTo("roster.csv: Not a CSV file.");
    }

    @Test
    void theExceptionMessageListsAtMostTwentyProblemsAndCountsTheRest() {
        List<FileProblem> many = new ArrayList<>();
        for (int i = 2; i < 27; i++) {
            many.add(new FileProblem("r.csv", "", i, "id", "Empty."));
        }
        var e = new FileProblemsException(many);
        assertThat(e.problems()).hasSize(25);
        assertThat(e.getMessage().lines()).hasSize(21);
        assertThat(e.getMessage()).endsWith("… and 5 more problems");
    }

    @Test
    void resultHoldsAValueOrAMessage() {
        assertThat(Result.success(3).get()).contains(3);
        assertThat(Result.success(3).error()).isEmpty();
        assertThat(Result.<Integer>failure("no").get()).isEmpty();
        assertThat(Result.<Integer>failure("no").error()).contains("no");
    }
}
