package org.rolloutplanner.io.importing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.rolloutplanner.domain.common.FileProblem;
import org.rolloutplanner.domain.common.FileProblemsException;
import org.rolloutplanner.domain.school.School;
import org.rolloutplanner.domain.school.SchoolField;
import org.rolloutplanner.domain.school.SchoolLevel;
import org.rolloutplanner.domain.school.SchoolRules;
import org.rolloutplanner.io.table.TableFiles;
import org.rolloutplanner.io.table.TableRow;
import org.rolloutplanner.io.table.TableSource;

/**
 * Reads school lists (a district's spreadsheet, the app's own roster CSV) through a {@link ColumnMapping}. Every row
 * is checked; a row with a problem is left out and its problems are listed with file, sheet, row and column.
 */
public final class SchoolFileImporter {

    /** One file to read: which sheet and header row, and the mapping (null: guessed from the header). */
    public record FileSettings(Path file, TableFiles.OpenOptions options, ColumnMapping mapping) {
        public static FileSettings guessed(Path file) {
            return new FileSettings(file, TableFiles.OpenOptions.DEFAULT, null);
        }
    }

    /** The first rows of a file, for the mapping step; {@code hiddenSheets} are those Excel hides. */
    public record FilePreview(String fileName, List<String> sheets, String sheet, int headerRow, List<String> header,
            List<List<String>> firstRows, ColumnMapping mapping, boolean ccd, java.util.Set<String> hiddenSheets) {
    }

    static final int MAX_REGION = 100;
    static final int MAX_ATTRIBUTE_NAME = 100;
    static final int MAX_ATTRIBUTE_VALUE = 2000;

    private SchoolFileImporter() {
    }

    public static FilePreview preview(Path file, TableFiles.OpenOptions options, int rows)
            throws IOException, FileProblemsException {
        List<TableFiles.Sheet> sheetInfo = TableFiles.sheets(file);
        List<String> sheets = sheetInfo.stream().map(TableFiles.Sheet::name).toList();
        java.util.Set<String> hidden = new java.util.LinkedHashSet<>();
        sheetInfo.stream().filter(TableFiles.Sheet::hidden).forEach(sh -> hidden.add(sh.name()));
        try (TableSource src = TableFiles.open(file, options)) {
            List<List<String>> first = new ArrayList<>();
            Iterator<TableRow> it = src.rows();
            while (it.hasNext() && first.size() < rows) {
                first.add(it.next().cells());
            }
            return new FilePreview(src.fileName(), sheets, src.sheetName(), src.headerRow(), src.header(), first,
                    ColumnMapping.guess(src.header()), CcdImporter.looksLikeCcd(src.header()), hidden);
        }
    }

    public static ImportBatch read(List<FileSettings> files, ImportProgress progress) throws IOException {
        List<ImportedSchool> schools = new ArrayList<>();
        List<FileProblem> rowProblems = new ArrayList<>();
        List<FileProblem> fileProblems = new ArrayList<>();
        Set<SchoolField> fields = EnumSet.noneOf(SchoolField.class);
        Map<String, Place> firstPlaceOfId = new HashMap<>();
        long rowsRead = 0;
        for (FileSettings fs : files) {
            String shown = fs.file().getFileName().toString();
            try (TableSource src = TableFiles.open(fs.file(), fs.options(),
                    (done, total) -> progress.bytesRead(shown, done, total))) {
                ColumnMapping mapping = fs.mapping() != null ? fs.mapping() : ColumnMapping.guess(src.header());
                if (!mapping.header().equals(src.header())) {
                    mapping = ColumnMapping.guess(src.header());
                }
                List<String> mp = mapping.problems();
                if (!mp.isEmpty()) {
                    for (String m : mp) {
                        fileProblems.add(new FileProblem(src.fileName(), src.sheetName(), src.headerRow(), "", m));
                    }
                    continue;
                }
                for (var f : mapping.columnsOfFields().keySet()) {
                    fields.add(f.schoolField());
                }
                if (mapping.columnsOfFields().containsKey(ImportField.GRADE_LOW)
                        && !mapping.columnsOfFields().containsKey(ImportField.LEVEL)) {
                    fields.add(SchoolField.LEVEL);
                }
                RowReader reader = new RowReader(src, mapping, firstPlaceOfId, files.size() > 1);
                Iterator<TableRow> it = src.rows();
                long n = 0;
                while (it.hasNext()) {
                    TableRow row = it.next();
                    n++;
                    if ((n & 4095) == 0) {
                        progress.rowsRead(src.fileName(), n);
                        progress.check();
                    }
                    List<FileProblem> problems = new ArrayList<>(0);
                    ImportedSchool s = reader.read(row, problems);
                    if (problems.isEmpty()) {
                        schools.add(s);
                    } else {
                        rowProblems.addAll(problems);
                    }
                }
                progress.rowsRead(src.fileName(), n);
                rowsRead += n;
            } catch (FileProblemsException e) {
                fileProblems.addAll(e.problems());
            }
        }
        return new ImportBatch(schools, fields, rowProblems, fileProblems, rowsRead, List.of());
    }

