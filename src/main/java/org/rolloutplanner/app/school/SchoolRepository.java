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

    int countOfDistrict(long districtKey);

    /** The custom attributes of the district's schools (columns kept by an import): school key -> name -> value. */
    default java.util.Map<Long, java.util.Map<String, String>> attributesOfDistrict(long districtKey) {
        return java.util.Map.of();
    }
}
