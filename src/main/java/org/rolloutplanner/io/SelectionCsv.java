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
import org.apache.commons.csv.CSVRecord;
import org.rolloutplanner.domain.common.FileProblem;
import org.rolloutplanner.domain.common.FileProblemsException;
import org.rolloutplanner.domain.selection.Applicant;
import org.rolloutplanner.domain.selection.Conflict;
import org.rolloutplanner.domain.selection.Criterion;
import org.rolloutplanner.domain.selection.CriterionKind;
import org.rolloutplanner.domain.selection.Gate;
import org.rolloutplanner.domain.selection.Score;

/**
 * The selection files of the {@code rank} command, all UTF-8 CSV with a header row:
 * <ul>
 * <li>applicants: {@code id,name,level,region,enrollment,frl_percent} (ids are text; extra columns allowed);</li>
 * <li>criteria: {@code id,name,kind,weight,min,max} with kind {@code essential} or {@code preferred}; optional
 * {@code rule} (an essential criterion computed from school data, such as {@code enrollment>=500}) and {@code levels}
 * (rubric level descriptions separated by {@code |}, lowest first);</li>
 * <li>scores: {@code reviewer,applicant,criterion,score} (essential criteria 1 = pass, 0 = fail);</li>
 * <li>conflicts: {@code reviewer,applicant}.</li>
 * </ul>
 * Every problem is reported with file, row and column; nothing is returned when there is one.
 */
public final class SelectionCsv {

    /** The files read together. */
    public record Round(List<Applicant> applicants, List<String> applicantColumns, List<Criterion> criteria,
            List<Score> scores, List<Conflict> conflicts) {
    }

    public static final List<String> APPLICANT_COLUMNS = List.of("id", "name", "level", "region", "enrollment", "frl_percent");
    public static final List<String> CRITERION_COLUMNS = List.of("id", "name", "kind", "weight", "min", "max");
    public static final List<String> SCORE_COLUMNS = List.of("reviewer", "applicant", "criterion", "score");
    public static final List<String> CONFLICT_COLUMNS = List.of("reviewer", "applicant");

    private SelectionCsv() {
    }

    /** Reads the four files (conflicts may be null) and checks them against each other. */
    public static Round read(Path applicantsFile, Path criteriaFile, Path scoresFile, Path conflictsFile)
            throws IOException, FileProblemsException {
        List<FileProblem> problems = new ArrayList<>();
        Table applicantRows = table(applicantsFile, APPLICANT_COLUMNS, problems);
        Table criterionRows = table(criteriaFile, CRITERION_COLUMNS, problems);
        Table scoreRows = table(scoresFile, SCORE_COLUMNS, problems);
        Table conflictRows = conflictsFile == null ? null : table(conflictsFile, CONFLICT_COLUMNS, problems);
        if (!problems.isEmpty()) {
            throw new FileProblemsException(problems);
        }
        Map<String, Applicant> applicants = applicants(applicantRows, problems);
        Map<String, Criterion> criteria = criteria(criterionRows, problems);
        List<Score> scores = scores(scoreRows, applicants, criteria, problems);
        List<Conflict> conflicts = conflictRows == null ? List.of() : conflicts(conflictRows, applicants, problems);
        if (!problems.isEmpty()) {
            throw new FileProblemsException(problems);
        }
        return new Round(List.copyOf(applicants.values()), applicantRows.columns, List.copyOf(criteria.values()), scores,
                conflicts);
    }

    private record Row(int number, Map<String, String> values) {
        String get(String column) {
            return values.getOrDefault(column, "").strip();
        }
    }

    private record Table(String file, List<String> columns, List<Row> rows) {
    }

