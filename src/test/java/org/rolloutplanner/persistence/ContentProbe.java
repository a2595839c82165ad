package org.rolloutplanner.persistence;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** For the crash runs: a short fingerprint per table, so a lost commit shows which tables differ. */
public final class ContentProbe {

    private ContentProbe() {
    }

    public static Map<String, String> tableDigests(Workspace w) {
        synchronized (w) {
            try {
                Connection c = w.connection();
                Map<String, String> out = new TreeMap<>();
                for (String table : WorkspaceContent.tables(c)) {
                    List<String> cols = WorkspaceContent.columns(c, table);
                    StringBuilder order = new StringBuilder();
                    for (int i = 1; i <= cols.size(); i++) {
                        order.append(i == 1 ? " ORDER BY " : ", ").append(i);
                    }
                    MessageDigest sha = MessageDigest.getInstance("SHA-256");
                    try (Statement st = c.createStatement();
                            ResultSet rs = st.executeQuery("SELECT * FROM " + WorkspaceContent.quote(table) + order)) {
                        int n = rs.getMetaData().getColumnCount();
                        while (rs.next()) {
                            StringBuilder row = new StringBuilder();
                            for (int i = 1; i <= n; i++) {
                                Object v = rs.getObject(i);
                                row.append(v == null ? "\u0000" : v.toString()).append('\u001f');
                            }
                            sha.update(row.append('\u001e').toString().getBytes(StandardCharsets.UTF_8));
                        }
                    }
                    out.put(table, HexFormat.of().formatHex(sha.digest()).substring(0, 6));
                }
                return out;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
