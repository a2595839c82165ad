package org.rolloutplanner.app.importing;

import java.util.List;
import java.util.Map;
import org.rolloutplanner.domain.school.School;

/** What an import writes: many schools at once, and schools' custom attributes. Called inside a transaction. */
public interface SchoolImportRepository {

    /** Inserts new schools in batches; returns them with their keys, in the same order. */
    List<School> insertAll(long districtKey, List<School> schools);

    /** Updates existing schools (by key) in batches. */
    void updateAll(List<School> schools);

    /** The custom attributes of the district's schools: school key -> name -> value. */
    Map<Long, Map<String, String>> attributesOfDistrict(long districtKey);

    /** Sets these attributes of these schools; a school's other attributes stay. */
    void putAttributes(Map<Long, Map<String, String>> attributesBySchoolKey);
}