    /** Turns rows into schools for one file and mapping. */
    private static final class RowReader {
        private final TableSource src;
        private final ColumnMapping mapping;
        private final Map<ImportField, Integer> col;
        private final Map<String, Place> firstPlaceOfId;
        private final boolean nameFileInDuplicates;
        private final int[] attributeColumns;

        RowReader(TableSource src, ColumnMapping mapping, Map<String, Place> firstPlaceOfId, boolean nameFile) {
            this.src = src;
            this.mapping = mapping;
            this.col = mapping.columnsOfFields();
            this.firstPlaceOfId = firstPlaceOfId;
            this.nameFileInDuplicates = nameFile;
            List<Integer> attrs = new ArrayList<>();
            for (int i = 0; i < mapping.choices().size(); i++) {
                if (mapping.choices().get(i).field() == ImportField.ATTRIBUTE) {
                    attrs.add(i);
                }
            }
            attributeColumns = attrs.stream().mapToInt(Integer::intValue).toArray();
        }

        private String cell(TableRow row, ImportField f) {
            Integer c = col.get(f);
            return c == null ? "" : row.cell(c).strip();
        }

        private void problem(List<FileProblem> out, TableRow row, ImportField f, String message) {
            Integer c = col.get(f);
            out.add(new FileProblem(src.fileName(), src.sheetName(), row.rowNumber(), c == null ? "" : mapping.header().get(c),
                    message));
        }

