package org.rolloutplanner.persistence;

import static org.rolloutplanner.persistence.generated.Tables.SCENARIO;
import static org.rolloutplanner.persistence.generated.Tables.SCENARIO_CHECK;
import static org.rolloutplanner.persistence.generated.Tables.SCENARIO_COST;
import static org.rolloutplanner.persistence.generated.Tables.SCENARIO_EXCLUSION;
import static org.rolloutplanner.persistence.generated.Tables.SCENARIO_LEVEL_GATE;
import static org.rolloutplanner.persistence.generated.Tables.SCENARIO_PHASE;
import static org.rolloutplanner.persistence.generated.Tables.SCENARIO_PIN;
import static org.rolloutplanner.persistence.generated.Tables.SCENARIO_RULE;
import static org.rolloutplanner.persistence.generated.Tables.SCHOOL;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.rolloutplanner.app.scenario.SavedScenario;
import org.rolloutplanner.app.scenario.ScenarioRepository;
import org.rolloutplanner.app.scenario.SelectionOrigin;
import org.rolloutplanner.domain.rollout.Check;
import org.rolloutplanner.domain.rollout.Deadline;
import org.rolloutplanner.domain.rollout.LevelGate;
import org.rolloutplanner.domain.rollout.Phase;
import org.rolloutplanner.domain.rollout.PhaseCost;
import org.rolloutplanner.domain.rollout.PhaseTemplate;
import org.rolloutplanner.domain.rollout.RolloutCalendar;
import org.rolloutplanner.domain.rollout.RolloutRule;
import org.rolloutplanner.domain.rollout.Rounding;
import org.rolloutplanner.domain.rollout.Scenario;
import org.rolloutplanner.domain.rollout.SchoolYear;
import org.rolloutplanner.domain.school.SchoolLevel;
import org.rolloutplanner.persistence.generated.tables.records.ScenarioRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Scenarios in the workspace's {@code scenario} table and its child tables (see V004__scenarios.sql, V005__cost_item_names.sql,
 * V009__scenario_selection_round.sql). */
public final class JooqScenarioRepository implements ScenarioRepository {

