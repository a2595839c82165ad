package org.rolloutplanner.io.importing;

import java.util.Map;
import org.rolloutplanner.domain.school.School;

/**
 * A school read from a file, with its custom attributes (other columns, by name) and where it came from.
 *
 * @param row the 1-based row of the file or sheet the school was read from
 */
public record ImportedSchool(School school, Map<String, String> attributes, String file, String sheet, int row) {

    public ImportedSchool {
        attributes = Map.copyOf(attributes);
    }
}
