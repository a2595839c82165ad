package org.rolloutplanner.io.table;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Counts the bytes read and tells the progress listener every 256 KB. */
final class CountingInputStream extends FilterInputStream {
    private final long total;
    private final ReadProgress progress;
    private long done;
    private long lastReported;

    CountingInputStream(InputStream in, long total, ReadProgress progress) {
        super(in);
        this.total = total;
        this.progress = progress;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count(1);
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n > 0) {
            count(n);
        } else if (n < 0 && lastReported < done) {
            lastReported = done;
            progress.progress(done, total);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        count(skipped);
        return skipped;
    }

    private void count(long n) {
        done += n;
        if (done - lastReported >= (1 << 18)) {
            lastReported = done;
            progress.progress(done, total);
        }
    }
}
