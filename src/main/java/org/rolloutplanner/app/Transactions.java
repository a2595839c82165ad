package org.rolloutplanner.app;

import java.util.function.Supplier;

/** Runs work as one transaction: all of it is committed, or none of it. */
public interface Transactions {

    <T> T inTransaction(Supplier<T> work);

    default void run(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }
}
