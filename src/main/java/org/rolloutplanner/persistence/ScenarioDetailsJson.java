package org.rolloutplanner.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rolloutplanner.domain.rollout.CohortOverride;
import org.rolloutplanner.domain.rollout.PartialAdoption;
import org.rolloutplanner.domain.rollout.SchoolOrder;
import org.rolloutplanner.domain.school.SchoolLevel;

/**
 * The parts of a scenario kept as JSON text in {@code scenario.details}: the school order, partial adoption and
 * per-cohort overrides. Unknown keys are ignored, so older apps can read newer files.
 */
final class ScenarioDetailsJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** What the details column holds. */
    record Details(SchoolOrder order, List<PartialAdoption> partial, List<CohortOverride> overrides) {
    }

    private ScenarioDetailsJson() {
    }

    static String write(Details d) {
        ObjectNode root = JSON.createObjectNode();
        root.set("order", order(d.order()));
        ArrayNode partial = root.putArray("partial");
        for (PartialAdoption p : d.partial()) {
            ObjectNode n = partial.addObject();
            ArrayNode ids = n.putArray("schools");
            p.schoolIds().stream().sorted().forEach(ids::add);
            n.put("until", p.until().toString());
            n.put("reason", p.reason());
        }
        ArrayNode overrides = root.putArray("overrides");
        for (CohortOverride o : d.overrides()) {
            ObjectNode n = overrides.addObject();
            n.put("cohort", o.cohort());
            if (o.start() != null) {
                n.put("start", o.start().toString());
            }
            ObjectNode months = n.putObject("months");
            o.months().forEach((phase, m) -> {
                if (m == null) {
                    months.putNull(phase);
                } else {
                    months.put(phase, m);
                }
            });
        }
        try {
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not write the scenario's details", e);
        }
    }

    static Details read(String text) {
        JsonNode root;
        try {
            root = JSON.readTree(text == null || text.isBlank() ? "{}" : text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The scenario's details in the workspace are damaged: " + e.getOriginalMessage(), e);
        }
        SchoolOrder order = root.has("order") ? order(root.get("order")) : new SchoolOrder.ByReadiness();
        List<PartialAdoption> partial = new ArrayList<>();
        for (JsonNode n : root.path("partial")) {
            Set<String> ids = new LinkedHashSet<>();
            n.path("schools").forEach(id -> ids.add(id.asText()));
            partial.add(new PartialAdoption(ids, YearMonth.parse(n.path("until").asText()), n.path("reason").asText("")));
        }
        List<CohortOverride> overrides = new ArrayList<>();
        for (JsonNode n : root.path("overrides")) {
            Map<String, Integer> months = new LinkedHashMap<>();
            n.path("months").properties().forEach(e -> months.put(e.getKey(), e.getValue().isNull() ? null : e.getValue().asInt()));
            YearMonth start = n.hasNonNull("start") ? YearMonth.parse(n.get("start").asText()) : null;
            overrides.add(new CohortOverride(n.path("cohort").asInt(), start, months));
        }
        return new Details(order, partial, overrides);
    }

    private static ObjectNode order(SchoolOrder o) {
        ObjectNode n = JSON.createObjectNode();
        switch (o) {
            case SchoolOrder.ByReadiness r -> n.put("kind", "readiness");
            case SchoolOrder.ByEnrollment e -> n.put("kind", "enrollment");
            case SchoolOrder.ByRoster r -> n.put("kind", "roster");
            case SchoolOrder.ByScore s -> {
                n.put("kind", "score");
                n.put("name", s.name());
                ObjectNode scores = n.putObject("scores");
                s.scores().entrySet().stream().sorted(Map.Entry.comparingByKey())
                        .forEach(e -> scores.put(e.getKey(), e.getValue()));
            }
            case SchoolOrder.ByLevel l -> {
                n.put("kind", "level");
                ArrayNode seq = n.putArray("sequence");
                l.sequence().forEach(level -> seq.add(level.code()));
                n.set("within", order(l.within()));
            }
        }
        return n;
    }

    private static SchoolOrder order(JsonNode n) {
        return switch (n.path("kind").asText("readiness")) {
            case "enrollment" -> new SchoolOrder.ByEnrollment();
            case "roster" -> new SchoolOrder.ByRoster();
            case "score" -> {
                Map<String, Double> scores = new LinkedHashMap<>();
                n.path("scores").properties().forEach(e -> scores.put(e.getKey(), e.getValue().asDouble()));
                yield new SchoolOrder.ByScore(scores, n.path("name").asText(null));
            }
            case "level" -> {
                List<SchoolLevel> seq = new ArrayList<>();
                n.path("sequence").forEach(l -> SchoolLevel.parse(l.asText()).ifPresent(seq::add));
                yield new SchoolOrder.ByLevel(seq, n.has("within") ? order(n.get("within")) : new SchoolOrder.ByReadiness());
            }
            default -> new SchoolOrder.ByReadiness();
        };
    }
}