    private static Table table(Path path, List<String> required, List<FileProblem> problems) throws IOException {
        String file = path.getFileName().toString();
        if (!Files.isRegularFile(path)) {
            problems.add(FileProblem.whole(file, "The file " + path + " does not exist."));
            return new Table(file, List.of(), List.of());
        }
        try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            return table(reader, file, required, problems);
        } catch (java.nio.charset.CharacterCodingException e) {
            problems.add(FileProblem.whole(file, "The file is not UTF-8 text; save it as CSV UTF-8."));
            return new Table(file, List.of(), List.of());
        }
    }

    private static Table table(Reader reader, String file, List<String> required, List<FileProblem> problems)
            throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(true).get();
        List<Row> rows = new ArrayList<>();
        List<String> columns = new ArrayList<>();
        try (var parser = format.parse(reader)) {
            boolean header = true;
            for (CSVRecord rec : parser) {
                int row = (int) rec.getRecordNumber();
                if (header) {
                    for (String h : rec.values()) {
                        String name = h.startsWith("\uFEFF") ? h.substring(1) : h;
                        columns.add(name.strip().toLowerCase(Locale.ROOT));
                    }
                    header = false;
                    List<String> missing = required.stream().filter(c -> !columns.contains(c)).toList();
                    for (String m : missing) {
                        problems.add(new FileProblem(file, "", 1, m, "The header has no \"" + m + "\" column. The file needs "
                                + "the columns " + String.join(",", required) + " (found: " + String.join(",", columns) + ")."));
                    }
                    if (!missing.isEmpty()) {
                        return new Table(file, columns, List.of());
                    }
                    continue;
                }
                if (Arrays.stream(rec.values()).allMatch(String::isBlank)) {
                    continue;
                }
                Map<String, String> values = new LinkedHashMap<>();
                for (int i = 0; i < columns.size() && i < rec.size(); i++) {
                    values.put(columns.get(i), rec.get(i));
                }
                rows.add(new Row(row, values));
            }
        } catch (java.io.UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
            problems.add(FileProblem.whole(file, "The file is not a readable CSV file: " + e.getMessage()));
        }
        if (columns.isEmpty()) {
            problems.add(new FileProblem(file, "", 1, "", "The file is empty. It needs a header row with the columns "
                    + String.join(",", required) + "."));
        }
        return new Table(file, columns, rows);
    }

    private static Map<String, Applicant> applicants(Table t, List<FileProblem> problems) {
        Map<String, Applicant> out = new LinkedHashMap<>();
        Map<String, Integer> firstRow = new HashMap<>();
        for (Row r : t.rows) {
            String id = r.get("id");
            boolean ok = true;
            if (id.isEmpty()) {
                problems.add(new FileProblem(t.file, "", r.number, "id", "The applicant ID is empty."));
                continue;
            }
            Integer first = firstRow.putIfAbsent(id, r.number);
            if (first != null) {
                problems.add(new FileProblem(t.file, "", r.number, "id", "The applicant ID " + id + " is already used on row "
                        + first + ". Applicant IDs must be unique."));
                continue;
            }
            String enrollment = r.get("enrollment").replace(",", "");
            if (!enrollment.isEmpty() && !enrollment.matches("\\d{1,7}")) {
                problems.add(new FileProblem(t.file, "", r.number, "enrollment", "\"" + r.get("enrollment")
                        + "\" is not a number of students (a whole number, 0 or more)."));
                ok = false;
            }
            String frl = r.get("frl_percent").replace("%", "").strip();
            if (!frl.isEmpty()) {
                Double d = number(frl);
                if (d == null || d < 0 || d > 100) {
                    problems.add(new FileProblem(t.file, "", r.number, "frl_percent", "\"" + r.get("frl_percent")
                            + "\" is not a percentage from 0 to 100."));
                    ok = false;
                }
            }
            if (ok) {
                Map<String, String> fields = new LinkedHashMap<>(r.values);
                fields.put("enrollment", enrollment);
                fields.put("frl_percent", frl);
                out.put(id, new Applicant(id, r.get("name"), fields));
            }
        }
        return out;
    }

    private static Map<String, Criterion> criteria(Table t, List<FileProblem> problems) {
        Map<String, Criterion> out = new LinkedHashMap<>();
        for (Row r : t.rows) {
            String id = r.get("id");
            if (id.isEmpty()) {
                problems.add(new FileProblem(t.file, "", r.number, "id", "The criterion ID is empty."));
                continue;
            }
            if (out.containsKey(id)) {
                problems.add(new FileProblem(t.file, "", r.number, "id", "The criterion ID " + id + " is used twice."));
                continue;
            }
            var kind = CriterionKind.parse(r.get("kind"));
            if (kind.isEmpty()) {
                problems.add(new FileProblem(t.file, "", r.number, "kind", "\"" + r.get("kind")
                        + "\" is not a kind of criterion; write essential or preferred."));
                continue;
            }
            List<String> levels = r.get("levels").isEmpty() ? List.of()
                    : Arrays.stream(r.get("levels").split("\\|")).map(String::strip).toList();
            if (kind.get() == CriterionKind.ESSENTIAL) {
                String rule = r.get("rule");
                if (rule.isEmpty()) {
                    out.put(id, new Criterion(id, r.get("name"), CriterionKind.ESSENTIAL, 0, 0, 1, levels, null));
                } else {
                    var gate = Gate.parse(rule);
                    if (gate.isEmpty()) {
                        problems.add(new FileProblem(t.file, "", r.number, "rule", "\"" + rule + "\" is not a rule on school "
                                + "data; write it like enrollment>=500 or frl_percent>=40."));
                    } else {
                        out.put(id, new Criterion(id, r.get("name"), CriterionKind.ESSENTIAL, 0, 0, 1, levels, gate.get()));
                    }
                }
                continue;
            }
            Double weight = number(r.get("weight"));
            Integer min = whole(r.get("min"));
            Integer max = whole(r.get("max"));
            boolean ok = true;
            if (weight == null || weight < 0) {
                problems.add(new FileProblem(t.file, "", r.number, "weight", "\"" + r.get("weight")
                        + "\" is not a weight; a preferred criterion needs a number, 0 or more."));
                ok = false;
            }
            if (min == null) {
                problems.add(new FileProblem(t.file, "", r.number, "min", "\"" + r.get("min")
                        + "\" is not the lowest score of the rubric (a whole number such as 1)."));
                ok = false;
            }
            if (max == null) {
                problems.add(new FileProblem(t.file, "", r.number, "max", "\"" + r.get("max")
                        + "\" is not the highest score of the rubric (a whole number such as 4)."));
                ok = false;
            }
            if (ok && min >= max) {
                problems.add(new FileProblem(t.file, "", r.number, "max", "The highest score " + max
                        + " must be above the lowest score " + min + "."));
                ok = false;
            }
            if (ok) {
                out.put(id, new Criterion(id, r.get("name"), CriterionKind.PREFERRED, weight, min, max, levels, null));
            }
        }
        if (!t.rows.isEmpty() && out.values().stream().allMatch(Criterion::essential) && problems.isEmpty()) {
            problems.add(FileProblem.whole(t.file, "There is no preferred criterion; the ranking needs at least one."));
        }
        return out;
    }

    private static List<Score> scores(Table t, Map<String, Applicant> applicants, Map<String, Criterion> criteria,
            List<FileProblem> problems) {
        List<Score> out = new ArrayList<>();
        Map<String, Integer> firstRow = new HashMap<>();
        for (Row r : t.rows) {
            String reviewer = r.get("reviewer");
            String applicant = r.get("applicant");
            String criterionId = r.get("criterion");
            boolean ok = true;
            if (reviewer.isEmpty()) {
                problems.add(new FileProblem(t.file, "", r.number, "reviewer", "The reviewer is empty."));
                ok = false;
            }
            if (!applicants.containsKey(applicant)) {
                problems.add(new FileProblem(t.file, "", r.number, "applicant", applicant.isEmpty() ? "The applicant is empty."
                        : "There is no applicant " + applicant + " in the applicants file."));
                ok = false;
            }
            Criterion criterion = criteria.get(criterionId);
            if (criterion == null) {
                problems.add(new FileProblem(t.file, "", r.number, "criterion", criterionId.isEmpty() ? "The criterion is empty."
                        : "There is no criterion " + criterionId + " in the criteria file."));
                continue;
            }
            if (!criterion.answeredByReviewers()) {
                problems.add(new FileProblem(t.file, "", r.number, "criterion", "The criterion " + criterionId
                        + " is computed from school data (" + criterion.gate().describe() + "); reviewers do not score it."));
                continue;
            }
            Double score = number(r.get("score"));
            if (score == null) {
                problems.add(new FileProblem(t.file, "", r.number, "score", "\"" + r.get("score") + "\" is not a score."));
                continue;
            }
            if (criterion.essential() && score != 0 && score != 1) {
                problems.add(new FileProblem(t.file, "", r.number, "score", "The criterion " + criterionId
                        + " is essential: its score is 1 (pass) or 0 (fail), not " + r.get("score") + "."));
                continue;
            }
            if (!criterion.inRubric(score)) {
                problems.add(new FileProblem(t.file, "", r.number, "score", "The score " + r.get("score")
                        + " is outside the rubric of " + criterionId + " (" + criterion.min() + " to " + criterion.max() + ")."));
                continue;
            }
            if (!ok) {
                continue;
            }
            Integer first = firstRow.putIfAbsent(reviewer + "\u0000" + applicant + "\u0000" + criterionId, r.number);
            if (first != null) {
                problems.add(new FileProblem(t.file, "", r.number, "score", reviewer + " already scored " + applicant + " on "
                        + criterionId + " on row " + first + "; give one score per reviewer, applicant and criterion."));
                continue;
            }
            out.add(new Score(reviewer, applicant, criterionId, score));
        }
        return out;
    }

    private static List<Conflict> conflicts(Table t, Map<String, Applicant> applicants, List<FileProblem> problems) {
        List<Conflict> out = new ArrayList<>();
        for (Row r : t.rows) {
            if (r.get("reviewer").isEmpty()) {
                problems.add(new FileProblem(t.file, "", r.number, "reviewer", "The reviewer is empty."));
                continue;
            }
            if (!applicants.containsKey(r.get("applicant"))) {
                problems.add(new FileProblem(t.file, "", r.number, "applicant", "There is no applicant " + r.get("applicant")
                        + " in the applicants file."));
                continue;
            }
            out.add(new Conflict(r.get("reviewer"), r.get("applicant")));
        }
        return out;
    }

    private static Double number(String text) {
        try {
            double d = Double.parseDouble(text.strip());
            return Double.isFinite(d) ? d : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Integer whole(String text) {
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
