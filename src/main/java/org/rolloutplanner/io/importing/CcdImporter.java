package org.rolloutplanner.io.importing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.rolloutplanner.domain.common.FileProblem;
import org.rolloutplanner.domain.common.FileProblemsException;
import org.rolloutplanner.domain.school.School;
import org.rolloutplanner.domain.school.SchoolField;
import org.rolloutplanner.domain.school.SchoolLevel;
import org.rolloutplanner.io.table.TableFiles;
import org.rolloutplanner.io.table.TableRow;
import org.rolloutplanner.io.table.TableSource;

/**
 * Reads the federal Common Core of Data (CCD) school files for one district or several (a consortium): the directory
 * (file 029) alone or with membership (052), lunch program (033), staff (059) and school characteristics (129), or the
 * older single-file layout ({@code MEMBER}, {@code FRELCH}, {@code REDLCH}, {@code TOTFRL}, {@code FTE}, with -1/-2/-9
 * as missing). Files are streamed row by row and filtered by district while reading; of the long files only the rows
 * the CCD marks as the school total are used. Ids are text; a leading zero a spreadsheet dropped is put back.
 */
public final class CcdImporter {

    /** Which district(s) to keep: by LEAID, or by name as the CCD writes it (LEA_NAME); both empty = decide from the files. */
    public record Filter(Set<String> leaIds, Set<String> leaNames) {
        public Filter {
            leaIds = Set.copyOf(leaIds);
            leaNames = Set.copyOf(leaNames);
        }

        public static Filter none() {
            return new Filter(Set.of(), Set.of());
        }

        boolean isEmpty() {
            return leaIds.isEmpty() && leaNames.isEmpty();
        }
    }

    /** The kinds of CCD file. */
    public enum Kind {
        DIRECTORY("school directory (029)"), OLD_LAYOUT("school universe (older single-file layout)"),
        MEMBERSHIP("membership (052)"), LUNCH("lunch program (033)"), STAFF("staff (059)"),
        CHARACTERISTICS("school characteristics (129)"), UNKNOWN("not a CCD file");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    static final String EDUCATION_UNIT_TOTAL = "Education Unit Total";
    /** Attribute set on schools under community eligibility. */
    public static final String COMMUNITY_ELIGIBILITY = "community_eligibility";
    /** Attribute explaining why a school's free/reduced-lunch share is unknown. */
    public static final String FRL_NOTE = "frl_note";

    private static final Pattern OLD_SUFFIX = Pattern.compile(
            "(SCHNAM|LEANM|MEMBER|FRELCH|REDLCH|TOTFRL|FTE|GSLO|GSHI|LEVEL|STATUS|TYPE|CHARTR|MAGNET|ULOCAL)\\d{2}");

    private CcdImporter() {
    }

    /** The column name without the year suffix of older files ("MEMBER09" -> "MEMBER"), upper case. */
    static String canonical(String header) {
        String h = header.strip().toUpperCase(Locale.ROOT);
        if (h.startsWith("\uFEFF")) {
            h = h.substring(1);
        }
        var m = OLD_SUFFIX.matcher(h);
        return m.matches() ? m.group(1) : h;
    }

    public static Kind kindOf(List<String> header) {
        Set<String> h = new HashSet<>();
        header.forEach(c -> h.add(canonical(c)));
        if (!h.contains("NCESSCH")) {
            return Kind.UNKNOWN;
        }
        if (h.contains("STUDENT_COUNT") && h.contains("GRADE")) {
            return Kind.MEMBERSHIP;
        }
        if (h.contains("LUNCH_PROGRAM")) {
            return Kind.LUNCH;
        }
        if (h.contains("MEMBER") || h.contains("TOTFRL") || h.contains("FRELCH") || h.contains("SCHNAM")) {
            return Kind.OLD_LAYOUT;
        }
        if (h.contains("SCH_NAME") && (h.contains("LEVEL") || h.contains("GSLO"))) {
            return Kind.DIRECTORY;
        }
        if (h.contains("TEACHERS")) {
            return Kind.STAFF;
        }
        if (h.contains("NSLP_STATUS") || h.contains("NSLP_STATUS_TEXT")) {
            return Kind.CHARACTERISTICS;
        }
        return Kind.UNKNOWN;
    }

    public static boolean looksLikeCcd(List<String> header) {
        return kindOf(header) != Kind.UNKNOWN;
    }

