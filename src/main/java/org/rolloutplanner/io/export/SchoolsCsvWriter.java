package org.rolloutplanner.io.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.rolloutplanner.domain.rollout.Phase;
import org.rolloutplanner.domain.rollout.Plan;
import org.rolloutplanner.domain.school.School;

/**
 * The schools of a plan with their cohorts and dates as CSV for Excel: UTF-8 with a byte-order mark (so Excel reads
 * accents and non-Latin names right), CRLF line ends, dates as YYYY-MM-DD (a phase's start is the first day of its
 * first month, its end the last day of its last month). A cell that starts with {@code = + - @}, a tab or a carriage
 * return gets a leading apostrophe, so a spreadsheet never runs it as a formula (CSV injection).
 */
public final class SchoolsCsvWriter {

    private SchoolsCsvWriter() {
    }

    public static List<String> header(ExportedPlan plan) {
        List<String> h = new ArrayList<>(List.of("School id", "School name", "Level", "Students", "Low-income share (%)",
                "Region", "Readiness", "Status", "Cohort", "School year", "Starts"));
        for (Phase p : plan.scenario().phases().phases()) {
            h.add(p.name() + " starts");
            h.add(p.name() + " ends");
        }
        h.add("Components only until");
        return h;
    }

    /** Writes the CSV to {@code out} (flushed, not closed). */
    public static void write(ExportedPlan plan, OutputStream out, ExportProgress progress) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write('\uFEFF');
        Plan p = plan.plan();
        int phases = plan.scenario().phases().size();
        int total = Math.max(1, p.placements().size() + p.unplaced().size() + p.excluded().size());
        int done = 0;
        CSVPrinter printer = new CSVPrinter(w, CSVFormat.EXCEL);
        printer.printRecord(neutralise(header(plan)));
        for (Plan.Placement pl : p.placements()) {
            Plan.Cohort c = p.cohorts().get(pl.cohort() - 1);
            List<String> row = school(pl.school(), pl.pinned() ? "placed by hand" : "placed");
            row.add(Integer.toString(c.number()));
            row.add(c.schoolYear().label());
            row.add(c.start().atDay(1).toString());
            for (Plan.PhaseSpan s : c.phases()) {
                row.add(s.start() == null ? "" : s.start().atDay(1).toString());
                row.add(s.end() == null ? "" : s.end().atEndOfMonth().toString());
            }
            row.add(pl.componentsOnlyUntil() == null ? "" : pl.componentsOnlyUntil().atDay(1).toString());
            printer.printRecord(neutralise(row));
            if (++done % 1000 == 0) {
                progress.checkCancelled();
                progress.update((double) done / total, "Writing the schools");
            }
        }
        for (School s : p.unplaced()) {
            printer.printRecord(neutralise(pad(school(s, "not placed"), phases)));
        }
        for (School s : p.excluded()) {
            printer.printRecord(neutralise(pad(school(s, "excluded"), phases)));
        }
        printer.flush();
        w.flush();
        progress.update(1, "Done");
    }

    private static List<String> school(School s, String status) {
        List<String> row = new ArrayList<>();
        row.add(s.id());
        row.add(s.name());
        row.add(s.level().label());
        row.add(Integer.toString(s.enrollment()));
        row.add(s.frlPercent() == null ? "" : trim(s.frlPercent()));
        row.add(s.region());
        row.add(s.readiness() == null ? "" : trim(s.readiness()));
        row.add(status);
        return row;
    }

    private static List<String> pad(List<String> row, int phases) {
        for (int i = 0; i < 3 + 2 * phases + 1; i++) {
            row.add("");
        }
        return row;
    }

    private static String trim(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }

    private static List<String> neutralise(List<String> row) {
        return row.stream().map(SchoolsCsvWriter::neutralise).toList();
    }

    /** "=1+2" becomes "'=1+2": a spreadsheet shows the text instead of running it. Other text is unchanged. */
    public static String neutralise(String cell) {
        if (cell == null || cell.isEmpty()) {
            return cell;
        }
        char c = cell.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + cell : cell;
    }
}
