package org.rolloutplanner.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.YearMonth;
import org.rolloutplanner.domain.rollout.Plan;
import org.rolloutplanner.domain.rollout.Scenario;
import org.rolloutplanner.domain.rollout.SchoolYear;
import org.rolloutplanner.domain.school.School;

/**
 * The {@code plan} command's JSON: {@code cohorts} (number, start, schools, phases with name/start/end), {@code years}
 * (schoolYear, schoolsStarted, cumulativeSchools, cumulativeSchoolsPercent, cumulativeStudentsPercent, …),
 * {@code completionSchoolYear}, {@code warnings} (message, …), plus rules, targets, the last cohort and costs.
 * Months are "YYYY-MM"; a phase's {@code end} is its last month (inclusive) and is null for an open-ended phase.
 * Percentages are 0–100, rounded to 2 decimals.
 */
public final class PlanJson {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private PlanJson() {
    }

    public static String write(Plan plan, Scenario scenario) {
        try {
            return MAPPER.writeValueAsString(tree(plan, scenario)) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static ObjectNode tree(Plan plan, Scenario scenario) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("start", scenario.calendar().firstYear().label());
        root.put("schoolYearStartMonth", scenario.calendar().startMonth());
        root.put("rounding", scenario.rounding().name().toLowerCase(java.util.Locale.ROOT));
        root.put("order", scenario.order().describe());
        root.put("schools", plan.schoolCount());
        root.put("students", plan.studentCount());
        ArrayNode rules = root.putArray("rules");
        for (var r : plan.rules()) {
            ObjectNode o = rules.addObject();
            o.put("description", r.description());
            o.put("calculation", r.calculation());
            r.cohorts().forEach(o.putArray("cohorts")::add);
        }
        ArrayNode cohorts = root.putArray("cohorts");
        for (var c : plan.cohorts()) {
            ObjectNode o = cohorts.addObject();
            o.put("number", c.number());
            o.put("start", month(c.start()));
            o.put("schoolYear", c.schoolYear().label());
            o.put("students", c.students());
            ArrayNode ids = o.putArray("schools");
            c.schools().forEach(s -> ids.add(s.id()));
            ArrayNode phases = o.putArray("phases");
            for (var p : c.phases()) {
                ObjectNode po = phases.addObject();
                po.put("name", p.name());
                po.put("colour", p.colour());
                po.put("start", month(p.start()));
                po.put("end", month(p.end()));
            }
        }
        ArrayNode years = root.putArray("years");
        for (var y : plan.years()) {
            ObjectNode o = years.addObject();
            o.put("schoolYear", y.schoolYear().label());
            o.put("schoolsStarted", y.schoolsStarted());
            o.put("studentsStarted", y.studentsStarted());
            o.put("cumulativeSchools", y.started().schools());
            o.put("cumulativeSchoolsPercent", round(y.started().schoolsPercent()));
            o.put("cumulativeStudentsPercent", round(y.started().studentsPercent()));
            o.put("cumulativeLowIncomeStudentsPercent", round(y.started().lowIncomePercent()));
            o.put("cumulativeSchoolsLaunched", y.launched().schools());
            o.put("cumulativeSchoolsLaunchedPercent", round(y.launched().schoolsPercent()));
            o.put("cumulativeStudentsLaunchedPercent", round(y.launched().studentsPercent()));
            o.put("cumulativeLowIncomeStudentsLaunchedPercent", round(y.launched().lowIncomePercent()));
            ArrayNode entering = o.putArray("entering");
            for (var e : y.entering()) {
                entering.addObject().put("phase", e.phase()).put("schools", e.schools()).put("students", e.students());
            }
            ObjectNode levels = o.putObject("byLevel");
            y.byLevel().forEach((level, cov) -> levels.putObject(level.code())
                    .put("cumulativeSchoolsPercent", round(cov.started().schoolsPercent()))
                    .put("cumulativeStudentsPercent", round(cov.started().studentsPercent()))
                    .put("cumulativeSchoolsLaunchedPercent", round(cov.launched().schoolsPercent())));
            o.put("componentsOnly", y.componentsOnly());
            o.put("cost", y.cost());
        }
        root.put("completionSchoolYear", plan.completion().map(SchoolYear::label).orElse(null));
        if (plan.lastCohort() > 0) {
            var last = plan.cohort(plan.lastCohort()).orElseThrow();
            root.putObject("lastCohort").put("number", last.number()).put("start", month(last.start()))
                    .put("end", month(last.end()));
        } else {
            root.putNull("lastCohort");
        }
        ArrayNode targets = root.putArray("targets");
        for (var t : plan.targets()) {
            targets.addObject().put("target", t.target().describe()).put("deadline", month(t.deadline())).put("met", t.met())
                    .put("achievedPercent", round(t.achieved())).put("reached", month(t.reached()))
                    .put("monthsLate", t.monthsLate());
        }
        ArrayNode warnings = root.putArray("warnings");
        for (var w : plan.warnings()) {
            warnings.addObject().put("message", w.message())
                    .put("schoolYear", w.schoolYear() == null ? null : w.schoolYear().label()).put("cohort", w.cohort());
        }
        plan.excluded().stream().map(School::id).forEach(root.putArray("excluded")::add);
        plan.unplaced().stream().map(School::id).forEach(root.putArray("unplaced")::add);
        return root;
    }

    static String month(YearMonth m) {
        return m == null ? null : m.toString();
    }

    static double round(double pct) {
        return Math.round(pct * 100) / 100.0;
    }
}
