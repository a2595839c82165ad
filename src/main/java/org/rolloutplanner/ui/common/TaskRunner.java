package org.rolloutplanner.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * The one seam for work that must not run on the FX thread (database, files). Results and failures are
 * handed back on the FX thread. Tests use {@link SynchronousTaskRunner}.
 */
public interface TaskRunner extends AutoCloseable {

    /** Runs {@code work} in the background, then {@code onSuccess} or {@code onFailure} on the FX thread. */
    <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure);

    /** Stops accepting work and waits a little for work already queued (closing the workspace, say). */
    @Override
    void close();
}
