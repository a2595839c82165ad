package org.rolloutplanner.ui.common;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Production runner: one thread for all database work (a workspace holds one connection), results posted
 * back with {@link Platform#runLater}.
 */
public final class DatabaseTaskRunner implements TaskRunner {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseTaskRunner.class);

    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "database");
        t.setDaemon(true);
        return t;
    });

    @Override
    public <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        try {
            executor.execute(() -> {
                try {
                    T result = work.call();
                    Platform.runLater(() -> onSuccess.accept(result));
                } catch (Exception | Error e) {
                    Platform.runLater(() -> onFailure.accept(e));
                }
            });
        } catch (RejectedExecutionException e) {
            LOG.warn("Work submitted after shutdown was dropped", e);
        }
    }

    /** Runs the work on the database thread and waits for it (only for shutting down). */
    public void runAndWait(Runnable work) {
        try {
            executor.submit(work).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            LOG.warn("Work at shutdown failed", e);
        }
    }

    @Override
    public void close() {
        executor.shutdown();
        try {
            if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
