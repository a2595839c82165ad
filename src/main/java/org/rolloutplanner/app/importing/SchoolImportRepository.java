package org.rolloutplanner.app.importing;

import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import org.rolloutplanner.domain.school.School;

/**
 * What an import writes: many schools at once, and schools' custom attributes. Called inside a transaction. The
 * {@code written} callbacks get the number of rows written since the last call, after each batch; a callback may
 * throw (a cancel) to stop, and the caller's transaction then rolls back.
 */
public interface SchoolImportRepository {

    /** Inserts new schools in batches; returns them with their keys, in the same order. */
    List<School> insertAll(long districtKey, List<School> schools, IntConsumer written);

    /** Updates existing schools (by key) in batches. */
    void updateAll(List<School> schools, IntConsumer written);

    /** The custom attributes of the district's schools: school key -> name -> value. */
    Map<Long, Map<String, String>> attributesOfDistrict(long districtKey);

    /** Adds attributes to schools that have none yet (schools just inserted). */
    void insertAttributes(Map<Long, Map<String, String>> attributesBySchoolKey, IntConsumer written);

    /** Sets these attributes of these schools; a school's other attributes stay. */
    void putAttributes(Map<Long, Map<String, String>> attributesBySchoolKey, IntConsumer written);
}
