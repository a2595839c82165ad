package org.rolloutplanner.domain.rollout;

import java.util.List;
import org.rolloutplanner.domain.school.School;
import org.rolloutplanner.domain.school.SchoolLevel;

/**
 * The schools not yet placed, in plan order, one queue per level so that level gates cost nothing: the next
 * school is the best-ranked head among the levels allowed to start in a year. O(levels) per pick.
 */
final class SchoolPool {

    private static final int LEVELS = SchoolLevel.values().length;

    private final List<School> roster;
    private final int[] rank;
    private final int[][] queues = new int[LEVELS][];
    private final int[] heads = new int[LEVELS];
    private final SchoolYear[] gates;
    private final boolean[] inPool;
    private int remaining;

    /**
     * @param ordered roster positions of the schools to place, in plan order
     * @param rank    plan-order position of every roster position
     * @param gates   per level ordinal, the first school year it may start, or null
     */
    SchoolPool(List<School> roster, int[] ordered, int[] rank, SchoolYear[] gates) {
        this.roster = roster;
        this.rank = rank;
        this.gates = gates;
        this.inPool = new boolean[roster.size()];
        int[] counts = new int[LEVELS];
        for (int i : ordered) {
            counts[roster.get(i).level().ordinal()]++;
        }
        for (int l = 0; l < LEVELS; l++) {
            queues[l] = new int[counts[l]];
        }
        int[] fill = new int[LEVELS];
        for (int i : ordered) {
            int l = roster.get(i).level().ordinal();
            queues[l][fill[l]++] = i;
            inPool[i] = true;
        }
        remaining = ordered.length;
    }

    int remaining() {
        return remaining;
    }

    boolean contains(int school) {
        return inPool[school];
    }

    private boolean open(int level, SchoolYear year) {
        return gates[level] == null || !year.isBefore(gates[level]);
    }

    private int head(int level) {
        int[] q = queues[level];
        int h = heads[level];
        while (h < q.length && !inPool[q[h]]) {
            h++;
        }
        heads[level] = h;
        return h < q.length ? q[h] : -1;
    }

    /** The next school that may start in {@code year}, or -1. */
    int peek(SchoolYear year) {
        int best = -1;
        for (int l = 0; l < LEVELS; l++) {
            if (open(l, year)) {
                int c = head(l);
                if (c >= 0 && (best < 0 || rank[c] < rank[best])) {
                    best = c;
                }
            }
        }
        return best;
    }

    /** Takes the next school that may start in {@code year}; -1 when there is none. */
    int poll(SchoolYear year) {
        int s = peek(year);
        if (s >= 0) {
            take(s);
        }
        return s;
    }

    /** Takes a given school out of the pool; false when it is not in it. */
    boolean take(int school) {
        if (!inPool[school]) {
            return false;
        }
        inPool[school] = false;
        remaining--;
        return true;
    }

    /** The first school year from {@code year} on in which some remaining school may start; null when none remain. */
    SchoolYear nextOpenYear(SchoolYear year) {
        SchoolYear best = null;
        for (int l = 0; l < LEVELS; l++) {
            if (head(l) >= 0) {
                SchoolYear y = open(l, year) ? year : gates[l];
                if (best == null || y.isBefore(best)) {
                    best = y;
                }
            }
        }
        return best;
    }

    /** Takes every remaining school, in plan order by level queue. */
    int[] drain() {
        int[] out = new int[remaining];
        int k = 0;
        for (int l = 0; l < LEVELS; l++) {
            int s;
            while ((s = head(l)) >= 0) {
                take(s);
                out[k++] = s;
            }
        }
        java.util.Arrays.sort(out);
        return out;
    }

    School school(int i) {
        return roster.get(i);
    }
}
