package org.rolloutplanner.persistence;

import static org.rolloutplanner.persistence.generated.Tables.SCHOOL;
import static org.rolloutplanner.persistence.generated.Tables.SCHOOL_ATTRIBUTE;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.rolloutplanner.app.importing.SchoolImportRepository;
import org.rolloutplanner.domain.school.School;

/**
 * Bulk writes of an import, within the caller's transaction. The row writes use plain JDBC on jOOQ's connection: one
 * prepared statement reused for every row, executed in JDBC batches (see ADR 0012, "Speed": binding through jOOQ's
 * batch API cost more per row, and multi-row VALUES statements were no faster in H2). Reads stay in jOOQ.
 */
public final class JooqSchoolImportRepository implements SchoolImportRepository {

    /** Rows per INSERT statement (more than one: multi-row VALUES, measured no faster in H2 2.5; kept adjustable). */
    static final int ROWS_PER_INSERT = 1;
    /** Statements per JDBC batch: {@code ROWS_PER_INSERT * STATEMENTS_PER_BATCH} rows between progress reports. */
    private static final int STATEMENTS_PER_BATCH = 1000;

    private static final String SCHOOL_INSERT = "INSERT INTO school (id, district_id, school_code, name, level, "
            + "grade_low, grade_high, enrollment, frl_percent, region, feeder, readiness, teachers) VALUES ";
    private static final int SCHOOL_COLUMNS = 13;
    private static final String ATTRIBUTE_INSERT =
            "INSERT INTO school_attribute (school_id, attribute_name, attribute_value) VALUES ";

    private final DSLContext dsl;

    public JooqSchoolImportRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Binds one row's values at a parameter offset. */
    private interface RowBinder<T> {
        void bind(PreparedStatement ps, int offset, T row) throws SQLException;
    }

    @Override
    public List<School> insertAll(long districtKey, List<School> schools, IntConsumer written) {
        if (schools.isEmpty()) {
            return List.of();
        }
        // ids taken in this transaction, one block for the whole import (see Ids)
        long first = Ids.reserve(dsl, SCHOOL.ID, schools.size());
        List<School> out = new ArrayList<>(schools.size());
        for (School s : schools) {
            out.add(s.withKey(first + out.size()));
        }
        insertRows(SCHOOL_INSERT, SCHOOL_COLUMNS, out, (ps, o, s) -> {
            ps.setLong(o + 1, s.key());
            ps.setLong(o + 2, districtKey);
            ps.setString(o + 3, s.id());
            ps.setString(o + 4, s.name());
            ps.setString(o + 5, s.level().code());
            ps.setString(o + 6, s.gradeLow());
            ps.setString(o + 7, s.gradeHigh());
            ps.setInt(o + 8, s.enrollment());
            setDecimal(ps, o + 9, s.frlPercent());
            ps.setString(o + 10, s.region());
            ps.setString(o + 11, s.feeder());
            setDecimal(ps, o + 12, s.readiness());
            setDecimal(ps, o + 13, s.teachers());
        }, written);
        return out;
    }

