package org.rolloutplanner.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.rolloutplanner.app.importing.ImportOutcome;
import org.rolloutplanner.app.importing.ImportRequest;
import org.rolloutplanner.app.importing.ImportService;
import org.rolloutplanner.app.UserFacingException;
import org.rolloutplanner.persistence.WorkspaceFiles;
import org.rolloutplanner.app.workspace.OpenMode;
import org.rolloutplanner.domain.common.FileProblem;
import org.rolloutplanner.domain.common.FileProblemsException;
import org.rolloutplanner.io.importing.CcdImporter;
import org.rolloutplanner.io.importing.ImportBatch;
import org.rolloutplanner.io.importing.ImportProgress;
import org.rolloutplanner.io.importing.SchoolFileImporter.FileSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code import --workspace FILE --district NAME [--create-district] [--ccd] [--leaid ID ...] [--skip-bad-rows] FILE...}:
 * imports school lists (CSV, Excel, CCD files) into a district, updating schools already there by id.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Import schools into a district from CSV or Excel files, or from the federal CCD files.",
                "Schools already in the district are updated by id; schools missing from the files are kept.",
                "Nothing is written when a file has problems (exit code 2), unless --skip-bad-rows."})
public final class ImportCommand implements Callable<Integer> {

    @Mixin
    WorkspaceOption workspace;

    @Option(names = "--district", paramLabel = "NAME", required = true, description = "The district to import into.")
    String district;

    @Option(names = "--create-district", description = "Create the district when the workspace has none of that name.")
    boolean createDistrict;

    @Option(names = "--ccd", description = "The files are CCD files (directory 029, membership 052, lunch 033, staff 059, "
            + "or the older single-file layout). Without it, CCD files are recognised by their columns.")
    boolean ccd;

    @Option(names = "--leaid", paramLabel = "ID", split = ",",
            description = "CCD district id (LEAID, 7 digits) to import; repeat it (or separate ids by commas) for a consortium. Default: the CCD "
                    + "district named like --district, or the only district in the files.")
    List<String> leaIds = new ArrayList<>();

    @Option(names = "--lea-name", paramLabel = "NAME", split = ",",
            description = "CCD district name(s) (LEA_NAME) to import, as an alternative to --leaid.")
    List<String> leaNames = new ArrayList<>();

    @Option(names = "--skip-bad-rows", description = "Leave out rows with problems and import the rest.")
    boolean skipBadRows;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "The files to import.")
    List<Path> files;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        for (Path f : files) {
            if (!java.nio.file.Files.isRegularFile(f)) {
                throw new FileProblemsException(FileProblem.whole(f.toString(), "There is no such file."));
            }
        }
        var request = new ImportRequest(files.stream().map(FileSettings::guessed).toList(),
                ccd ? ImportRequest.Mode.CCD : ImportRequest.Mode.AUTO,
                new CcdImporter.Filter(Set.copyOf(leaIds), Set.copyOf(leaNames)), district);
        // read and check the files before the workspace is opened (or created): bad input writes nothing
        ImportBatch batch = ImportService.read(request, ImportProgress.NONE);
        if (!batch.fileProblems().isEmpty() || (!skipBadRows && !batch.rowProblems().isEmpty())) {
            throw new FileProblemsException(batch.allProblems());
        }
        boolean exists = java.nio.file.Files.exists(WorkspaceFiles.of(workspace.workspace).dataFile())
                || java.nio.file.Files.exists(workspace.workspace);
        if (!exists && !createDistrict) {
            throw new UserFacingException("There is no workspace at " + workspace.workspace + " yet. Add --create-district "
                    + "to create it with the district \"" + district + "\".");
        }
        try (var services = workspace.open(OpenMode.CREATE_IF_MISSING)) {
            if (skipBadRows && batch.fileProblems().isEmpty() && !batch.rowProblems().isEmpty()) {
                err.println("Left out " + batch.rejectedRows() + (batch.rejectedRows() == 1 ? " row" : " rows")
                        + " with problems:");
                batch.rowProblems().forEach(p -> err.println("  " + p.describe()));
                err.flush();
            }
            ImportOutcome outcome = services.imports().apply(district, createDistrict, batch, skipBadRows);
            batch.notes().forEach(n -> err.println("Note: " + n));
            err.flush();
            out.println("Imported into " + outcome.districtName() + ": added " + outcome.added() + ", updated "
                    + outcome.updated() + ", unchanged " + outcome.unchanged() + ", rejected " + outcome.rejected() + ".");
            if (outcome.missing() > 0) {
                out.println(outcome.missing() + (outcome.missing() == 1 ? " school" : " schools")
                        + " of the district not in the files were kept as they were.");
            }
            out.flush();
        }
        return 0;
    }
}
