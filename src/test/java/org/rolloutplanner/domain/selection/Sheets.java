package org.rolloutplanner.domain.selection;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Small hand-made rounds for the tests. */
final class Sheets {

    private Sheets() {
    }

    static Applicant applicant(String id, int enrollment, double frl) {
        return new Applicant(id, "School " + id, Map.of("enrollment", String.valueOf(enrollment), "frl_percent",
                String.valueOf(frl), "level", "elementary", "region", "North"));
    }

    /** Scores as rows "reviewer applicant criterion value". */
    static List<Score> scores(String... rows) {
        List<Score> out = new ArrayList<>();
        for (String row : rows) {
            String[] p = row.split(" ");
            out.add(new Score(p[0], p[1], p[2], Double.parseDouble(p[3])));
        }
        return out;
    }

    static List<Reviewer> reviewers(String... ids) {
        return java.util.Arrays.stream(ids).map(id -> new Reviewer(id, id, "")).toList();
    }
}
