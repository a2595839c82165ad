package org.rolloutplanner.app.importing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.rolloutplanner.domain.school.School;
import org.rolloutplanner.domain.school.SchoolField;
import org.rolloutplanner.io.importing.ImportBatch;
import org.rolloutplanner.io.importing.ImportedSchool;

/**
 * Compares what was read with the district's schools, by id (without case or surrounding spaces). A school in the
 * files takes only the fields the files give: a file without a region column leaves regions as they are.
 */
final class ImportDiff {

    private ImportDiff() {
    }

    static ImportPreview compute(String districtName, boolean newDistrict, List<School> existing,
            Map<Long, Map<String, String>> existingAttributes, ImportBatch batch) {
        Map<String, School> byId = new HashMap<>(existing.size() * 2);
        for (School s : existing) {
            byId.put(key(s.id()), s);
        }
        Set<SchoolField> fields = batch.fields();
        List<ImportedSchool> added = new ArrayList<>();
        List<ImportPreview.SchoolChange> changed = new ArrayList<>();
        List<School> unchanged = new ArrayList<>();
        Map<String, Boolean> seen = new HashMap<>(batch.schools().size() * 2);
        for (ImportedSchool in : batch.schools()) {
            String k = key(in.school().id());
            seen.put(k, true);
            School before = byId.get(k);
            if (before == null) {
                added.add(in);
                continue;
            }
            School after = merge(before, in.school(), fields);
            List<ImportPreview.FieldChange> changes = new ArrayList<>();
            for (SchoolField f : SchoolField.values()) {
                String a = f.format(before);
                String b = f.format(after);
                if (!a.equals(b)) {
                    changes.add(new ImportPreview.FieldChange(f.label(), a, b));
                }
            }
            Map<String, String> old = existingAttributes.getOrDefault(before.key(), Map.of());
            Map<String, String> attrs = new LinkedHashMap<>();
            for (var e : in.attributes().entrySet()) {
                String was = old.get(e.getKey());
                if (!Objects.equals(was, e.getValue())) {
                    attrs.put(e.getKey(), e.getValue());
                    changes.add(new ImportPreview.FieldChange(e.getKey(), was == null ? "" : was, e.getValue()));
                }
            }
            if (changes.isEmpty()) {
                unchanged.add(before);
            } else {
                changed.add(new ImportPreview.SchoolChange(before, after, attrs, changes));
            }
        }
        List<School> missing = existing.stream().filter(s -> !seen.containsKey(key(s.id()))).toList();
        return new ImportPreview(districtName, newDistrict, batch, added, changed, unchanged, missing);
    }

    static String key(String id) {
        return id.strip().toUpperCase(Locale.ROOT);
    }

    private static School merge(School before, School in, Set<SchoolField> fields) {
        return new School(before.key(),
                before.id(),
                fields.contains(SchoolField.NAME) ? in.name() : before.name(),
                fields.contains(SchoolField.LEVEL) ? in.level() : before.level(),
                fields.contains(SchoolField.GRADE_LOW) ? in.gradeLow() : before.gradeLow(),
                fields.contains(SchoolField.GRADE_HIGH) ? in.gradeHigh() : before.gradeHigh(),
                fields.contains(SchoolField.ENROLLMENT) ? in.enrollment() : before.enrollment(),
                fields.contains(SchoolField.FRL_PERCENT) ? in.frlPercent() : before.frlPercent(),
                fields.contains(SchoolField.REGION) ? in.region() : before.region(),
                fields.contains(SchoolField.FEEDER) ? in.feeder() : before.feeder(),
                fields.contains(SchoolField.READINESS) ? in.readiness() : before.readiness(),
                fields.contains(SchoolField.TEACHERS) ? in.teachers() : before.teachers());
    }
}