        ImportedSchool read(TableRow row, List<FileProblem> p) {
            String id = "";
            try {
                id = SchoolValues.id(cell(row, ImportField.ID));
                if (id.isEmpty()) {
                    problem(p, row, ImportField.ID, "The school ID is empty. Every school needs an ID.");
                } else if (id.length() > SchoolRules.MAX_ID_LENGTH) {
                    problem(p, row, ImportField.ID, "The school ID is longer than " + SchoolRules.MAX_ID_LENGTH + " characters.");
                }
            } catch (IllegalArgumentException e) {
                problem(p, row, ImportField.ID, e.getMessage());
            }
            String name = cell(row, ImportField.NAME);
            if (name.isEmpty()) {
                problem(p, row, ImportField.NAME, "The school name is empty. Every school needs a name.");
            } else if (name.length() > SchoolRules.MAX_NAME_LENGTH) {
                problem(p, row, ImportField.NAME, "The school name is longer than " + SchoolRules.MAX_NAME_LENGTH + " characters.");
            }
            String low = grade(row, ImportField.GRADE_LOW, p);
            String high = grade(row, ImportField.GRADE_HIGH, p);
            SchoolLevel level = SchoolLevel.OTHER;
            String levelText = cell(row, ImportField.LEVEL);
            if (col.containsKey(ImportField.LEVEL)) {
                var l = SchoolValues.level(levelText, low, high);
                if (l.isPresent()) {
                    level = l.get();
                } else if (levelText.isEmpty()) {
                    problem(p, row, ImportField.LEVEL, "The level is empty. Use elementary, middle, high, K-8, 6-12 or other.");
                } else {
                    problem(p, row, ImportField.LEVEL, "\"" + levelText + "\" is not a school level we know. Use elementary, "
                            + "middle, high, K-8, 6-12 or other.");
                }
            } else {
                level = SchoolValues.levelFromGrades(low, high).orElse(SchoolLevel.OTHER);
            }
            int enrollment = 0;
            if (col.containsKey(ImportField.ENROLLMENT)) {
                Double e = number(row, ImportField.ENROLLMENT, "Enrollment", p);
                if (e == null) {
                    if (!hasProblemAt(p, ImportField.ENROLLMENT)) {
                        problem(p, row, ImportField.ENROLLMENT, "Enrollment is empty. Give the number of students.");
                    }
                } else if (e < 0) {
                    problem(p, row, ImportField.ENROLLMENT, "Enrollment cannot be negative (it is " + SchoolField.formatNumber(e) + ").");
                } else if (e != Math.rint(e) || e > Integer.MAX_VALUE) {
                    problem(p, row, ImportField.ENROLLMENT, "Enrollment must be a whole number (it is " + SchoolField.formatNumber(e) + ").");
                } else {
                    enrollment = e.intValue();
                }
            }
            Double frl = null;
            if (col.containsKey(ImportField.FRL_PERCENT)) {
                frl = number(row, ImportField.FRL_PERCENT, "Free/reduced lunch %", p);
                if (frl != null && (frl < 0 || frl > 100)) {
                    problem(p, row, ImportField.FRL_PERCENT, "Free/reduced lunch % must be between 0 and 100 (it is "
                            + SchoolField.formatNumber(frl) + ").");
                }
            } else if (col.containsKey(ImportField.FRL_COUNT)) {
                Double count = number(row, ImportField.FRL_COUNT, "Free/reduced lunch students", p);
                if (count != null) {
                    if (count < 0) {
                        problem(p, row, ImportField.FRL_COUNT, "Free/reduced lunch students cannot be negative (it is "
                                + SchoolField.formatNumber(count) + ").");
                    } else if (count > enrollment && enrollment > 0) {
                        problem(p, row, ImportField.FRL_COUNT, "There are more free/reduced lunch students ("
                                + SchoolField.formatNumber(count) + ") than students enrolled (" + enrollment
                                + "): that is over 100%.");
                    } else if (enrollment > 0) {
                        frl = percent(count, enrollment);
                    }
                }
            }
            Double teachers = col.containsKey(ImportField.TEACHERS) ? number(row, ImportField.TEACHERS, "Teachers", p) : null;
            if (teachers != null && teachers < 0) {
                problem(p, row, ImportField.TEACHERS, "Teachers cannot be negative (it is " + SchoolField.formatNumber(teachers) + ").");
            }
            Double readiness = col.containsKey(ImportField.READINESS) ? number(row, ImportField.READINESS, "Readiness", p) : null;
            if (readiness != null && (readiness < 0 || readiness > 100)) {
                problem(p, row, ImportField.READINESS, "Readiness must be between 0 and 100 (it is "
                        + SchoolField.formatNumber(readiness) + ").");
            }
            String region = text(row, ImportField.REGION, "Region", p);
            String feeder = text(row, ImportField.FEEDER, "Feeder pattern", p);
            Map<String, String> attributes = new LinkedHashMap<>();
            for (int c : attributeColumns) {
                String v = row.cell(c).strip();
                if (!v.isEmpty()) {
                    String an = mapping.choices().get(c).attributeName();
                    if (v.length() > MAX_ATTRIBUTE_VALUE) {
                        p.add(new FileProblem(src.fileName(), src.sheetName(), row.rowNumber(), mapping.header().get(c),
                                "The text is longer than " + MAX_ATTRIBUTE_VALUE + " characters."));
                    } else {
                        attributes.put(an.length() > MAX_ATTRIBUTE_NAME ? an.substring(0, MAX_ATTRIBUTE_NAME) : an, v);
                    }
                }
            }
            if (p.isEmpty()) {
                String key = id.toUpperCase(Locale.ROOT);
                Place first = firstPlaceOfId.putIfAbsent(key, new Place(src.fileName(), src.sheetName(), row.rowNumber()));
                if (first != null) {
                    problem(p, row, ImportField.ID, "The school ID " + id + " is already used on "
                            + first.describe(nameFileInDuplicates) + ". School IDs must be unique.");
                    return null;
                }
                return new ImportedSchool(new School(0, id, name, level, low, high, enrollment, frl, region, feeder,
                        readiness, teachers), attributes, src.fileName(), src.sheetName(), row.rowNumber());
            }
            return null;
        }

        private boolean hasProblemAt(List<FileProblem> p, ImportField f) {
            Integer c = col.get(f);
            return c != null && p.stream().anyMatch(x -> x.column().equals(mapping.header().get(c)));
        }

        private String grade(TableRow row, ImportField f, List<FileProblem> p) {
            try {
                return SchoolValues.grade(cell(row, f));
            } catch (IllegalArgumentException e) {
                problem(p, row, f, e.getMessage());
                return "";
            }
        }

        private Double number(TableRow row, ImportField f, String what, List<FileProblem> p) {
            try {
                return SchoolValues.number(cell(row, f), what);
            } catch (IllegalArgumentException e) {
                problem(p, row, f, e.getMessage());
                return null;
            }
        }

        private String text(TableRow row, ImportField f, String what, List<FileProblem> p) {
            String t = cell(row, f);
            if (t.length() > MAX_REGION) {
                problem(p, row, f, what + " is longer than " + MAX_REGION + " characters.");
            }
            return t;
        }
    }

    /** Where an id was first seen. */
    private record Place(String file, String sheet, int row) {
        String describe(boolean withFile) {
            return (withFile ? file + ", " : "") + (sheet.isEmpty() ? "" : "sheet " + sheet + ", ") + "row " + row;
        }
    }

    /** count / enrollment as a percentage with two decimals. */
    static double percent(double count, int enrollment) {
        return Math.round(count * 10000.0 / enrollment) / 100.0;
    }
}
