package org.rolloutplanner.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.h2.api.Trigger;

/**
 * Rules of the selection tables that join two tables (V011), checked by H2 before each row is written:
 * <ul>
 * <li>{@code selection_score}: no score of a reviewer who declared a conflict of interest with the applicant;</li>
 * <li>{@code selection_conflict}: no conflict declared while the reviewer has scores of that applicant;</li>
 * <li>{@code selection_applicant}: the school belongs to the district of the round.</li>
 * </ul>
 * A violation fails the statement with SQL state 23513 (check violation) and a plain message; the application checks
 * the same rules first, so users meet this only through a bug or a hand-edited workspace.
 */
public final class SelectionIntegrityTrigger implements Trigger {

    /** SQL state of a check constraint violation. */
    public static final String CHECK_VIOLATION = "23513";

    private String table;
    private final Map<String, Integer> columns = new HashMap<>();

    @Override
    public void init(Connection conn, String schemaName, String triggerName, String tableName, boolean before, int type)
            throws SQLException {
        table = tableName.toUpperCase(Locale.ROOT);
        try (PreparedStatement ps = conn.prepareStatement("SELECT COLUMN_NAME, ORDINAL_POSITION FROM INFORMATION_SCHEMA.COLUMNS "
                + "WHERE TABLE_SCHEMA = ? AND TABLE_NAME = ?")) {
            ps.setString(1, schemaName);
            ps.setString(2, tableName);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    columns.put(rs.getString(1).toUpperCase(Locale.ROOT), rs.getInt(2) - 1);
                }
            }
        }
    }

    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        if (newRow == null) {
            return;
        }
        switch (table) {
            case "SELECTION_SCORE" -> {
                if (exists(conn, "SELECT 1 FROM selection_conflict WHERE reviewer_id = ? AND applicant_id = ?",
                        value(newRow, "REVIEWER_ID"), value(newRow, "APPLICANT_ID"))) {
                    throw violation("A reviewer with a conflict of interest cannot have a score of that school.");
                }
            }
            case "SELECTION_CONFLICT" -> {
                if (exists(conn, "SELECT 1 FROM selection_score WHERE reviewer_id = ? AND applicant_id = ?",
                        value(newRow, "REVIEWER_ID"), value(newRow, "APPLICANT_ID"))) {
                    throw violation("A conflict of interest cannot be declared while the reviewer has scores of that school; "
                            + "delete the scores first.");
                }
            }
            case "SELECTION_APPLICANT" -> {
                if (!exists(conn, "SELECT 1 FROM school s JOIN selection_round r ON r.district_id = s.district_id "
                        + "WHERE s.id = ? AND r.id = ?", value(newRow, "SCHOOL_ID"), value(newRow, "ROUND_ID"))) {
                    throw violation("An applicant school must belong to the district of its selection round.");
                }
            }
            default -> {
                // not one of ours: nothing to check
            }
        }
    }

    private Object value(Object[] row, String column) throws SQLException {
        Integer i = columns.get(column);
        if (i == null) {
            throw new SQLException("The table " + table + " has no column " + column + ".");
        }
        return row[i];
    }

    private static boolean exists(Connection conn, String sql, Object a, Object b) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement(sql)) {
            ps.setObject(1, a);
            ps.setObject(2, b);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static SQLException violation(String message) {
        return new SQLException(message, CHECK_VIOLATION);
    }
}
