package org.rolloutplanner.io;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.rolloutplanner.domain.common.FileProblem;
import org.rolloutplanner.domain.common.FileProblemsException;
import org.rolloutplanner.domain.common.Result;
import org.rolloutplanner.domain.school.School;
import org.rolloutplanner.domain.school.SchoolField;
import org.rolloutplanner.domain.school.SchoolLevel;
import org.rolloutplanner.domain.school.SchoolRules;

/**
 * The roster CSV: one school a row, header {@code id,name,level,enrollment,frl_percent,region,readiness,feeder,
 * grade_low,grade_high,teachers}. Only {@code id,name,level,enrollment} are required when reading; ids are text.
 * This is the format of the sample district, of {@code schools --format csv} and of the {@code plan} command's roster.
 */
public final class RosterCsv {

    /** Column order of the roster CSV. */
    public static final List<SchoolField> COLUMNS = List.of(SchoolField.values());
    public static final List<SchoolField> REQUIRED = List.of(SchoolField.ID, SchoolField.NAME, SchoolField.LEVEL,
            SchoolField.ENROLLMENT);

    private RosterCsv() {
    }

    public static String header() {
        return String.join(",", COLUMNS.stream().map(SchoolField::column).toList());
    }

    /** Writes the schools as roster CSV (UTF-8 without BOM, for scripts), header first, ids exactly as stored. */
    public static void write(List<School> schools, Appendable out) throws IOException {
        write(schools, java.util.Map.of(), out);
    }

    /**
     * As {@link #write(List, Appendable)}, followed by one column per custom attribute name (alphabetical, after the
     * roster columns); {@code attributes} is school key -&gt; name -&gt; value, a missing value an empty cell.
     */
    public static void write(List<School> schools, java.util.Map<Long, java.util.Map<String, String>> attributes,
            Appendable out) throws IOException {
        java.util.TreeSet<String> names = new java.util.TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        attributes.values().forEach(m -> names.addAll(m.keySet()));
        List<String> header = new ArrayList<>(COLUMNS.stream().map(SchoolField::column).toList());
        header.addAll(names);
        CSVFormat format = CSVFormat.DEFAULT.builder().setRecordSeparator("\n")
                .setHeader(header.toArray(String[]::new)).get();
        try (CSVPrinter printer = new CSVPrinter(out, format)) {
            for (School s : schools) {
                List<String> row = new ArrayList<>(header.size());
                for (SchoolField f : COLUMNS) {
                    row.add(f.format(s));
                }
                java.util.Map<String, String> own = attributes.getOrDefault(s.key(), java.util.Map.of());
                for (String n : names) {
                    row.add(own.getOrDefault(n, ""));
                }
                printer.printRecord(row);
            }
            printer.flush();
        }
    }

    /** Reads a roster file; every problem is reported with its row and column, and nothing is returned then. */
    public static List<School> read(Path file) throws IOException, FileProblemsException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(reader, file.getFileName().toString());
        }
    }

    public static List<School> read(Reader reader, String fileName) throws IOException, FileProblemsException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setIgnoreSurroundingSpaces(true)
                .setAllowMissingColumnNames(true).setIgnoreEmptyLines(true).get();
        List<FileProblem> problems = new ArrayList<>();
        List<School> schools = new ArrayList<>();
        try (var parser = format.parse(reader)) {
            Map<SchoolField, String> columnOf = new LinkedHashMap<>();
            Map<String, Integer> headers = new HashMap<>();
            for (String h : parser.getHeaderNames()) {
                headers.put(stripBom(h).strip().toLowerCase(Locale.ROOT), headers.size());
            }
            List<String> rawHeaders = parser.getHeaderNames();
            if (rawHeaders.isEmpty()) {
                throw new FileProblemsException(List.of(new FileProblem(fileName, "", 1, "", "The file is empty. A roster "
                        + "needs a header row with at least the columns id, name, level, enrollment.")));
            }
            for (SchoolField f : SchoolField.values()) {
                for (String h : rawHeaders) {
                    if (stripBom(h).strip().equalsIgnoreCase(f.column())) {
                        columnOf.put(f, h);
                    }
                }
            }
            for (SchoolField f : REQUIRED) {
                if (!columnOf.containsKey(f)) {
                    problems.add(new FileProblem(fileName, "", 1, f.column(), "The header has no \"" + f.column()
                            + "\" column. A roster needs at least the columns id, name, level, enrollment (found: "
                            + String.join(", ", rawHeaders) + ")."));
                }
            }
            if (!problems.isEmpty()) {
                throw new FileProblemsException(problems);
            }
            Map<String, Long> firstRowOfId = new HashMap<>();
            for (CSVRecord rec : parser) {
                int row = (int) rec.getRecordNumber() + 1; // header is row 1
                School s = new School(0, "", "", SchoolLevel.OTHER, "", "", 0, null, "", "", null, null);
                boolean ok = true;
                for (var e : columnOf.entrySet()) {
                    String text = rec.isSet(e.getValue()) ? rec.get(e.getValue()) : "";
                    if (e.getKey() == SchoolField.ID && text.isBlank()) {
                        problems.add(new FileProblem(fileName, "", row, e.getKey().column(), "The school ID is empty."));
                        ok = false;
                        continue;
                    }
                    if (e.getKey() == SchoolField.NAME && text.isBlank()) {
                        problems.add(new FileProblem(fileName, "", row, e.getKey().column(), "The school name is empty."));
                        ok = false;
                        continue;
                    }
                    Result<School> r = SchoolRules.withField(s, e.getKey(), text);
                    if (r.get().isPresent()) {
                        s = r.get().get();
                    } else if (e.getKey() == SchoolField.ID || e.getKey() == SchoolField.NAME) {
                        // blank id/name is reported above; other rules about the whole school wait for the full row
                        s = forceText(s, e.getKey(), text.strip());
                    } else {
                        problems.add(new FileProblem(fileName, "", row, e.getKey().column(), r.error().orElseThrow()));
                        ok = false;
                    }
                }
                if (!ok) {
                    continue;
                }
                Long first = firstRowOfId.putIfAbsent(s.id().toUpperCase(Locale.ROOT), (long) row);
                if (first != null) {
                    problems.add(new FileProblem(fileName, "", row, "id", "The school ID " + s.id()
                            + " is already used on row " + first + ". School IDs must be unique."));
                    continue;
                }
                schools.add(s);
            }
        } catch (java.io.UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
            problems.add(FileProblem.whole(fileName, "The file is not a readable CSV file: " + e.getMessage()));
        }
        if (!problems.isEmpty()) {
            throw new FileProblemsException(problems);
        }
        return schools;
    }

    private static School forceText(School s, SchoolField f, String text) {
        return f == SchoolField.ID
                ? new School(s.key(), text, s.name(), s.level(), s.gradeLow(), s.gradeHigh(), s.enrollment(), s.frlPercent(),
                        s.region(), s.feeder(), s.readiness(), s.teachers())
                : new School(s.key(), s.id(), text, s.level(), s.gradeLow(), s.gradeHigh(), s.enrollment(), s.frlPercent(),
                        s.region(), s.feeder(), s.readiness(), s.teachers());
    }

    private static String stripBom(String s) {
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }

    static List<String> columnNames() {
        return Arrays.stream(SchoolField.values()).map(SchoolField::column).toList();
    }
}
