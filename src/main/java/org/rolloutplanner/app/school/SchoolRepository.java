package org.rolloutplanner.app.school;

import java.util.List;
import org.rolloutplanner.domain.school.School;

/** Stores the schools of districts. */
public interface SchoolRepository {

    /** The district's schools, in the order of their ids. */
    List<School> ofDistrict(long districtKey);

    /** Saves a new school; a school with key 0 gets a new key, one with a key keeps it (undo of a delete). */
    School insert(long districtKey, School school);

    void insertAll(long districtKey, List<School> schools);

    void update(School school);

    void delete(long schoolKey);

    /** The scenarios' pins and exclusions of a school (read before deleting it, to undo the delete). */
    default SchoolLinks links(long schoolKey) {
        return SchoolLinks.NONE;
    }

    /** Puts back pins and exclusions of a school whose delete is undone (scenarios deleted since are skipped). */
    default void restoreLinks(long schoolKey, SchoolLinks links) {
    }

    int countOfDistrict(long districtKey);

    /** The custom attributes of the district's schools (columns kept by an import): school key -> name -> value. */
    default java.util.Map<Long, java.util.Map<String, String>> attributesOfDistrict(long districtKey) {
        return java.util.Map.of();
    }
}
