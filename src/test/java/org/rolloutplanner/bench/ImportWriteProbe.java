package org.rolloutplanner.bench;

import java.io.BufferedWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.rolloutplanner.app.importing.ImportRequest;
import org.rolloutplanner.app.importing.ImportService;
import org.rolloutplanner.app.workspace.OpenMode;
import org.rolloutplanner.io.importing.CcdImporter;
import org.rolloutplanner.io.importing.ImportBatch;
import org.rolloutplanner.io.importing.ImportProgress;
import org.rolloutplanner.io.importing.SchoolFileImporter.FileSettings;
import org.rolloutplanner.persistence.WorkspaceOpener;
import org.rolloutplanner.persistence.WorkspaceServices;

/**
 * Wall time and CPU time of the importing thread for reading and for writing a 100,000-row roster, a few rounds; on a
 * machine shared with other work the CPU time is the steadier figure. Run (after test-compile):
 * {@code java -Xmx512m -cp target/test-classes:target/classes:<test classpath> org.rolloutplanner.bench.ImportWriteProbe [rounds]}.
 */
public final class ImportWriteProbe {

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 4;
        Path dir = Files.createTempDirectory("import-probe");
        Path roster = dir.resolve("roster.csv");
        try (BufferedWriter w = Files.newBufferedWriter(roster, StandardCharsets.UTF_8)) {
            w.write("id,name,level,enrollment,frl_percent,region,readiness,feeder,grade_low,grade_high,teachers\n");
            String[] levels = {"elementary", "middle", "high", "k-8"};
            for (int i = 0; i < ImportBench.ROSTER_ROWS; i++) {
                w.write(String.format("%012d,\"School %d, Campus %d\",%s,%d,%d.5,Region %d,%d,Feeder %d,KG,05,%d.5%n", i, i,
                        i % 7, levels[i % 4], 100 + i % 1500, i % 99, i % 12, i % 100, i % 40, 10 + i % 60));
            }
        }
        var bean = ManagementFactory.getThreadMXBean();
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        for (int r = 0; r < rounds; r++) {
            try (var ws = WorkspaceServices.of(new WorkspaceOpener().open(dir.resolve("ws-" + r + ".mv.db"),
                    OpenMode.CREATE_IF_MISSING))) {
                long c0 = bean.getCurrentThreadCpuTime();
                long t0 = System.nanoTime();
                ImportBatch b = ImportService.read(new ImportRequest(List.of(FileSettings.guessed(roster)),
                        ImportRequest.Mode.AUTO, CcdImporter.Filter.none(), "Big"), ImportProgress.NONE);
                long c1 = bean.getCurrentThreadCpuTime();
                long t1 = System.nanoTime();
                long p1 = os.getProcessCpuTime();
                int added = ws.imports().apply("Big", true, b, false).added();
                long c2 = bean.getCurrentThreadCpuTime();
                long t2 = System.nanoTime();
                long p2 = os.getProcessCpuTime();
                double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
                System.out.printf("round %d: %,d schools; read %.2f s wall / %.2f s cpu; write %.2f s wall / %.2f s cpu (%.2f s all threads);"
                        + " total %.2f s wall / %.2f s cpu; load %.1f; heap used %d MB%n", r, added, (t1 - t0) / 1e9,
                        (c1 - c0) / 1e9, (t2 - t1) / 1e9, (c2 - c1) / 1e9, (p2 - p1) / 1e9, (t2 - t0) / 1e9, (c2 - c0) / 1e9, load,
                        (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20);
            }
        }
    }
}
