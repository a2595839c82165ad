package org.rolloutplanner.persistence;

import static org.rolloutplanner.persistence.generated.Tables.SCHOOL;
import static org.rolloutplanner.persistence.generated.Tables.SCHOOL_ATTRIBUTE;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.BatchBindStep;
import org.jooq.DSLContext;
import org.rolloutplanner.app.importing.SchoolImportRepository;
import org.rolloutplanner.domain.school.School;

/** Bulk writes of an import: JDBC batches of bound statements (one statement, many rows), within the caller's transaction. */
public final class JooqSchoolImportRepository implements SchoolImportRepository {

    private static final int BATCH = 2000;

    private final DSLContext dsl;

    public JooqSchoolImportRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public List<School> insertAll(long districtKey, List<School> schools) {
        if (schools.isEmpty()) {
            return List.of();
        }
        for (int from = 0; from < schools.size(); from += BATCH) {
            BatchBindStep batch = dsl.batch(dsl.insertInto(SCHOOL, SCHOOL.DISTRICT_ID, SCHOOL.SCHOOL_CODE, SCHOOL.NAME,
                    SCHOOL.LEVEL, SCHOOL.GRADE_LOW, SCHOOL.GRADE_HIGH, SCHOOL.ENROLLMENT, SCHOOL.FRL_PERCENT, SCHOOL.REGION,
                    SCHOOL.FEEDER, SCHOOL.READINESS, SCHOOL.TEACHERS)
                    .values((Long) null, null, null, null, null, null, null, null, null, null, null, null));
            for (School s : schools.subList(from, Math.min(schools.size(), from + BATCH))) {
                batch = batch.bind(districtKey, s.id(), s.name(), s.level().code(), s.gradeLow(), s.gradeHigh(),
                        s.enrollment(), decimal(s.frlPercent()), s.region(), s.feeder(), decimal(s.readiness()),
                        decimal(s.teachers()));
            }
            batch.execute();
        }
        Map<String, Long> keys = new HashMap<>(schools.size() * 2);
        dsl.select(SCHOOL.SCHOOL_CODE, SCHOOL.ID).from(SCHOOL).where(SCHOOL.DISTRICT_ID.eq(districtKey))
                .forEach(r -> keys.put(r.value1(), r.value2()));
        List<School> out = new ArrayList<>(schools.size());
        for (School s : schools) {
            out.add(s.withKey(keys.get(s.id())));
        }
        return out;
    }

    @Override
    public void updateAll(List<School> schools) {
        for (int from = 0; from < schools.size(); from += BATCH) {
            BatchBindStep batch = dsl.batch(dsl.update(SCHOOL)
                    .set(SCHOOL.NAME, (String) null).set(SCHOOL.LEVEL, (String) null)
                    .set(SCHOOL.GRADE_LOW, (String) null).set(SCHOOL.GRADE_HIGH, (String) null)
                    .set(SCHOOL.ENROLLMENT, (Integer) null).set(SCHOOL.FRL_PERCENT, (BigDecimal) null)
                    .set(SCHOOL.REGION, (String) null).set(SCHOOL.FEEDER, (String) null)
                    .set(SCHOOL.READINESS, (BigDecimal) null).set(SCHOOL.TEACHERS, (BigDecimal) null)
                    .where(SCHOOL.ID.eq((Long) null)));
            for (School s : schools.subList(from, Math.min(schools.size(), from + BATCH))) {
                batch = batch.bind(s.name(), s.level().code(), s.gradeLow(), s.gradeHigh(), s.enrollment(),
                        decimal(s.frlPercent()), s.region(), s.feeder(), decimal(s.readiness()), decimal(s.teachers()),
                        s.key());
            }
            int[] counts = batch.execute();
            for (int c : counts) {
                if (c == 0) {
                    throw new IllegalStateException("A school to update is no longer in the workspace.");
                }
            }
        }
    }

    @Override
    public Map<Long, Map<String, String>> attributesOfDistrict(long districtKey) {
        Map<Long, Map<String, String>> out = new HashMap<>();
        dsl.select(SCHOOL_ATTRIBUTE.SCHOOL_ID, SCHOOL_ATTRIBUTE.ATTRIBUTE_NAME, SCHOOL_ATTRIBUTE.ATTRIBUTE_VALUE)
                .from(SCHOOL_ATTRIBUTE).join(SCHOOL).on(SCHOOL.ID.eq(SCHOOL_ATTRIBUTE.SCHOOL_ID))
                .where(SCHOOL.DISTRICT_ID.eq(districtKey))
                .orderBy(SCHOOL_ATTRIBUTE.SCHOOL_ID, SCHOOL_ATTRIBUTE.ATTRIBUTE_NAME)
                .forEach(r -> out.computeIfAbsent(r.value1(), k -> new LinkedHashMap<>()).put(r.value2(), r.value3()));
        return out;
    }

    @Override
    public void putAttributes(Map<Long, Map<String, String>> attributesBySchoolKey) {
        List<Object[]> rows = new ArrayList<>();
        attributesBySchoolKey.forEach((key, attrs) -> attrs.forEach((n, v) -> rows.add(new Object[] {key, n, v})));
        for (int from = 0; from < rows.size(); from += BATCH) {
            List<Object[]> chunk = rows.subList(from, Math.min(rows.size(), from + BATCH));
            BatchBindStep delete = dsl.batch(dsl.deleteFrom(SCHOOL_ATTRIBUTE)
                    .where(SCHOOL_ATTRIBUTE.SCHOOL_ID.eq((Long) null)).and(SCHOOL_ATTRIBUTE.ATTRIBUTE_NAME.eq((String) null)));
            BatchBindStep insert = dsl.batch(dsl.insertInto(SCHOOL_ATTRIBUTE, SCHOOL_ATTRIBUTE.SCHOOL_ID,
                    SCHOOL_ATTRIBUTE.ATTRIBUTE_NAME, SCHOOL_ATTRIBUTE.ATTRIBUTE_VALUE).values((Long) null, null, null));
            for (Object[] r : chunk) {
                delete = delete.bind(r[0], r[1]);
                insert = insert.bind(r);
            }
            delete.execute();
            insert.execute();
        }
    }

    private static BigDecimal decimal(Double d) {
        return d == null ? null : BigDecimal.valueOf(d).setScale(2, RoundingMode.HALF_UP);
    }
}
