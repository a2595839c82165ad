package org.rolloutplanner.io.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.rolloutplanner.domain.common.FileProblem;
import org.rolloutplanner.domain.common.FileProblemsException;

/**
 * Reads every file of the generated {@link MalformedCorpus} (at least 100 files): each is either read to the end
 * or refused with a {@link FileProblemsException} whose problems name the file and say what is wrong in plain
 * words; no other exception escapes, and none takes more than 10 seconds.
 */
class MalformedFilesTest {

    @TempDir
    static Path dir;

    @TestFactory
    Stream<DynamicTest> everyMalformedFileIsReadOrRefusedPlainly() throws Exception {
        Map<String, byte[]> corpus = MalformedCorpus.build();
        int size = corpus.size();
        List<DynamicTest> tests = new ArrayList<>();
        tests.add(DynamicTest.dynamicTest("the generated corpus has " + size + " files (at least 100)",
                () -> assertThat(size).isGreaterThanOrEqualTo(100)));
        int index = 0;
        for (Map.Entry<String, byte[]> entry : corpus.entrySet()) {
            int n = ++index;
            tests.add(DynamicTest.dynamicTest("corpus file " + n + " of " + size + ": " + entry.getKey(), () -> {
                Path file = Files.write(dir.resolve(entry.getKey()), entry.getValue());
                assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
                    try {
                        MalformedCorpus.readFully(file);
                    } catch (FileProblemsException refused) {
                        assertPlainAndLocated(refused, entry.getKey());
                    }
                });
            }));
        }
        return tests.stream();
    }

    static void assertPlainAndLocated(FileProblemsException refused, String fileName) {
        assertThat(refused.problems()).isNotEmpty();
        for (FileProblem problem : refused.problems()) {
            assertThat(problem.file()).isEqualTo(fileName);
            assertThat(problem.message()).isNotBlank()
                    .doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("null");
            assertThat(problem.message().length()).isLessThan(400);
        }
    }
}
