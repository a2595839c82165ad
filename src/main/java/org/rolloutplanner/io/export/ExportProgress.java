package org.rolloutplanner.io.export;

/** Told how far an export is; asked whether the person cancelled it. Both are called from the exporting thread. */
public interface ExportProgress {

    ExportProgress NONE = new ExportProgress() {
        @Override
        public void update(double done, String step) {
        }

        @Override
        public boolean cancelled() {
            return false;
        }
    };

    /** {@code done} from 0 to 1; {@code step} says what is being written ("Writing the Timeline sheet"). */
    void update(double done, String step);

    boolean cancelled();

    /** Throws {@link ExportCancelledException} when the export was cancelled. */
    default void checkCancelled() {
        if (cancelled()) {
            throw new ExportCancelledException();
        }
    }
}
