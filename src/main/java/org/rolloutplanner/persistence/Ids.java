package org.rolloutplanner.persistence;

import static org.rolloutplanner.persistence.generated.Tables.ID_COUNTER;

import org.jooq.DSLContext;
import org.jooq.TableField;
import org.jooq.impl.DSL;

/**
 * Ids for new rows, taken inside the caller's transaction (migration V012). H2's identity columns wrote their id
 * cache down with a commit of their own in the middle of an edit, which after a crash could bring back an edit that
 * was never saved (docs/reliability.md). Here the counter row is updated in the same transaction as the new rows, so
 * a rolled-back or interrupted edit leaves no trace.
 */
final class Ids {

    private Ids() {
    }

    /** The id for one new row of the table {@code id} belongs to. */
    static long next(DSLContext dsl, TableField<?, Long> id) {
        return reserve(dsl, id, 1);
    }

    /**
     * The first of {@code count} consecutive ids for new rows of the table {@code id} belongs to: above every id the
     * counter handed out (so an id is never given twice, which undo and redo rely on) and above every row the table
     * holds (rows written with an id of their own, e.g. by an older version or by hand).
     */
    static long reserve(DSLContext dsl, TableField<?, Long> id, int count) {
        if (count < 1) {
            throw new IllegalArgumentException("count " + count);
        }
        String table = id.getTable().getName();
        Long highest = dsl.select(DSL.max(id)).from(id.getTable()).fetchOne(0, Long.class);
        Long last = dsl.select(ID_COUNTER.LAST_ID).from(ID_COUNTER).where(ID_COUNTER.TABLE_NAME.eq(table))
                .fetchOne(0, Long.class);
        long first = Math.max(highest == null ? 0 : highest, last == null ? 0 : last) + 1;
        long newLast = first + count - 1;
        if (last == null) {
            dsl.insertInto(ID_COUNTER).set(ID_COUNTER.TABLE_NAME, table).set(ID_COUNTER.LAST_ID, newLast).execute();
        } else {
            dsl.update(ID_COUNTER).set(ID_COUNTER.LAST_ID, newLast).where(ID_COUNTER.TABLE_NAME.eq(table)).execute();
        }
        return first;
    }
}
