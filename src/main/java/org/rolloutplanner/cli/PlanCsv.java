package org.rolloutplanner.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.rolloutplanner.domain.rollout.Phase;
import org.rolloutplanner.domain.rollout.Plan;
import org.rolloutplanner.domain.rollout.Scenario;
import org.rolloutplanner.domain.school.School;

/**
 * The {@code plan} command's CSV: one row per school, in cohort order, then schools no rule placed, then excluded
 * schools. Columns: {@code id,name,level,cohort,start}, then {@code <phase>_start,<phase>_end} for each phase
 * (phase name in lower case, other characters as "_"), then {@code status} (placed, unplaced, excluded) and
 * {@code components_only_until}. Months are YYYY-MM; an end is the last month, empty for an open-ended phase.
 */
public final class PlanCsv {

    private PlanCsv() {
    }

    public static String write(Plan plan, Scenario scenario) throws IOException {
        List<String> header = new ArrayList<>(List.of("id", "name", "level", "cohort", "start"));
        for (Phase p : scenario.phases().phases()) {
            String key = p.name().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
            header.add(key + "_start");
            header.add(key + "_end");
        }
        header.add("status");
        header.add("components_only_until");
        StringBuilder out = new StringBuilder();
        int phases = scenario.phases().size();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator("\n")
                .setHeader(header.toArray(String[]::new)).get())) {
            for (Plan.Placement p : plan.placements()) {
                Plan.Cohort c = plan.cohort(p.cohort()).orElseThrow();
                List<String> row = new ArrayList<>(List.of(p.school().id(), p.school().name(), p.school().level().code(),
                        Integer.toString(c.number()), c.start().toString()));
                for (Plan.PhaseSpan s : c.phases()) {
                    row.add(s.start() == null ? "" : s.start().toString());
                    row.add(s.end() == null ? "" : s.end().toString());
                }
                row.add("placed");
                row.add(p.componentsOnlyUntil() == null ? "" : p.componentsOnlyUntil().toString());
                printer.printRecord(row);
            }
            for (School s : plan.unplaced()) {
                printer.printRecord(unplacedRow(s, phases, "unplaced"));
            }
            for (School s : plan.excluded()) {
                printer.printRecord(unplacedRow(s, phases, "excluded"));
            }
        }
        return out.toString();
    }

    private static List<String> unplacedRow(School s, int phases, String status) {
        List<String> row = new ArrayList<>(List.of(s.id(), s.name(), s.level().code(), "", ""));
        for (int i = 0; i < phases * 2; i++) {
            row.add("");
        }
        row.add(status);
        row.add("");
        return row;
    }
}
