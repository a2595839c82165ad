package org.rolloutplanner.persistence;

import static org.rolloutplanner.persistence.generated.Tables.SCHOOL;
import static org.rolloutplanner.persistence.generated.Tables.SELECTION_APPLICANT;
import static org.rolloutplanner.persistence.generated.Tables.SELECTION_CONFLICT;
import static org.rolloutplanner.persistence.generated.Tables.SELECTION_CRITERION;
import static org.rolloutplanner.persistence.generated.Tables.SELECTION_REVIEWER;
import static org.rolloutplanner.persistence.generated.Tables.SELECTION_ROUND;
import static org.rolloutplanner.persistence.generated.Tables.SELECTION_SCORE;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jooq.DSLContext;
import org.rolloutplanner.app.selection.SelectionRepository;
import org.rolloutplanner.domain.selection.AggregationMethod;
import org.rolloutplanner.domain.selection.ApplicantStatus;
import org.rolloutplanner.domain.selection.Conflict;
import org.rolloutplanner.domain.selection.Criterion;
import org.rolloutplanner.domain.selection.CriterionKind;
import org.rolloutplanner.domain.selection.Gate;
import org.rolloutplanner.domain.selection.Reviewer;
import org.rolloutplanner.domain.selection.RoundApplicant;
import org.rolloutplanner.domain.selection.RoundContents;
import org.rolloutplanner.domain.selection.Score;
import org.rolloutplanner.domain.selection.SelectionRound;
import org.rolloutplanner.domain.selection.TieBreak;
import org.rolloutplanner.persistence.generated.tables.records.SelectionCriterionRecord;
import org.rolloutplanner.persistence.generated.tables.records.SelectionRoundRecord;

/** Selection rounds in the {@code selection_*} tables of V006. */
public final class JooqSelectionRepository implements SelectionRepository {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final DSLContext dsl;

    public JooqSelectionRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public List<SelectionRound> ofDistrict(long districtKey) {
        return dsl.selectFrom(SELECTION_ROUND).where(SELECTION_ROUND.DISTRICT_ID.eq(districtKey)).orderBy(SELECTION_ROUND.NAME)
                .fetch(JooqSelectionRepository::toRound);
    }

    private static SelectionRound toRound(SelectionRoundRecord r) {
        return new SelectionRound(r.getId(), r.getDistrictId(), r.getName(), r.getSeats(), r.getDeadline(),
                r.getParentRoundId(), r.getStage(), AggregationMethod.valueOf(r.getMethod()), r.getSeed(), r.getBlind(),
                TieBreak.parse(r.getTieBreaks()));
    }