    @Override
    public void updateAll(List<School> schools, IntConsumer written) {
        if (schools.isEmpty()) {
            return;
        }
        run(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE school SET name = ?, level = ?, grade_low = ?, "
                    + "grade_high = ?, enrollment = ?, frl_percent = ?, region = ?, feeder = ?, readiness = ?, "
                    + "teachers = ? WHERE id = ?")) {
                int pending = 0;
                for (School s : schools) {
                    ps.setString(1, s.name());
                    ps.setString(2, s.level().code());
                    ps.setString(3, s.gradeLow());
                    ps.setString(4, s.gradeHigh());
                    ps.setInt(5, s.enrollment());
                    setDecimal(ps, 6, s.frlPercent());
                    ps.setString(7, s.region());
                    ps.setString(8, s.feeder());
                    setDecimal(ps, 9, s.readiness());
                    setDecimal(ps, 10, s.teachers());
                    ps.setLong(11, s.key());
                    ps.addBatch();
                    if (++pending == ROWS_PER_INSERT * STATEMENTS_PER_BATCH) {
                        checkUpdated(ps.executeBatch());
                        written.accept(pending);
                        pending = 0;
                    }
                }
                if (pending > 0) {
                    checkUpdated(ps.executeBatch());
                    written.accept(pending);
                }
            }
        });
    }

    private static void checkUpdated(int[] counts) {
        for (int c : counts) {
            if (c == 0) {
                throw new IllegalStateException("A school to update is no longer in the workspace.");
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
    public void insertAttributes(Map<Long, Map<String, String>> attributesBySchoolKey, IntConsumer written) {
        insertRows(ATTRIBUTE_INSERT, 3, rows(attributesBySchoolKey), (ps, o, r) -> {
            ps.setLong(o + 1, (Long) r[0]);
            ps.setString(o + 2, (String) r[1]);
            ps.setString(o + 3, (String) r[2]);
        }, written);
    }

    @Override
    public void putAttributes(Map<Long, Map<String, String>> attributesBySchoolKey, IntConsumer written) {
        List<Object[]> rows = rows(attributesBySchoolKey);
        if (rows.isEmpty()) {
            return;
        }
        run(c -> {
            try (PreparedStatement ps = c.prepareStatement("MERGE INTO school_attribute (school_id, attribute_name, "
                    + "attribute_value) KEY (school_id, attribute_name) VALUES (?, ?, ?)")) {
                int pending = 0;
                for (Object[] r : rows) {
                    ps.setLong(1, (Long) r[0]);
                    ps.setString(2, (String) r[1]);
                    ps.setString(3, (String) r[2]);
                    ps.addBatch();
                    if (++pending == ROWS_PER_INSERT * STATEMENTS_PER_BATCH) {
                        ps.executeBatch();
                        written.accept(pending);
                        pending = 0;
                    }
                }
                if (pending > 0) {
                    ps.executeBatch();
                    written.accept(pending);
                }
            }
        });
    }

    private static List<Object[]> rows(Map<Long, Map<String, String>> attributesBySchoolKey) {
        List<Object[]> rows = new ArrayList<>();
        attributesBySchoolKey.forEach((key, attrs) -> attrs.forEach((n, v) -> rows.add(new Object[] {key, n, v})));
        return rows;
    }

    /** Multi-row INSERTs of {@link #ROWS_PER_INSERT} rows in JDBC batches; the remainder in one smaller statement. */
    private <T> void insertRows(String insert, int columns, List<T> rows, RowBinder<T> binder, IntConsumer written) {
        if (rows.isEmpty()) {
            return;
        }
        run(c -> {
            int full = rows.size() / ROWS_PER_INSERT * ROWS_PER_INSERT;
            if (full > 0) {
                try (PreparedStatement ps = c.prepareStatement(values(insert, columns, ROWS_PER_INSERT))) {
                    int statements = 0;
                    for (int from = 0; from < full; from += ROWS_PER_INSERT) {
                        for (int r = 0; r < ROWS_PER_INSERT; r++) {
                            binder.bind(ps, r * columns, rows.get(from + r));
                        }
                        ps.addBatch();
                        if (++statements == STATEMENTS_PER_BATCH) {
                            ps.executeBatch();
                            written.accept(statements * ROWS_PER_INSERT);
                            statements = 0;
                        }
                    }
                    if (statements > 0) {
                        ps.executeBatch();
                        written.accept(statements * ROWS_PER_INSERT);
                    }
                }
            }
            int rest = rows.size() - full;
            if (rest > 0) {
                try (PreparedStatement ps = c.prepareStatement(values(insert, columns, rest))) {
                    for (int r = 0; r < rest; r++) {
                        binder.bind(ps, r * columns, rows.get(full + r));
                    }
                    ps.executeUpdate();
                    written.accept(rest);
                }
            }
        });
    }

    private static String values(String insert, int columns, int rows) {
        String row = "(" + "?,".repeat(columns - 1) + "?)";
        StringBuilder sql = new StringBuilder(insert.length() + rows * (row.length() + 1)).append(insert);
        for (int r = 0; r < rows; r++) {
            sql.append(r == 0 ? "" : ",").append(row);
        }
        return sql.toString();
    }

    private interface JdbcWork {
        void run(Connection c) throws SQLException;
    }

    /** Runs on jOOQ's connection (the caller's transaction); a database refusal comes back as jOOQ's exception. */
    private void run(JdbcWork work) {
        dsl.connection(c -> {
            try {
                work.run(c);
            } catch (SQLException e) {
                throw new DataAccessException("Import write failed: " + e.getMessage(), e);
            }
        });
    }

    private static void setDecimal(PreparedStatement ps, int index, Double d) throws SQLException {
        if (d == null) {
            ps.setNull(index, Types.DECIMAL);
        } else {
            ps.setBigDecimal(index, BigDecimal.valueOf(d).setScale(2, RoundingMode.HALF_UP));
        }
    }
}
