package org.rolloutplanner.persistence;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.util.concurrent.atomic.AtomicLong;
import org.h2.store.fs.FileBase;
import org.h2.store.fs.FilePath;
import org.h2.store.fs.FilePathWrapper;

/**
 * An H2 file system ({@code jdbc:h2:diskfull:/path}) over the real disk whose writes fail with "No space left on
 * device" once {@link #bytesLeft} is used up: a full disk, on demand, without a small mount.
 */
public final class FilePathDiskFull extends FilePathWrapper {

    /** Bytes that may still be written; negative = unlimited. */
    public static final AtomicLong bytesLeft = new AtomicLong(-1);

    /** Writes to any file of this file system so far (all of them counted, whether or not they fail). */
    public static final AtomicLong writes = new AtomicLong();

    private static final FilePathDiskFull INSTANCE = new FilePathDiskFull();

    public static void register() {
        FilePath.register(INSTANCE);
    }

    @Override
    public String getScheme() {
        return "diskfull";
    }

    @Override
    public FileChannel open(String mode) throws IOException {
        return new Full(getBase().open(mode));
    }

    /** Streams too (H2's {@code BACKUP TO} writes its zip through one). */
    @Override
    public java.io.OutputStream newOutputStream(boolean append) throws IOException {
        return FilePath.newFileChannelOutputStream(open("rw"), append);
    }

    private static final class Full extends FileBase {
        private final FileChannel base;

        Full(FileChannel base) {
            this.base = base;
        }

        private static void spend(int bytes) throws IOException {
            writes.incrementAndGet();
            long left = bytesLeft.get();
            if (left >= 0) {
                if (left < bytes) {
                    bytesLeft.set(0);
                    throw new IOException("No space left on device");
                }
                bytesLeft.addAndGet(-bytes);
            }
        }

        @Override
        public long position() throws IOException {
            return base.position();
        }

        @Override
        public FileChannel position(long p) throws IOException {
            base.position(p);
            return this;
        }

        @Override
        public long size() throws IOException {
            return base.size();
        }

        @Override
        public int read(ByteBuffer dst) throws IOException {
            return base.read(dst);
        }

        @Override
        public int read(ByteBuffer dst, long position) throws IOException {
            return base.read(dst, position);
        }

        @Override
        public int write(ByteBuffer src) throws IOException {
            spend(src.remaining());
            return base.write(src);
        }

        @Override
        public int write(ByteBuffer src, long position) throws IOException {
            spend(src.remaining());
            return base.write(src, position);
        }

        @Override
        public FileChannel truncate(long size) throws IOException {
            base.truncate(size);
            return this;
        }

        @Override
        public void force(boolean metaData) throws IOException {
            base.force(metaData);
        }

        @Override
        public FileLock tryLock(long position, long size, boolean shared) throws IOException {
            return base.tryLock(position, size, shared);
        }

        @Override
        protected void implCloseChannel() throws IOException {
            base.close();
        }
    }
}