    @Override
    public Optional<RoundContents> load(long roundKey) {
        var round = dsl.selectFrom(SELECTION_ROUND).where(SELECTION_ROUND.ID.eq(roundKey)).fetchOptional(JooqSelectionRepository::toRound);
        if (round.isEmpty()) {
            return Optional.empty();
        }
        List<RoundApplicant> applicants = dsl.select(SELECTION_APPLICANT.SCHOOL_ID, SCHOOL.SCHOOL_CODE, SELECTION_APPLICANT.STATUS,
                SELECTION_APPLICANT.REASON).from(SELECTION_APPLICANT).join(SCHOOL).on(SCHOOL.ID.eq(SELECTION_APPLICANT.SCHOOL_ID))
                .where(SELECTION_APPLICANT.ROUND_ID.eq(roundKey)).orderBy(SCHOOL.SCHOOL_CODE)
                .fetch(r -> new RoundApplicant(r.value1(), r.value2(), ApplicantStatus.valueOf(r.value3()), r.value4()));
        List<Criterion> criteria = dsl.selectFrom(SELECTION_CRITERION).where(SELECTION_CRITERION.ROUND_ID.eq(roundKey))
                .orderBy(SELECTION_CRITERION.POSITION).fetch(JooqSelectionRepository::toCriterion);
        List<Reviewer> reviewers = dsl.selectFrom(SELECTION_REVIEWER).where(SELECTION_REVIEWER.ROUND_ID.eq(roundKey))
                .orderBy(SELECTION_REVIEWER.ID).fetch(r -> new Reviewer(r.getCode(), r.getName(), r.getRole()));
        List<Conflict> conflicts = dsl.select(SELECTION_REVIEWER.CODE, SCHOOL.SCHOOL_CODE).from(SELECTION_CONFLICT)
                .join(SELECTION_REVIEWER).on(SELECTION_REVIEWER.ID.eq(SELECTION_CONFLICT.REVIEWER_ID))
                .join(SELECTION_APPLICANT).on(SELECTION_APPLICANT.ID.eq(SELECTION_CONFLICT.APPLICANT_ID))
                .join(SCHOOL).on(SCHOOL.ID.eq(SELECTION_APPLICANT.SCHOOL_ID))
                .where(SELECTION_CONFLICT.ROUND_ID.eq(roundKey)).orderBy(SELECTION_REVIEWER.CODE, SCHOOL.SCHOOL_CODE)
                .fetch(r -> new Conflict(r.value1(), r.value2()));
        List<Score> scores = dsl.select(SELECTION_REVIEWER.CODE, SCHOOL.SCHOOL_CODE, SELECTION_CRITERION.CODE, SELECTION_SCORE.SCORE,
                        SELECTION_SCORE.COMMENT)
                .from(SELECTION_SCORE)
                .join(SELECTION_REVIEWER).on(SELECTION_REVIEWER.ID.eq(SELECTION_SCORE.REVIEWER_ID))
                .join(SELECTION_APPLICANT).on(SELECTION_APPLICANT.ID.eq(SELECTION_SCORE.APPLICANT_ID))
                .join(SCHOOL).on(SCHOOL.ID.eq(SELECTION_APPLICANT.SCHOOL_ID))
                .join(SELECTION_CRITERION).on(SELECTION_CRITERION.ID.eq(SELECTION_SCORE.CRITERION_ID))
                .where(SELECTION_SCORE.ROUND_ID.eq(roundKey))
                .orderBy(SELECTION_REVIEWER.CODE, SCHOOL.SCHOOL_CODE, SELECTION_CRITERION.POSITION)
                .fetch(r -> new Score(r.value1(), r.value2(), r.value3(), r.value4(), r.value5()));
        return Optional.of(new RoundContents(round.get(), applicants, criteria, reviewers, conflicts, scores));
    }

    private static Criterion toCriterion(SelectionCriterionRecord r) {
        List<String> levels;
        try {
            levels = JSON.readValue(r.getLevels(), new TypeReference<List<String>>() { });
        } catch (JsonProcessingException e) {
            levels = List.of();
        }
        Gate gate = null;
        if (r.getGateField() != null) {
            for (Gate.Comparison op : Gate.Comparison.values()) {
                if (op.symbol().equals(r.getGateOp())) {
                    gate = new Gate(r.getGateField(), op, r.getGateValue());
                }
            }
        }
        return new Criterion(r.getCode(), r.getName(), CriterionKind.valueOf(r.getKind()), r.getWeight(), r.getRubricMin(),
                r.getRubricMax(), levels, gate);
    }

    @Override
    public SelectionRound insert(SelectionRound round) {
        SelectionRoundRecord r = dsl.newRecord(SELECTION_ROUND);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        fill(r, round);
        r.setCreatedAt(now);
        r.setUpdatedAt(now);
        r.setId(Ids.next(dsl, SELECTION_ROUND.ID));
        r.store();
        return round.withKey(r.getId());
    }

    private static void fill(SelectionRoundRecord r, SelectionRound round) {
        r.setDistrictId(round.districtKey());
        r.setName(round.name());
        r.setSeats(round.seats());
        r.setDeadline(round.deadline());
        r.setParentRoundId(round.parentKey());
        r.setStage(round.stage());
        r.setMethod(round.method().name());
        r.setSeed(round.seed());
        r.setBlind(round.blind());
        r.setTieBreaks(TieBreak.format(round.tieBreaks()));
    }

    @Override
    public void update(SelectionRound round) {
        SelectionRoundRecord r = dsl.fetchSingle(SELECTION_ROUND, SELECTION_ROUND.ID.eq(round.key()));
        fill(r, round);
        r.setUpdatedAt(OffsetDateTime.now(ZoneOffset.UTC));
        r.store();
    }

    @Override
    public void delete(long roundKey) {
        dsl.deleteFrom(SELECTION_ROUND).where(SELECTION_ROUND.ID.eq(roundKey)).execute();
    }

