package org.rolloutplanner.persistence;

import static org.rolloutplanner.persistence.generated.Tables.SCENARIO;
import static org.rolloutplanner.persistence.generated.Tables.SCENARIO_EXCLUSION;
import static org.rolloutplanner.persistence.generated.Tables.SCENARIO_PIN;
import static org.rolloutplanner.persistence.generated.Tables.SCHOOL;

import java.math.BigDecimal;
import java.util.List;
import org.jooq.DSLContext;
import org.rolloutplanner.app.school.SchoolRepository;
import org.rolloutplanner.domain.school.School;
import org.rolloutplanner.domain.school.SchoolLevel;
import org.rolloutplanner.persistence.generated.tables.records.SchoolRecord;

/** Schools in the workspace's {@code school} table. */
public final class JooqSchoolRepository implements SchoolRepository {

    private final DSLContext dsl;

    public JooqSchoolRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public List<School> ofDistrict(long districtKey) {
        return dsl.selectFrom(SCHOOL).where(SCHOOL.DISTRICT_ID.eq(districtKey)).orderBy(SCHOOL.SCHOOL_CODE)
                .fetch(JooqSchoolRepository::toDomain);
    }

    @Override
    public School insert(long districtKey, School s) {
        SchoolRecord r = dsl.newRecord(SCHOOL);
        fill(r, s);
        r.setDistrictId(districtKey);
        // a school brought back by undo keeps its key; a new one takes the next id
        r.setId(s.key() != 0 ? s.key() : Ids.next(dsl, SCHOOL.ID));
        r.store();
        return s.withKey(r.getId());
    }

    @Override
    public void insertAll(long districtKey, List<School> schools) {
        if (schools.isEmpty()) {
            return;
        }
        long first = Ids.reserve(dsl, SCHOOL.ID, schools.size());
        var records = new java.util.ArrayList<SchoolRecord>(schools.size());
        for (School s : schools) {
            SchoolRecord r = dsl.newRecord(SCHOOL);
            fill(r, s);
            r.setDistrictId(districtKey);
            r.setId(first + records.size());
            records.add(r);
        }
        dsl.batchInsert(records).execute();
    }

    @Override
    public void update(School s) {
        SchoolRecord r = dsl.newRecord(SCHOOL);
        fill(r, s);
        int n = dsl.update(SCHOOL).set(r).where(SCHOOL.ID.eq(s.key())).execute();
        if (n != 1) {
            throw new IllegalStateException("The school " + s.id() + " is no longer in the workspace.");
        }
    }

    @Override
    public org.rolloutplanner.app.school.SchoolLinks links(long schoolKey) {
        var pins = new java.util.HashMap<Long, Integer>();
        dsl.select(SCENARIO_PIN.SCENARIO_ID, SCENARIO_PIN.COHORT).from(SCENARIO_PIN)
                .where(SCENARIO_PIN.SCHOOL_ID.eq(schoolKey)).forEach(r -> pins.put(r.value1(), r.value2()));
        var exclusions = new java.util.HashSet<>(dsl.select(SCENARIO_EXCLUSION.SCENARIO_ID).from(SCENARIO_EXCLUSION)
                .where(SCENARIO_EXCLUSION.SCHOOL_ID.eq(schoolKey)).fetch(SCENARIO_EXCLUSION.SCENARIO_ID));
        return new org.rolloutplanner.app.school.SchoolLinks(pins, exclusions);
    }

    @Override
    public void restoreLinks(long schoolKey, org.rolloutplanner.app.school.SchoolLinks links) {
        links.pins().forEach((scenario, cohort) -> dsl.insertInto(SCENARIO_PIN, SCENARIO_PIN.SCENARIO_ID,
                        SCENARIO_PIN.SCHOOL_ID, SCENARIO_PIN.COHORT).select(dsl.select(SCENARIO.ID,
                        org.jooq.impl.DSL.val(schoolKey), org.jooq.impl.DSL.val(cohort)).from(SCENARIO)
                        .where(SCENARIO.ID.eq(scenario))).execute());
        links.exclusions().forEach(scenario -> dsl.insertInto(SCENARIO_EXCLUSION, SCENARIO_EXCLUSION.SCENARIO_ID,
                        SCENARIO_EXCLUSION.SCHOOL_ID).select(dsl.select(SCENARIO.ID, org.jooq.impl.DSL.val(schoolKey))
                        .from(SCENARIO).where(SCENARIO.ID.eq(scenario))).execute());
    }

    @Override
    public void delete(long schoolKey) {
        dsl.deleteFrom(SCHOOL).where(SCHOOL.ID.eq(schoolKey)).execute();
    }

    @Override
    public int countOfDistrict(long districtKey) {
        return dsl.fetchCount(SCHOOL, SCHOOL.DISTRICT_ID.eq(districtKey));
    }

    private static void fill(SchoolRecord r, School s) {
        r.setSchoolCode(s.id());
        r.setName(s.name());
        r.setLevel(s.level().code());
        r.setGradeLow(s.gradeLow());
        r.setGradeHigh(s.gradeHigh());
        r.setEnrollment(s.enrollment());
        r.setFrlPercent(decimal(s.frlPercent()));
        r.setRegion(s.region());
        r.setFeeder(s.feeder());
        r.setReadiness(decimal(s.readiness()));
        r.setTeachers(decimal(s.teachers()));
        r.changed(SCHOOL.ID, false);
        r.changed(SCHOOL.DISTRICT_ID, false);
    }

    private static BigDecimal decimal(Double d) {
        return d == null ? null : BigDecimal.valueOf(d).setScale(2, java.math.RoundingMode.HALF_UP);
    }

    private static Double dbl(BigDecimal d) {
        return d == null ? null : d.doubleValue();
    }

    static School toDomain(SchoolRecord r) {
        return new School(r.getId(), r.getSchoolCode(), r.getName(),
                SchoolLevel.parse(r.getLevel()).orElse(SchoolLevel.OTHER), r.getGradeLow(), r.getGradeHigh(),
                r.getEnrollment(), dbl(r.getFrlPercent()), r.getRegion(), r.getFeeder(), dbl(r.getReadiness()),
                dbl(r.getTeachers()));
    }

    @Override
    public java.util.Map<Long, java.util.Map<String, String>> attributesOfDistrict(long districtKey) {
        return new JooqSchoolImportRepository(dsl).attributesOfDistrict(districtKey);
    }
}
