package org.rolloutplanner.persistence;

import org.jooq.DSLContext;

/** Rows as an older version of the app wrote them, for the upgrade tests (its ids came from H2, not from id_counter). */
final class OlderVersionRows {

    private OlderVersionRows() {
    }

    /** District 1, "Maple Valley", with elementary schools S-01… (ids 1…) of 500 students each. */
    static void districtWithSchools(DSLContext dsl, int schools) {
        dsl.execute("INSERT INTO district (id, name) VALUES (1, 'Maple Valley')");
        for (int i = 1; i <= schools; i++) {
            dsl.execute("INSERT INTO school (id, district_id, school_code, name, level, enrollment, frl_percent, region, "
                    + "readiness) VALUES (?, 1, ?, ?, 'elementary', 500, 60.0, 'North', 50.0)", i, "S-0" + i, "School " + i);
        }
    }
}
