package org.rolloutplanner.persistence;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The whole content of a workspace as one fingerprint: every row of every table, in a fixed order. Two workspaces
 * with the same fingerprint hold the same data. Used to tell whether anything changed since the last backup, and by
 * the reliability tests to compare a workspace with what it should hold.
 *
 * @param digest    SHA-256 over every table's name and rows
 * @param rowCounts rows per table, tables in name order
 */
public record WorkspaceContent(String digest, Map<String, Long> rowCounts) {

    /** Reads every row of every table of the workspace's own schema. */
    public static WorkspaceContent of(Connection c) throws SQLException {
        return of(c, java.util.Set.of());
    }

    /**
     * The plan as people see it: every table but the id counter (V012), which only ever counts up, so undoing an added
     * row gives back the plan exactly but not the counter.
     */
    public static WorkspaceContent ofPlan(Workspace w) {
        synchronized (w) {
            try {
                return of(w.connection(), java.util.Set.of("ID_COUNTER"));
            } catch (SQLException e) {
                throw WorkspaceOpener.translate(e, w.path());
            }
        }
    }

    private static WorkspaceContent of(Connection c, java.util.Set<String> leftOut) throws SQLException {
        MessageDigest sha = sha256();
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : tables(c)) {
            if (leftOut.contains(table)) {
                continue;
            }
            sha.update(("\u0001" + table + "\u0002").getBytes(StandardCharsets.UTF_8));
            counts.put(table, digestRows(c, table, sha));
        }
        return new WorkspaceContent(HexFormat.of().formatHex(sha.digest()), Map.copyOf(counts));
    }

    /** Feeds every row of the table, in a fixed order, to the digest; returns the number of rows. */
    private static long digestRows(Connection c, String table, MessageDigest sha) throws SQLException {
        long rows = 0;
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(allRowsInOrder(c, table))) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= n; i++) {
                    Object v = rs.getObject(i);
                    row.append(v == null ? "\u0000" : v.toString()).append('\u001f');
                }
                row.append('\u001e');
                sha.update(row.toString().getBytes(StandardCharsets.UTF_8));
                rows++;
            }
        }
        return rows;
    }

    /**
     * A short fingerprint of each table (the first 6 hex digits of its own digest), tables in name order: the crash
     * runs print them, so a workspace that does not hold what it should shows which tables differ.
     */
    public static Map<String, String> tableFingerprints(Workspace w) {
        synchronized (w) {
            try {
                Map<String, String> out = new java.util.TreeMap<>();
                for (String table : tables(w.connection())) {
                    MessageDigest sha = sha256();
                    digestRows(w.connection(), table, sha);
                    out.put(table, HexFormat.of().formatHex(sha.digest()).substring(0, 6));
                }
                return out;
            } catch (SQLException e) {
                throw WorkspaceOpener.translate(e, w.path());
            }
        }
    }

    /** The content of the workspace behind an open {@link Workspace}. */
    public static WorkspaceContent of(Workspace w) {
        synchronized (w) {
            try {
                return of(w.connection());
            } catch (SQLException e) {
                throw WorkspaceOpener.translate(e, w.path());
            }
        }
    }

    /** The base tables of the PUBLIC schema, by name. */
    static List<String> tables(Connection c) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT TABLE_NAME FROM "
                + "INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_TYPE = 'BASE TABLE' "
                + "ORDER BY TABLE_NAME")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        return tables;
    }

    static List<String> columns(Connection c, String table) throws SQLException {
        List<String> cols = new ArrayList<>();
        try (var ps = c.prepareStatement("SELECT COLUMN_NAME FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_SCHEMA = "
                + "'PUBLIC' AND TABLE_NAME = ? ORDER BY ORDINAL_POSITION")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    cols.add(rs.getString(1));
                }
            }
        }
        return cols;
    }

    private static String allRowsInOrder(Connection c, String table) throws SQLException {
        List<String> cols = columns(c, table);
        StringBuilder order = new StringBuilder();
        for (int i = 1; i <= cols.size(); i++) {
            order.append(i == 1 ? "" : ", ").append(i);
        }
        return "SELECT * FROM " + quote(table) + (cols.isEmpty() ? "" : " ORDER BY " + order);
    }

    static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
