package org.rolloutplanner.io.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * LibreOffice opens the exported workbook and prints it to PDF (headless). Skipped, with the reason, only when
 * LibreOffice (soffice) is not installed.
 */
class LibreOfficeOpensExportTest {

    @TempDir
    Path dir;

    static String soffice() {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String d : path.split(File.pathSeparator)) {
            Path p = Path.of(d, "soffice");
            if (Files.isExecutable(p)) {
                return p.toString();
            }
        }
        return Files.isExecutable(Path.of("/usr/bin/soffice")) ? "/usr/bin/soffice" : null;
    }

    @Test
    void libreOfficeConvertsTheWorkbookToPdf() throws Exception {
        String soffice = soffice();
        Assumptions.assumeTrue(soffice != null, "LibreOffice is not installed (no soffice on PATH): "
                + "apt-get install libreoffice-calc-nogui to run this test");
        Path file = dir.resolve("plan.xlsx");
        AtomicFiles.write(file, out -> PlanWorkbookWriter.write(ExportFixtures.two(), out, ExportProgress.NONE));
        Path profile = dir.resolve("lo-profile");
        Process p = new ProcessBuilder(soffice, "-env:UserInstallation=" + profile.toUri(), "--headless", "--norestore",
                "--convert-to", "pdf", "--outdir", dir.toString(), file.toString())
                .redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("LibreOffice finished within 2 minutes").isTrue();
        assertThat(p.exitValue()).as(output).isZero();
        Path pdf = dir.resolve("plan.pdf");
        assertThat(pdf).as(output).exists();
        byte[] head = new byte[5];
        try (var in = Files.newInputStream(pdf)) {
            assertThat(in.read(head)).isEqualTo(5);
        }
        assertThat(new String(head, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(Files.size(pdf)).isGreaterThan(10_000);
    }
}