    @Override
    public void saveApplicants(long roundKey, List<RoundApplicant> applicants) {
        Map<Long, Long> existing = new HashMap<>();
        dsl.select(SELECTION_APPLICANT.SCHOOL_ID, SELECTION_APPLICANT.ID).from(SELECTION_APPLICANT)
                .where(SELECTION_APPLICANT.ROUND_ID.eq(roundKey)).forEach(r -> existing.put(r.value1(), r.value2()));
        Set<Long> kept = new HashSet<>();
        for (RoundApplicant a : applicants) {
            kept.add(a.schoolKey());
            if (existing.containsKey(a.schoolKey())) {
                dsl.update(SELECTION_APPLICANT).set(SELECTION_APPLICANT.STATUS, a.status().name())
                        .set(SELECTION_APPLICANT.REASON, a.reason()).where(SELECTION_APPLICANT.ID.eq(existing.get(a.schoolKey())))
                        .execute();
            } else {
                dsl.insertInto(SELECTION_APPLICANT).set(SELECTION_APPLICANT.ID, Ids.next(dsl, SELECTION_APPLICANT.ID))
                        .set(SELECTION_APPLICANT.ROUND_ID, roundKey)
                        .set(SELECTION_APPLICANT.SCHOOL_ID, a.schoolKey()).set(SELECTION_APPLICANT.STATUS, a.status().name())
                        .set(SELECTION_APPLICANT.REASON, a.reason()).execute();
            }
        }
        existing.forEach((school, id) -> {
            if (!kept.contains(school)) {
                dsl.deleteFrom(SELECTION_APPLICANT).where(SELECTION_APPLICANT.ID.eq(id)).execute();
            }
        });
    }