    /** Column positions of one file by canonical name. */
    private record Columns(Map<String, Integer> index) {
        static Columns of(List<String> header) {
            Map<String, Integer> m = new HashMap<>();
            for (int i = 0; i < header.size(); i++) {
                m.putIfAbsent(canonical(header.get(i)), i);
            }
            return new Columns(m);
        }

        int of(String... names) {
            for (String n : names) {
                Integer i = index.get(n);
                if (i != null) {
                    return i;
                }
            }
            return -1;
        }
    }

    /** What is known of one school while the files are read. */
    private static final class Builder {
        String id;
        String name;
        String levelText = "";
        String low = "";
        String high = "";
        Integer enrollment;
        Double frlCount;
        Double free;
        Double reduced;
        Double directCertification;
        boolean ceo;
        Double teachers;
        String file;
        String sheet;
        int row;
        String frlFile;
        String frlSheet;
        int frlRow;
        final Map<String, String> attributes = new LinkedHashMap<>();
    }

    private static final Set<String> DIRECTORY_FIELDS = Set.of("NCESSCH", "SCH_NAME", "SCHNAM", "LEVEL", "GSLO", "GSHI",
            "MEMBER", "FRELCH", "REDLCH", "TOTFRL", "FTE");

    public static ImportBatch read(List<Path> files, Filter filter, String districtHint, ImportProgress progress)
            throws IOException {
        List<FileProblem> fileProblems = new ArrayList<>();
        List<FileProblem> rowProblems = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        Map<Kind, List<Path>> byKind = new LinkedHashMap<>();
        for (Path f : files) {
            try (TableSource src = TableFiles.open(f, TableFiles.OpenOptions.DEFAULT)) {
                Kind k = kindOf(src.header());
                if (k == Kind.UNKNOWN) {
                    fileProblems.add(new FileProblem(src.fileName(), src.sheetName(), src.headerRow(), "",
                            "This is not a CCD file we know: it has no NCESSCH column, or not the columns of the school "
                                    + "directory (029), membership (052), lunch program (033), staff (059) or school "
                                    + "characteristics (129) files."));
                }
                byKind.computeIfAbsent(k, x -> new ArrayList<>()).add(f);
            } catch (FileProblemsException e) {
                fileProblems.addAll(e.problems());
            }
        }
        List<Path> directories = new ArrayList<>();
        directories.addAll(byKind.getOrDefault(Kind.DIRECTORY, List.of()));
        directories.addAll(byKind.getOrDefault(Kind.OLD_LAYOUT, List.of()));
        if (directories.isEmpty() && fileProblems.isEmpty()) {
            fileProblems.add(FileProblem.whole(files.isEmpty() ? "" : files.getFirst().getFileName().toString(),
                    "A CCD import needs the school directory file (029), or the older single-file layout: it names the "
                            + "schools. Add it to the files to import."));
        }
        if (!fileProblems.isEmpty()) {
            return new ImportBatch(List.of(), Set.of(), List.of(), fileProblems, 0, List.of());
        }

        Set<String> leaIds = new HashSet<>();
        for (String id : filter.leaIds()) {
            leaIds.add(SchoolValues.ncesDistrictId(id));
        }
        if (filter.isEmpty() || !filter.leaNames().isEmpty()) {
            List<FileProblem> fp = resolveDistricts(directories, filter, districtHint, leaIds, progress);
            if (!fp.isEmpty()) {
                return new ImportBatch(List.of(), Set.of(), List.of(), fp, 0, List.of());
            }
        }

        Set<SchoolField> fields = EnumSet.of(SchoolField.ID, SchoolField.NAME, SchoolField.LEVEL, SchoolField.GRADE_LOW,
                SchoolField.GRADE_HIGH);
        Map<String, Builder> schools = new LinkedHashMap<>();
        long rowsRead = 0;
        int closed = 0;
        boolean anyDirectory = false;
        for (Path f : directories) {
            try (TableSource src = openReporting(f, progress)) {
                Columns c = Columns.of(src.header());
                boolean old = kindOf(src.header()) == Kind.OLD_LAYOUT;
                int ncessch = c.of("NCESSCH");
                int leaid = c.of("LEAID");
                int name = c.of("SCH_NAME", "SCHNAM");
                int level = c.of("LEVEL");
                int gslo = c.of("GSLO");
                int gshi = c.of("GSHI");
                int status = c.of("SY_STATUS_TEXT", "SY_STATUS", "STATUS");
                int member = c.of("MEMBER");
                int totfrl = c.of("TOTFRL");
                int frelch = c.of("FRELCH");
                int redlch = c.of("REDLCH");
                int fte = c.of("FTE", "TEACHERS");
                int nslp = c.of("NSLP_STATUS_TEXT", "NSLP_STATUS");
                if (old && member >= 0) {
                    fields.add(SchoolField.ENROLLMENT);
                }
                if (old && (totfrl >= 0 || frelch >= 0)) {
                    fields.add(SchoolField.FRL_PERCENT);
                }
                if (fte >= 0) {
                    fields.add(SchoolField.TEACHERS);
                }
                List<String> header = src.header();
                long n = 0;
                for (Iterator<TableRow> it = src.rows(); it.hasNext(); ) {
                    TableRow row = it.next();
                    if ((++n & 4095) == 0) {
                        progress.rowsRead(src.fileName(), n);
                        progress.check();
                    }
                    if (!inDistrict(row, leaid, ncessch, leaIds)) {
                        continue;
                    }
                    rowsRead++;
                    anyDirectory = true;
                    String statusText = status < 0 ? "" : row.cell(status).strip();
                    if (statusText.equalsIgnoreCase("Closed") || statusText.equals("2")) {
                        closed++;
                        continue;
                    }
                    String id;
                    try {
                        id = SchoolValues.ncesSchoolId(row.cell(ncessch));
                    } catch (IllegalArgumentException e) {
                        rowProblems.add(new FileProblem(src.fileName(), src.sheetName(), row.rowNumber(), header.get(ncessch),
                                e.getMessage()));
                        continue;
                    }
                    if (id.isEmpty()) {
                        rowProblems.add(new FileProblem(src.fileName(), src.sheetName(), row.rowNumber(), header.get(ncessch),
                                "The school ID (NCESSCH) is empty."));
                        continue;
                    }
                    Builder b = schools.get(id);
                    if (b != null) {
                        rowProblems.add(new FileProblem(src.fileName(), src.sheetName(), row.rowNumber(), header.get(ncessch),
                                "The school " + id + " is listed twice (first on row " + b.row + "). School IDs must be unique."));
                        continue;
                    }
                    b = new Builder();
                    b.id = id;
                    b.file = src.fileName();
                    b.sheet = src.sheetName();
                    b.row = row.rowNumber();
                    b.name = name < 0 ? "" : row.cell(name).strip();
                    b.levelText = level < 0 ? "" : row.cell(level).strip();
                    b.low = gslo < 0 ? "" : row.cell(gslo);
                    b.high = gshi < 0 ? "" : row.cell(gshi);
                    if (member >= 0) {
                        Double m = numberOrNull(row.cell(member));
                        b.enrollment = m == null ? null : m.intValue();
                    }
                    if (totfrl >= 0 || frelch >= 0) {
                        b.frlCount = totfrl < 0 ? null : numberOrNull(row.cell(totfrl));
                        b.free = frelch < 0 ? null : numberOrNull(row.cell(frelch));
                        b.reduced = redlch < 0 ? null : numberOrNull(row.cell(redlch));
                        b.frlFile = b.file;
                        b.frlSheet = b.sheet;
                        b.frlRow = b.row;
                    }
                    if (fte >= 0) {
                        b.teachers = numberOrNull(row.cell(fte));
                    }
                    if (nslp >= 0) {
                        b.ceo = isCommunityEligibility(row.cell(nslp));
                    }
                    for (int i = 0; i < header.size(); i++) {
                        String key = canonical(header.get(i));
                        String v = row.cell(i).strip();
                        if (!DIRECTORY_FIELDS.contains(key) && !v.isEmpty() && !CcdCodes.isMissing(v)
                                && v.length() <= SchoolFileImporter.MAX_ATTRIBUTE_VALUE) {
                            b.attributes.putIfAbsent(header.get(i).strip(), key.equals("LEAID") ? repairedLeaId(v) : v);
                        }
                    }
                    schools.put(id, b);
                } 
            } catch (FileProblemsException e) {
                fileProblems.addAll(e.problems());
            } catch (IllegalArgumentException e) {
                fileProblems.add(FileProblem.whole(f.getFileName().toString(), e.getMessage()));
            }
        }
        if (!anyDirectory && fileProblems.isEmpty()) {
            fileProblems.add(FileProblem.whole(directories.getFirst().getFileName().toString(),
                    "No school of the chosen district is in this file (district ids " + String.join(", ", new TreeMap<>(
                            toMap(leaIds)).keySet()) + ")."));
        }

        for (Path f : byKind.getOrDefault(Kind.MEMBERSHIP, List.of())) {
            fields.add(SchoolField.ENROLLMENT);
            rowsRead += readLong(f, leaIds, schools, progress, fileProblems, (b, row, c, src) -> {
                if (!row.cell(c.of("TOTAL_INDICATOR")).strip().equalsIgnoreCase(EDUCATION_UNIT_TOTAL)) {
                    return;
                }
                Double count = numberOrNull(row.cell(c.of("STUDENT_COUNT")));
                b.enrollment = count == null ? null : count.intValue();
            });
        }
        for (Path f : byKind.getOrDefault(Kind.LUNCH, List.of())) {
            fields.add(SchoolField.FRL_PERCENT);
            rowsRead += readLong(f, leaIds, schools, progress, fileProblems, (b, row, c, src) -> {
                String group = row.cell(c.of("DATA_GROUP")).strip().toLowerCase(Locale.ROOT);
                String program = row.cell(c.of("LUNCH_PROGRAM")).strip().toLowerCase(Locale.ROOT);
                String total = row.cell(c.of("TOTAL_INDICATOR")).strip();
                Double count = numberOrNull(row.cell(c.of("STUDENT_COUNT")));
                if (isCommunityEligibility(program)) {
                    b.ceo = true;
                }
                if (group.startsWith("direct certification")) {
                    if (total.equalsIgnoreCase(EDUCATION_UNIT_TOTAL) && count != null) {
                        b.directCertification = count;
                    }
                    return;
                }
                if (!group.startsWith("free and reduced")) {
                    return;
                }
                b.frlFile = src.fileName();
                b.frlSheet = src.sheetName();
                if (total.equalsIgnoreCase(EDUCATION_UNIT_TOTAL)) {
                    b.frlCount = count;
                    b.frlRow = row.rowNumber();
                } else if (program.startsWith("free lunch")) {
                    b.free = count;
                    b.frlRow = b.frlRow == 0 ? row.rowNumber() : b.frlRow;
                } else if (program.startsWith("reduced")) {
                    b.reduced = count;
                    b.frlRow = b.frlRow == 0 ? row.rowNumber() : b.frlRow;
                }
            });
        }
        for (Path f : byKind.getOrDefault(Kind.STAFF, List.of())) {
            fields.add(SchoolField.TEACHERS);
            rowsRead += readLong(f, leaIds, schools, progress, fileProblems, (b, row, c, src) ->
                    b.teachers = numberOrNull(row.cell(c.of("TEACHERS"))));
        }
        for (Path f : byKind.getOrDefault(Kind.CHARACTERISTICS, List.of())) {
            rowsRead += readLong(f, leaIds, schools, progress, fileProblems, (b, row, c, src) -> {
                if (isCommunityEligibility(row.cell(c.of("NSLP_STATUS_TEXT", "NSLP_STATUS")))) {
                    b.ceo = true;
                }
            });
        }

        List<ImportedSchool> out = new ArrayList<>();
        int ceoUnknown = 0;
        int noEnrollment = 0;
        for (Builder b : schools.values()) {
            List<FileProblem> p = new ArrayList<>();
            String low = "";
            String high = "";
            try {
                low = SchoolValues.grade(b.low);
                high = SchoolValues.grade(b.high);
            } catch (IllegalArgumentException e) {
                p.add(new FileProblem(b.file, b.sheet, b.row, "GSLO", e.getMessage()));
            }
            SchoolLevel level = SchoolValues.level(b.levelText, low, high).orElse(null);
            if (level == null) {
                p.add(new FileProblem(b.file, b.sheet, b.row, "LEVEL", "\"" + b.levelText
                        + "\" is not a school level we know."));
            }
            if (b.name.isEmpty()) {
                p.add(new FileProblem(b.file, b.sheet, b.row, "SCH_NAME", "The school name is empty."));
            }
            int enrollment = b.enrollment == null || b.enrollment < 0 ? 0 : b.enrollment;
            if (b.enrollment == null && fields.contains(SchoolField.ENROLLMENT)) {
                noEnrollment++;
            }
            Double count = b.frlCount;
            if (count == null && b.free != null && b.reduced != null) {
                count = b.free + b.reduced;
            }
            Double frl = null;
            Map<String, String> attributes = new LinkedHashMap<>(b.attributes);
            if (b.ceo) {
                attributes.put(COMMUNITY_ELIGIBILITY, "yes");
            }
            if (count != null && count == 0 && enrollment > 0 && (b.ceo || (b.directCertification != null
                    && b.directCertification > 0))) {
                attributes.put(FRL_NOTE, "Reports 0 free/reduced-lunch students under community eligibility: "
                        + "the low-income share is unknown, not 0%.");
                attributes.put(COMMUNITY_ELIGIBILITY, "yes");
                ceoUnknown++;
            } else if (count != null && enrollment > 0) {
                if (count > enrollment) {
                    p.add(new FileProblem(b.frlFile, b.frlSheet, b.frlRow, b.frlCount != null ? "STUDENT_COUNT" : "FRELCH",
                            "The school " + b.id + " reports more free/reduced-lunch students ("
                                    + SchoolField.formatNumber(count) + ") than students enrolled (" + enrollment
                                    + "): that is over 100%."));
                } else {
                    frl = SchoolFileImporter.percent(count, enrollment);
                }
            }
            if (b.directCertification != null) {
                attributes.put("direct_certification", SchoolField.formatNumber(b.directCertification));
            }
            if (!p.isEmpty()) {
                rowProblems.addAll(p);
                continue;
            }
            out.add(new ImportedSchool(new School(0, b.id, b.name, level, low, high, enrollment, frl, "", "", null,
                    b.teachers == null || b.teachers < 0 ? null : b.teachers), attributes, b.file, b.sheet, b.row));
        }
        if (closed > 0) {
            notes.add(closed + (closed == 1 ? " closed school was" : " closed schools were") + " left out.");
        }
        if (ceoUnknown > 0) {
            notes.add(ceoUnknown + (ceoUnknown == 1 ? " school reports" : " schools report") + " 0 free/reduced-lunch "
                    + "students under community eligibility: the low-income share is left unknown, not 0%.");
        }
        if (noEnrollment > 0) {
            notes.add(noEnrollment + (noEnrollment == 1 ? " school has" : " schools have") + " no enrollment in the "
                    + "membership file; it is set to 0.");
        }
        return new ImportBatch(out, fields, rowProblems, fileProblems, rowsRead, notes);
    }

