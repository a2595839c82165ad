package org.rolloutplanner.io.importing;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.rolloutplanner.domain.common.FileProblem;
import org.rolloutplanner.domain.school.SchoolField;

/**
 * What was read from one or more files, before anything is written.
 *
 * @param schools      the schools whose rows had no problem
 * @param fields       the school fields the files give (fields not given are left as they are on re-import)
 * @param rowProblems  problems of single rows: skipping those rows leaves the rest usable
 * @param fileProblems problems no skipping can fix (a file that cannot be read, a mapping with no id column)
 * @param rowsRead     data rows read (for CCD files: rows of the chosen district's schools)
 * @param notes        things the person should know that are not problems ("3 closed schools were left out")
 */
public record ImportBatch(List<ImportedSchool> schools, Set<SchoolField> fields, List<FileProblem> rowProblems,
        List<FileProblem> fileProblems, long rowsRead, List<String> notes) {

    public ImportBatch {
        schools = List.copyOf(schools);
        fields = Set.copyOf(fields);
        rowProblems = List.copyOf(rowProblems);
        fileProblems = List.copyOf(fileProblems);
        notes = List.copyOf(notes);
    }

    /** Number of rows left out because of their problems. */
    public int rejectedRows() {
        Set<String> rows = new HashSet<>();
        for (FileProblem p : rowProblems) {
            rows.add(p.file() + "\u0000" + p.sheet() + "\u0000" + p.row());
        }
        return rows.size();
    }

    /** Every problem, the file-wide ones first. */
    public List<FileProblem> allProblems() {
        return java.util.stream.Stream.concat(fileProblems.stream(), rowProblems.stream()).toList();
    }

    public boolean hasProblems() {
        return !rowProblems.isEmpty() || !fileProblems.isEmpty();
    }
}
