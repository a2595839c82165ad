package org.rolloutplanner.app.importing;

import java.util.List;

/** What an import did. {@code missing}: schools of the district not in the files (kept). */
public record ImportOutcome(String districtName, int added, int updated, int unchanged, int rejected, int missing,
        List<String> notes) {

    /** "Added 12 schools, updated 3, unchanged 40, rejected 2 rows." */
    public String summary() {
        return "Added " + added + (added == 1 ? " school" : " schools") + ", updated " + updated + ", unchanged "
                + unchanged + ", rejected " + rejected + (rejected == 1 ? " row." : " rows.")
                + (missing > 0 ? " " + missing + (missing == 1 ? " school of the district is" : " schools of the district are")
                        + " not in the files; kept as they were." : "");
    }
}