    private static Map<String, String> toMap(Set<String> s) {
        Map<String, String> m = new HashMap<>();
        s.forEach(x -> m.put(x, x));
        return m;
    }

    private static String repairedLeaId(String v) {
        try {
            return SchoolValues.ncesDistrictId(v);
        } catch (IllegalArgumentException e) {
            return v;
        }
    }

    static boolean isCommunityEligibility(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        return t.contains("community eligibility") || t.contains("nslpceo") || t.contains("(ceo)");
    }

    private static Double numberOrNull(String text) {
        try {
            Double d = SchoolValues.number(text, "");
            return d == null || d < 0 ? null : d;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Is the row one of the chosen districts'? Compares the LEAID cell, else the NCESSCH's first 7 digits. */
    private static boolean inDistrict(TableRow row, int leaid, int ncessch, Set<String> leaIds) {
        String v;
        if (leaid >= 0) {
            v = row.cell(leaid);
            if (leaIds.contains(v)) {
                return true;
            }
            v = v.strip();
            return leaIds.contains(v.length() == 6 ? "0" + v : v);
        }
        String s = row.cell(ncessch).strip();
        if (s.length() == 11) {
            s = "0" + s;
        }
        return s.length() >= 7 && leaIds.contains(s.substring(0, 7));
    }

    private interface RowHandler {
        void accept(Builder b, TableRow row, Columns c, TableSource src);
    }

    /** Streams a long file (membership, lunch, staff), handing on the rows of the chosen districts' schools. */
    private static long readLong(Path f, Set<String> leaIds, Map<String, Builder> schools, ImportProgress progress,
            List<FileProblem> fileProblems, RowHandler handler) throws IOException {
        long used = 0;
        try (TableSource src = openReporting(f, progress)) {
            Columns c = Columns.of(src.header());
            int leaid = c.of("LEAID");
            int ncessch = c.of("NCESSCH");
            long n = 0;
            for (Iterator<TableRow> it = src.rows(); it.hasNext(); ) {
                TableRow row = it.next();
                if ((++n & 16383) == 0) {
                    progress.rowsRead(src.fileName(), n);
                    progress.check();
                }
                if (!inDistrict(row, leaid, ncessch, leaIds)) {
                    continue;
                }
                String id = row.cell(ncessch).strip();
                Builder b = schools.get(id.length() == 11 ? "0" + id : id);
                if (b != null) {
                    used++;
                    handler.accept(b, row, c, src);
                }
            }
            progress.rowsRead(src.fileName(), n);
        } catch (FileProblemsException e) {
            fileProblems.addAll(e.problems());
        }
        return used;
    }

    /**
     * Fills {@code leaIds} from the filter's names, or (no filter) from the district name the person gave or the one
     * district the files hold; problems when that cannot be decided.
     */
    private static List<FileProblem> resolveDistricts(List<Path> directories, Filter filter, String districtHint,
            Set<String> leaIds, ImportProgress progress) throws IOException {
        Map<String, String> nameOfLea = new TreeMap<>();
        String fileName = directories.getFirst().getFileName().toString();
        for (Path f : directories) {
            try (TableSource src = openReporting(f, progress)) {
                Columns c = Columns.of(src.header());
                int leaid = c.of("LEAID");
                int leaName = c.of("LEA_NAME", "LEANM");
                int ncessch = c.of("NCESSCH");
                long n = 0;
                for (Iterator<TableRow> it = src.rows(); it.hasNext(); ) {
                    TableRow row = it.next();
                    if ((++n & 16383) == 0) {
                        progress.check();
                    }
                    String id = leaid >= 0 ? repairedLeaId(row.cell(leaid).strip()) : "";
                    if (id.isEmpty()) {
                        String s = row.cell(ncessch).strip();
                        s = s.length() == 11 ? "0" + s : s;
                        id = s.length() >= 7 ? s.substring(0, 7) : s;
                    }
                    nameOfLea.putIfAbsent(id, leaName < 0 ? "" : row.cell(leaName).strip());
                }
            } catch (FileProblemsException e) {
                return e.problems();
            }
        }
        Set<String> wanted = new HashSet<>();
        filter.leaNames().forEach(n -> wanted.add(n.strip().toLowerCase(Locale.ROOT)));
        if (filter.isEmpty() && districtHint != null) {
            wanted.add(districtHint.strip().toLowerCase(Locale.ROOT));
        }
        Set<String> found = new HashSet<>();
        nameOfLea.forEach((id, name) -> {
            if (wanted.contains(name.toLowerCase(Locale.ROOT))) {
                leaIds.add(id);
                found.add(name.toLowerCase(Locale.ROOT));
            }
        });
        List<FileProblem> problems = new ArrayList<>();
        for (String n : filter.leaNames()) {
            if (!found.contains(n.strip().toLowerCase(Locale.ROOT))) {
                problems.add(FileProblem.whole(fileName, "No district named \"" + n + "\" is in the CCD files"
                        + similar(nameOfLea, n) + "."));
            }
        }
        if (filter.isEmpty() && leaIds.isEmpty()) {
            if (nameOfLea.size() == 1) {
                leaIds.addAll(nameOfLea.keySet());
            } else {
                StringBuilder sb = new StringBuilder("The CCD files hold " + nameOfLea.size() + " districts. Choose "
                        + "which to import by district id (LEAID) or by the name the CCD uses");
                int shown = 0;
                for (var e : nameOfLea.entrySet()) {
                    sb.append(shown == 0 ? ", for example " : "; ").append(e.getKey()).append(" (").append(e.getValue())
                            .append(")");
                    if (++shown == 5) {
                        break;
                    }
                }
                problems.add(FileProblem.whole(fileName, sb.append(".").toString()));
            }
        }
        return problems;
    }

    private static String similar(Map<String, String> nameOfLea, String wanted) {
        String w = wanted.strip().toLowerCase(Locale.ROOT).split("\\s+")[0];
        List<String> hits = nameOfLea.entrySet().stream().filter(e -> e.getValue().toLowerCase(Locale.ROOT).contains(w))
                .limit(5).map(e -> e.getValue() + " (" + e.getKey() + ")").toList();
        return hits.isEmpty() ? "" : ". Did you mean: " + String.join("; ", hits);
    }

    private static TableSource openReporting(Path f, ImportProgress progress) throws IOException, FileProblemsException {
        String shown = f.getFileName().toString();
        return TableFiles.open(f, TableFiles.OpenOptions.DEFAULT, (done, total) -> progress.bytesRead(shown, done, total));
    }
}
