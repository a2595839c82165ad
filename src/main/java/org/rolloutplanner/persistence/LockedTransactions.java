package org.rolloutplanner.persistence;

import java.util.function.Supplier;
import org.rolloutplanner.app.Transactions;

/**
 * Transactions that take turns: a workspace has one connection, so work coming from more than one thread (the
 * window's database thread and the timeline's) must not interleave on it. The lock is re-entrant, so a transaction
 * inside a transaction on the same thread is fine.
 */
final class LockedTransactions implements Transactions {

    private final Transactions inner;
    private final Object lock;

    LockedTransactions(Transactions inner, Object lock) {
        this.inner = inner;
        this.lock = lock;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        synchronized (lock) {
            return inner.inTransaction(work);
        }
    }
}
