package org.rolloutplanner.app.importing;

import java.util.List;
import java.util.Map;
import org.rolloutplanner.domain.school.School;
import org.rolloutplanner.io.importing.ImportBatch;
import org.rolloutplanner.io.importing.ImportedSchool;

/**
 * What an import would change, computed before anything is written: new schools, changed schools with each field's
 * old and new value, schools the files leave unchanged, and schools of the district missing from the files (they are
 * kept, not deleted).
 */
public record ImportPreview(String districtName, boolean newDistrict, ImportBatch batch, List<ImportedSchool> added,
        List<SchoolChange> changed, List<School> unchanged, List<School> missing) {

    /** One changed field (or custom attribute) of a school. */
    public record FieldChange(String field, String before, String after) {
        public String describe() {
            return field + ": " + (before.isEmpty() ? "(empty)" : before) + " → " + (after.isEmpty() ? "(empty)" : after);
        }
    }

    /** A school already in the district whose fields the files change. */
    public record SchoolChange(School before, School after, Map<String, String> attributes, List<FieldChange> changes) {
    }

    public int rejected() {
        return batch.rejectedRows();
    }
}