    @Override
    public void saveCriteria(long roundKey, List<Criterion> criteria) {
        Map<String, Long> existing = new HashMap<>();
        dsl.select(SELECTION_CRITERION.CODE, SELECTION_CRITERION.ID).from(SELECTION_CRITERION)
                .where(SELECTION_CRITERION.ROUND_ID.eq(roundKey)).forEach(r -> existing.put(r.value1(), r.value2()));
        Set<String> kept = new HashSet<>();
        // positions are unique per round only by convention; codes are the key
        for (int i = 0; i < criteria.size(); i++) {
            Criterion c = criteria.get(i);
            kept.add(c.id());
            SelectionCriterionRecord r = existing.containsKey(c.id())
                    ? dsl.fetchSingle(SELECTION_CRITERION, SELECTION_CRITERION.ID.eq(existing.get(c.id())))
                    : newCriterion();
            r.setRoundId(roundKey);
            r.setPosition(i);
            r.setCode(c.id());
            r.setName(c.name());
            r.setKind(c.kind().name());
            r.setWeight(c.weight());
            r.setRubricMin(c.min());
            r.setRubricMax(c.max());
            try {
                r.setLevels(JSON.writeValueAsString(c.levels()));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
            if (c.gate() != null) {
                r.setGateField(c.gate().field());
                r.setGateOp(c.gate().comparison().symbol());
                r.setGateValue(c.gate().threshold());
            } else {
                r.setGateField(null);
                r.setGateOp(null);
                r.setGateValue(null);
            }
            r.store();
        }
        existing.forEach((code, id) -> {
            if (!kept.contains(code)) {
                dsl.deleteFrom(SELECTION_CRITERION).where(SELECTION_CRITERION.ID.eq(id)).execute();
            }
        });
    }

    private SelectionCriterionRecord newCriterion() {
        SelectionCriterionRecord r = dsl.newRecord(SELECTION_CRITERION);
        r.setId(Ids.next(dsl, SELECTION_CRITERION.ID));
        return r;
    }

    @Override
    public void saveReviewers(long roundKey, List<Reviewer> reviewers) {
        Map<String, Long> existing = new HashMap<>();
        dsl.select(SELECTION_REVIEWER.CODE, SELECTION_REVIEWER.ID).from(SELECTION_REVIEWER)
                .where(SELECTION_REVIEWER.ROUND_ID.eq(roundKey)).forEach(r -> existing.put(r.value1(), r.value2()));
        Set<String> kept = new HashSet<>();
        for (Reviewer v : reviewers) {
            kept.add(v.id());
            if (existing.containsKey(v.id())) {
                dsl.update(SELECTION_REVIEWER).set(SELECTION_REVIEWER.NAME, v.name()).set(SELECTION_REVIEWER.ROLE, v.role())
                        .where(SELECTION_REVIEWER.ID.eq(existing.get(v.id()))).execute();
            } else {
                dsl.insertInto(SELECTION_REVIEWER).set(SELECTION_REVIEWER.ID, Ids.next(dsl, SELECTION_REVIEWER.ID))
                        .set(SELECTION_REVIEWER.ROUND_ID, roundKey).set(SELECTION_REVIEWER.CODE, v.id())
                        .set(SELECTION_REVIEWER.NAME, v.name()).set(SELECTION_REVIEWER.ROLE, v.role()).execute();
            }
        }
        existing.forEach((code, id) -> {
            if (!kept.contains(code)) {
                dsl.deleteFrom(SELECTION_REVIEWER).where(SELECTION_REVIEWER.ID.eq(id)).execute();
            }
        });
    }

    private Map<String, Long> reviewerIds(long roundKey) {
        Map<String, Long> out = new HashMap<>();
        dsl.select(SELECTION_REVIEWER.CODE, SELECTION_REVIEWER.ID).from(SELECTION_REVIEWER)
                .where(SELECTION_REVIEWER.ROUND_ID.eq(roundKey)).forEach(r -> out.put(r.value1(), r.value2()));
        return out;
    }

    private Map<String, Long> applicantIds(long roundKey) {
        Map<String, Long> out = new HashMap<>();
        dsl.select(SCHOOL.SCHOOL_CODE, SELECTION_APPLICANT.ID).from(SELECTION_APPLICANT).join(SCHOOL)
                .on(SCHOOL.ID.eq(SELECTION_APPLICANT.SCHOOL_ID)).where(SELECTION_APPLICANT.ROUND_ID.eq(roundKey))
                .forEach(r -> out.put(r.value1(), r.value2()));
        return out;
    }

    /**
     * {@inheritDoc} A newly conflicted reviewer's scores of that school are deleted first: the database holds no score of
     * a conflicted pair (V011).
     */
    @Override
    public void saveConflicts(long roundKey, List<Conflict> conflicts) {
        dsl.deleteFrom(SELECTION_CONFLICT).where(SELECTION_CONFLICT.ROUND_ID.eq(roundKey)).execute();
        Map<String, Long> reviewers = reviewerIds(roundKey);
        Map<String, Long> applicants = applicantIds(roundKey);
        for (Conflict c : new ArrayList<>(new java.util.LinkedHashSet<>(conflicts))) {
            Long r = reviewers.get(c.reviewer());
            Long a = applicants.get(c.applicant());
            if (r == null || a == null) {
                throw new IllegalArgumentException("The conflict names a reviewer or school that is not in the round.");
            }
            dsl.deleteFrom(SELECTION_SCORE).where(SELECTION_SCORE.REVIEWER_ID.eq(r), SELECTION_SCORE.APPLICANT_ID.eq(a)).execute();
            dsl.insertInto(SELECTION_CONFLICT).set(SELECTION_CONFLICT.ROUND_ID, roundKey).set(SELECTION_CONFLICT.REVIEWER_ID, r)
                    .set(SELECTION_CONFLICT.APPLICANT_ID, a).execute();
        }
    }

    @Override
    public void setScore(long roundKey, String reviewer, String applicant, String criterion, Double score, String comment) {
        Long r = reviewerIds(roundKey).get(reviewer);
        Long a = applicantIds(roundKey).get(applicant);
        SelectionCriterionRecord c = dsl.selectFrom(SELECTION_CRITERION)
                .where(SELECTION_CRITERION.ROUND_ID.eq(roundKey), SELECTION_CRITERION.CODE.eq(criterion)).fetchOne();
        if (r == null || a == null || c == null) {
            throw new IllegalArgumentException("The score names a reviewer, school or criterion that is not in the round.");
        }
        dsl.deleteFrom(SELECTION_SCORE).where(SELECTION_SCORE.REVIEWER_ID.eq(r), SELECTION_SCORE.APPLICANT_ID.eq(a),
                SELECTION_SCORE.CRITERION_ID.eq(c.getId())).execute();
        if (score != null) {
            dsl.insertInto(SELECTION_SCORE).set(SELECTION_SCORE.ROUND_ID, roundKey).set(SELECTION_SCORE.REVIEWER_ID, r)
                    .set(SELECTION_SCORE.APPLICANT_ID, a).set(SELECTION_SCORE.CRITERION_ID, c.getId())
                    .set(SELECTION_SCORE.RUBRIC_MIN, c.getRubricMin()).set(SELECTION_SCORE.RUBRIC_MAX, c.getRubricMax())
                    .set(SELECTION_SCORE.SCORE, score).set(SELECTION_SCORE.COMMENT, comment == null ? "" : comment).execute();
        }
    }
}