    private static final Logger LOG = LoggerFactory.getLogger(JooqScenarioRepository.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final DSLContext dsl;
    private final Clock clock;

    public JooqScenarioRepository(DSLContext dsl) {
        this(dsl, Clock.systemUTC());
    }

    JooqScenarioRepository(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    @Override
    public List<SavedScenario> ofDistrict(long districtKey) {
        return dsl.selectFrom(SCENARIO).where(SCENARIO.DISTRICT_ID.eq(districtKey)).orderBy(SCENARIO.NAME, SCENARIO.ID)
                .fetch().map(this::toDomain);
    }

    @Override
    public Optional<SavedScenario> byKey(long key) {
        return dsl.selectFrom(SCENARIO).where(SCENARIO.ID.eq(key)).fetchOptional().map(this::toDomain);
    }

    @Override
    public SavedScenario insert(long districtKey, String name, boolean preferred, Scenario scenario,
            SelectionOrigin selection) {
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        ScenarioRecord r = dsl.newRecord(SCENARIO);
        r.setDistrictId(districtKey);
        r.setName(name);
        r.setPreferred(preferred);
        r.setCreatedAt(now);
        if (selection != null) {
            r.setSelectionRoundId(selection.roundKey());
            r.setSelectionSeats(selection.seats());
            r.setSelectionRules(selection.rules());
        }
        fill(r, scenario, now);
        r.setId(Ids.next(dsl, SCENARIO.ID));
        r.store();
        writeChildren(r.getId(), districtKey, scenario);
        return toDomain(r);
    }

    @Override
    public SavedScenario update(long key, Scenario scenario) {
        ScenarioRecord r = dsl.selectFrom(SCENARIO).where(SCENARIO.ID.eq(key)).fetchOptional()
                .orElseThrow(() -> new IllegalStateException("The scenario is no longer in the workspace."));
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        fill(r, scenario, now);
        r.store();
        deleteChildren(key);
        writeChildren(key, r.getDistrictId(), scenario);
        return toDomain(r);
    }

    @Override
    public void rename(long key, String newName) {
        dsl.update(SCENARIO).set(SCENARIO.NAME, newName).where(SCENARIO.ID.eq(key)).execute();
    }

    @Override
    public void setPreferred(long districtKey, long key, boolean preferred) {
        if (preferred) {
            dsl.update(SCENARIO).set(SCENARIO.PREFERRED, false)
                    .where(SCENARIO.DISTRICT_ID.eq(districtKey).and(SCENARIO.ID.ne(key))).execute();
        }
        dsl.update(SCENARIO).set(SCENARIO.PREFERRED, preferred).where(SCENARIO.ID.eq(key)).execute();
    }

    @Override
    public void delete(long key) {
        dsl.deleteFrom(SCENARIO).where(SCENARIO.ID.eq(key)).execute();
    }

    // --- writing

    private static void fill(ScenarioRecord r, Scenario s, OffsetDateTime now) {
        r.setFirstSchoolYear(s.calendar().firstYear().startYear());
        r.setStartMonth(s.calendar().startMonth());
        r.setRounding(s.rounding().name());
        r.setLaunchPhase(s.phases().launchPhase());
        r.setDetails(ScenarioDetailsJson.write(new ScenarioDetailsJson.Details(s.order(), s.partial(), s.overrides())));
        r.setUpdatedAt(now);
    }

    private void deleteChildren(long key) {
        dsl.deleteFrom(SCENARIO_PHASE).where(SCENARIO_PHASE.SCENARIO_ID.eq(key)).execute();
        dsl.deleteFrom(SCENARIO_RULE).where(SCENARIO_RULE.SCENARIO_ID.eq(key)).execute();
        dsl.deleteFrom(SCENARIO_PIN).where(SCENARIO_PIN.SCENARIO_ID.eq(key)).execute();
        dsl.deleteFrom(SCENARIO_EXCLUSION).where(SCENARIO_EXCLUSION.SCENARIO_ID.eq(key)).execute();
        dsl.deleteFrom(SCENARIO_LEVEL_GATE).where(SCENARIO_LEVEL_GATE.SCENARIO_ID.eq(key)).execute();
        dsl.deleteFrom(SCENARIO_CHECK).where(SCENARIO_CHECK.SCENARIO_ID.eq(key)).execute();
        dsl.deleteFrom(SCENARIO_COST).where(SCENARIO_COST.SCENARIO_ID.eq(key)).execute();
    }

    private void writeChildren(long key, long districtKey, Scenario s) {
        var phases = s.phases().phases();
        for (int i = 0; i < phases.size(); i++) {
            Phase p = phases.get(i);
            dsl.insertInto(SCENARIO_PHASE).set(SCENARIO_PHASE.SCENARIO_ID, key).set(SCENARIO_PHASE.POSITION, i)
                    .set(SCENARIO_PHASE.NAME, p.name()).set(SCENARIO_PHASE.MONTHS, p.months())
                    .set(SCENARIO_PHASE.COLOUR, p.colour()).execute();
        }
        for (int i = 0; i < s.rules().size(); i++) {
            writeRule(key, i, s.rules().get(i));
        }
        Map<String, Long> schoolKeys = new HashMap<>();
        if (!s.pins().isEmpty() || !s.exclusions().isEmpty()) {
            dsl.select(SCHOOL.SCHOOL_CODE, SCHOOL.ID).from(SCHOOL).where(SCHOOL.DISTRICT_ID.eq(districtKey))
                    .forEach(r -> schoolKeys.put(r.value1(), r.value2()));
        }
        s.pins().forEach((code, cohort) -> {
            Long school = schoolKeys.get(code);
            if (school == null) {
                LOG.info("Pin of school {} not saved: no such school in the district", code);
                return;
            }
            dsl.insertInto(SCENARIO_PIN).set(SCENARIO_PIN.SCENARIO_ID, key).set(SCENARIO_PIN.SCHOOL_ID, school)
                    .set(SCENARIO_PIN.COHORT, cohort).execute();
        });
        for (String code : s.exclusions()) {
            Long school = schoolKeys.get(code);
            if (school == null) {
                LOG.info("Exclusion of school {} not saved: no such school in the district", code);
                continue;
            }
            dsl.insertInto(SCENARIO_EXCLUSION).set(SCENARIO_EXCLUSION.SCENARIO_ID, key)
                    .set(SCENARIO_EXCLUSION.SCHOOL_ID, school).execute();
        }
        for (int i = 0; i < s.gates().size(); i++) {
            LevelGate g = s.gates().get(i);
            dsl.insertInto(SCENARIO_LEVEL_GATE).set(SCENARIO_LEVEL_GATE.SCENARIO_ID, key)
                    .set(SCENARIO_LEVEL_GATE.POSITION, i).set(SCENARIO_LEVEL_GATE.LEVEL, g.level().code())
                    .set(SCENARIO_LEVEL_GATE.NOT_BEFORE, g.notBefore().startYear()).execute();
        }
        for (int i = 0; i < s.checks().size(); i++) {
            writeCheck(key, i, s.checks().get(i));
        }
        for (int i = 0; i < s.costs().size(); i++) {
            PhaseCost c = s.costs().get(i);
            dsl.insertInto(SCENARIO_COST).set(SCENARIO_COST.SCENARIO_ID, key).set(SCENARIO_COST.POSITION, i)
                    .set(SCENARIO_COST.NAME, c.name()).set(SCENARIO_COST.PHASE, c.phase()).set(SCENARIO_COST.PER_SCHOOL, c.perSchool())
                    .set(SCENARIO_COST.PER_STUDENT_PER_YEAR, c.perStudentPerYear()).execute();
        }
    }

    private void writeRule(long key, int position, RolloutRule rule) {
        var r = dsl.newRecord(SCENARIO_RULE);
        r.setScenarioId(key);
        r.setPosition(position);
        switch (rule) {
            case RolloutRule.FirstCohort f -> {
                r.setKind("FIRST");
                r.setCountLow(f.count());
                r.setCountHigh(f.count());
                if (!f.schoolIds().isEmpty()) {
                    r.setSchoolCodes(json(f.schoolIds()));
                }
            }
            case RolloutRule.SchoolsPerYear s -> {
                r.setKind("SCHOOLS_PER_YEAR");
                r.setCountLow(s.min());
                r.setCountHigh(s.max());
            }
            case RolloutRule.PercentOfSchools p -> {
                r.setKind("PERCENT_SCHOOLS");
                r.setPercent(p.percent());
            }
            case RolloutRule.PercentOfStudents p -> {
                r.setKind("PERCENT_STUDENTS");
                r.setPercent(p.points());
            }
            case RolloutRule.CohortsOverYears c -> {
                r.setKind("COHORTS_OVER_YEARS");
                r.setCountLow(c.cohorts());
                r.setCountHigh(c.cohorts());
                r.setYears(c.years());
            }
            case RolloutRule.Remaining m -> r.setKind("REMAINING");
            case RolloutRule.FinishBy f -> {
                r.setKind("FINISH_BY");
                r.setSchoolYear(f.year().startYear());
            }
        }
        r.store();
    }

    private void writeCheck(long key, int position, Check check) {
        var r = dsl.newRecord(SCENARIO_CHECK);
        r.setScenarioId(key);
        r.setPosition(position);
        switch (check) {
            case Check.Target t -> {
                r.setKind("TARGET");
                r.setPercent(t.percent());
                r.setMeasure(t.measure().name());
                r.setMilestone(t.milestone().name());
                switch (t.by()) {
                    case Deadline.InSchoolYear y -> {
                        r.setDeadlineKind("IN_SCHOOL_YEAR");
                        r.setDeadlineYear(y.year().startYear());
                    }
                    case Deadline.StartOf y -> {
                        r.setDeadlineKind("START_OF");
                        r.setDeadlineYear(y.year().startYear());
                    }
                    case Deadline.EndOfCalendarYear y -> {
                        r.setDeadlineKind("END_OF_YEAR");
                        r.setDeadlineYear(y.year());
                    }
                }
            }
            case Check.PhaseCapacity c -> {
                r.setKind("CAPACITY");
                r.setPhase(c.phase());
                r.setCapacity(c.capacity());
                r.setWhat(c.what());
            }
            case Check.Budget b -> {
                r.setKind("BUDGET");
                r.setBudget(b.perSchoolYear());
            }
        }
        r.store();
    }

    // --- reading

    private SavedScenario toDomain(ScenarioRecord r) {
        long key = r.getId();
        List<Phase> phases = dsl.selectFrom(SCENARIO_PHASE).where(SCENARIO_PHASE.SCENARIO_ID.eq(key))
                .orderBy(SCENARIO_PHASE.POSITION).fetch(p -> new Phase(p.getName(), p.getMonths(), p.getColour()));
        List<RolloutRule> rules = dsl.selectFrom(SCENARIO_RULE).where(SCENARIO_RULE.SCENARIO_ID.eq(key))
                .orderBy(SCENARIO_RULE.POSITION).fetch(x -> switch (x.getKind()) {
                    case "FIRST" -> x.getSchoolCodes() == null ? RolloutRule.FirstCohort.of(x.getCountLow())
                            : RolloutRule.FirstCohort.named(stringList(x.getSchoolCodes()));
                    case "SCHOOLS_PER_YEAR" -> new RolloutRule.SchoolsPerYear(x.getCountLow(), x.getCountHigh());
                    case "PERCENT_SCHOOLS" -> new RolloutRule.PercentOfSchools(x.getPercent());
                    case "PERCENT_STUDENTS" -> new RolloutRule.PercentOfStudents(x.getPercent());
                    case "COHORTS_OVER_YEARS" -> new RolloutRule.CohortsOverYears(x.getCountLow(), x.getYears());
                    case "REMAINING" -> new RolloutRule.Remaining();
                    case "FINISH_BY" -> new RolloutRule.FinishBy(new SchoolYear(x.getSchoolYear()));
                    default -> throw new IllegalStateException("Unknown rule kind " + x.getKind());
                });
        var details = ScenarioDetailsJson.read(r.getDetails());
        var b = Scenario.builder(new RolloutCalendar(new SchoolYear(r.getFirstSchoolYear()), r.getStartMonth()))
                .phases(new PhaseTemplate(phases, r.getLaunchPhase()))
                .rules(rules)
                .order(details.order())
                .rounding(Rounding.valueOf(r.getRounding()));
        Map<String, Integer> pins = new LinkedHashMap<>();
        dsl.select(SCHOOL.SCHOOL_CODE, SCENARIO_PIN.COHORT).from(SCENARIO_PIN).join(SCHOOL)
                .on(SCHOOL.ID.eq(SCENARIO_PIN.SCHOOL_ID)).where(SCENARIO_PIN.SCENARIO_ID.eq(key)).orderBy(SCHOOL.SCHOOL_CODE)
                .forEach(p -> pins.put(p.value1(), p.value2()));
        pins.forEach(b::pin);
        dsl.select(SCHOOL.SCHOOL_CODE).from(SCENARIO_EXCLUSION).join(SCHOOL).on(SCHOOL.ID.eq(SCENARIO_EXCLUSION.SCHOOL_ID))
                .where(SCENARIO_EXCLUSION.SCENARIO_ID.eq(key)).orderBy(SCHOOL.SCHOOL_CODE)
                .forEach(e -> b.exclude(e.value1()));
        dsl.selectFrom(SCENARIO_LEVEL_GATE).where(SCENARIO_LEVEL_GATE.SCENARIO_ID.eq(key)).orderBy(SCENARIO_LEVEL_GATE.POSITION)
                .forEach(g -> b.gate(new LevelGate(SchoolLevel.parse(g.getLevel()).orElse(SchoolLevel.OTHER),
                        new SchoolYear(g.getNotBefore()))));
        dsl.selectFrom(SCENARIO_CHECK).where(SCENARIO_CHECK.SCENARIO_ID.eq(key)).orderBy(SCENARIO_CHECK.POSITION)
                .forEach(c -> b.check(switch (c.getKind()) {
                    case "TARGET" -> new Check.Target(c.getPercent(), Check.Measure.valueOf(c.getMeasure()),
                            Check.Milestone.valueOf(c.getMilestone()), switch (c.getDeadlineKind()) {
                                case "START_OF" -> new Deadline.StartOf(new SchoolYear(c.getDeadlineYear()));
                                case "END_OF_YEAR" -> new Deadline.EndOfCalendarYear(c.getDeadlineYear());
                                default -> new Deadline.InSchoolYear(new SchoolYear(c.getDeadlineYear()));
                            });
                    case "CAPACITY" -> new Check.PhaseCapacity(c.getPhase(), c.getCapacity(), c.getWhat());
                    case "BUDGET" -> new Check.Budget(c.getBudget());
                    default -> throw new IllegalStateException("Unknown check kind " + c.getKind());
                }));
        dsl.selectFrom(SCENARIO_COST).where(SCENARIO_COST.SCENARIO_ID.eq(key)).orderBy(SCENARIO_COST.POSITION)
                .forEach(c -> b.cost(new PhaseCost(c.getName(), c.getPhase(), c.getPerSchool(),
                        c.getPerStudentPerYear())));
        details.partial().forEach(b::partial);
        details.overrides().forEach(b::override);
        SelectionOrigin selection = r.getSelectionRoundId() == null ? null : new SelectionOrigin(r.getSelectionRoundId(),
                r.getSelectionSeats() == null ? 1 : r.getSelectionSeats(), r.getSelectionRules() == null ? "" : r.getSelectionRules());
        return new SavedScenario(key, r.getDistrictId(), r.getName(), Boolean.TRUE.equals(r.getPreferred()), b.build(),
                r.getCreatedAt().toInstant(), r.getUpdatedAt().toInstant(), selection);
    }

    private static String json(List<String> values) {
        try {
            return JSON.writeValueAsString(new ArrayList<>(values));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> stringList(String text) {
        try {
            return List.of(JSON.readValue(text, String[].class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A rule's school list in the workspace is damaged", e);
        }
    }
}
