package org.rolloutplanner.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.rolloutplanner.domain.district.District;
import org.rolloutplanner.io.RosterCsv;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code schools --workspace FILE --district NAME --format csv}: prints a district's schools for scripts. */
@Command(name = "schools", mixinStandardHelpOptions = true,
        description = "Print a district's schools with all their fields (roster CSV: id,name,level,enrollment,"
                + "frl_percent,region,readiness,feeder,grade_low,grade_high,teachers), then one column per other "
                + "column kept by an import (such as Principal), in alphabetical order.")
public final class SchoolsCommand implements Callable<Integer> {

    /** Output formats of the command. */
    public enum Format { csv }

    @Mixin
    WorkspaceOption workspace;

    @Option(names = "--district", paramLabel = "NAME", required = true, description = "The district's name.")
    String district;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "csv", description = "Output format: ${COMPLETION-CANDIDATES}.")
    Format format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        try (var services = workspace.openForReading(spec.commandLine().getErr())) {
            District d = services.districts().require(district);
            PrintWriter out = spec.commandLine().getOut();
            var all = services.schools().ofDistrictWithAttributes(d.key());
            RosterCsv.write(all.schools(), all.attributes(), out);
            out.flush();
        }
        return 0;
    }
}
