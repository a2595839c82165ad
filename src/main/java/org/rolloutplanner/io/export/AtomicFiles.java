package org.rolloutplanner.io.export;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.CancellationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes a file so that it is either the whole new file or untouched: the content goes to a hidden temporary file in
 * the target's folder, is forced to disk, and then replaces the target in one atomic rename. A failure at any step
 * (a full disk, a cancel, a crash) leaves the previous file as it was and removes the temporary file.
 */
public final class AtomicFiles {

    private static final Logger LOG = LoggerFactory.getLogger(AtomicFiles.class);
    /** Bytes a write may still put on the disk before it fails as on a full disk; negative: no limit (tests set it). */
    static final java.util.concurrent.atomic.AtomicLong bytesBeforeDiskFull = new java.util.concurrent.atomic.AtomicLong(-1);

    /** Writes the content to a stream; the stream is closed by {@link AtomicFiles}. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFiles() {
    }

    /**
     * Writes {@code content} to {@code target} atomically.
     *
     * @throws ExportFailedException with a plain message when the file cannot be written (the old file is unchanged)
     * @throws CancellationException when the content was cancelled (the old file is unchanged)
     */
    public static void write(Path target, Content content) {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        String name = absolute.getFileName().toString();
        if (Files.isDirectory(absolute)) {
            throw new ExportFailedException("Cannot write " + absolute + ": it is a folder, not a file. Choose a file name.");
        }
        if (folder == null || !Files.isDirectory(folder)) {
            throw new ExportFailedException("Cannot write " + absolute + ": the folder " + folder + " does not exist.");
        }
        if (Files.exists(absolute) && !Files.isWritable(absolute)) {
            throw new ExportFailedException("Cannot replace " + absolute + ": the file is read-only or locked by another "
                    + "program. Close it (in Excel, say) or choose another name, and export again.");
        }
        Path temp;
        try {
            temp = Files.createTempFile(folder, "." + name + ".", ".part");
            shareLikeANewFile(temp, absolute);
        } catch (IOException e) {
            throw new ExportFailedException("Cannot write in the folder " + folder + " (" + reason(e)
                    + "). Choose a folder you may write to.", e);
        }
        boolean moved = false;
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
                    OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16)) {
                content.writeTo(new NonClosing(out));
                out.flush();
                channel.force(true);
            }
            move(temp, absolute);
            moved = true;
            forceFolder(folder);
        } catch (IOException e) {
            String kept = Files.exists(absolute) ? "The previous file is unchanged." : "No file was written.";
            if (diskFull(e)) {
                throw new ExportFailedException("The disk is full, so " + absolute + " was not saved. " + kept
                        + " Free some space and try again.", e);
            }
            throw new ExportFailedException("Could not write " + absolute + ": " + reason(e) + ". " + kept, e);
        } finally {
            if (!moved) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException e) {
                    LOG.warn("Could not remove the temporary file {}", temp, e);
                }
            }
        }
    }

    /**
     * A temporary file is private (rw-------); the exported file should be readable like any file the user saves:
     * the permissions of the file it replaces, else rw-r--r--. Not a POSIX file system: nothing to do.
     */
    private static void shareLikeANewFile(Path temp, Path target) throws IOException {
        if (!Files.getFileStore(temp).supportsFileAttributeView(java.nio.file.attribute.PosixFileAttributeView.class)) {
            return;
        }
        var permissions = Files.exists(target) ? Files.getPosixFilePermissions(target)
                : java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--");
        Files.setPosixFilePermissions(temp, permissions);
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (AccessDeniedException | java.nio.file.DirectoryNotEmptyException e) {
            throw new ExportFailedException("Cannot replace " + target + ": it is open or locked in another program "
                    + "(Excel keeps a file locked while it is open). Close it there, or choose another name, and export again. "
                    + "The previous file is unchanged.", e);
        } catch (FileSystemException e) {
            if (e.getReason() != null && e.getReason().toLowerCase(java.util.Locale.ROOT).contains("used by another process")) {
                throw new ExportFailedException("Cannot replace " + target + ": it is open in another program. Close it "
                        + "there and export again. The previous file is unchanged.", e);
            }
            throw e;
        }
    }

    /** Forces a written file's content to the disk (before it is renamed into place). */
    public static void forceFile(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }

    /** Makes a rename durable (Linux and macOS; Windows cannot open a folder and does not need it). */
    public static void forceFolder(Path folder) {
        try (FileChannel dir = FileChannel.open(folder, StandardOpenOption.READ)) {
            dir.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            LOG.debug("Could not force the folder {} to disk", folder, e);
        }
    }

    private static boolean diskFull(IOException e) {
        String m = String.valueOf(e instanceof FileSystemException fse && fse.getReason() != null ? fse.getReason()
                : e.getMessage()).toLowerCase(java.util.Locale.ROOT);
        return m.contains("no space left") || m.contains("not enough space") || m.contains("disk full");
    }

    private static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "the folder does not exist";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException fse && fse.getReason() != null) {
            return fse.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** Keeps a library (POI closes what it writes to) from closing the channel before it is forced to disk. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            spend(1);
            out.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            spend(len);
            out.write(b, off, len);
        }

        private static void spend(int bytes) throws IOException {
            long left = bytesBeforeDiskFull.get();
            if (left >= 0) {
                if (left < bytes) {
                    bytesBeforeDiskFull.set(0);
                    throw new IOException("No space left on device");
                }
                bytesBeforeDiskFull.addAndGet(-bytes);
            }
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
