package org.rolloutplanner.io.export;

/** For tests anywhere: makes {@link AtomicFiles} writes fail with "No space left on device" after some bytes. */
public final class AtomicFilesDiskFull {

    private AtomicFilesDiskFull() {
    }

    /** The disk fills up after {@code bytes} more bytes of exported files. */
    public static void after(long bytes) {
        AtomicFiles.bytesBeforeDiskFull.set(bytes);
    }

    /** Room again. */
    public static void reset() {
        AtomicFiles.bytesBeforeDiskFull.set(-1);
    }
}
