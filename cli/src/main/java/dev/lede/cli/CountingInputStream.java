package dev.lede.cli;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Counts the bytes read through it into a shared total, so progress can tell how much of a batch has been read.
 * (Three methods; not worth a Commons IO or Guava dependency.) Used on the one thread that reads the batch.
 */
final class CountingInputStream extends FilterInputStream {
    /** A running total shared by the streams of one batch. */
    static final class Total {
        private long bytes;

        long bytes() {
            return bytes;
        }
    }

    private final Total total;

    CountingInputStream(InputStream in, Total total) {
        super(in);
        this.total = total;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            total.bytes++;
        }
        return b;
    }

    @Override
    public int read(byte[] buf, int off, int len) throws IOException {
        int n = super.read(buf, off, len);
        if (n > 0) {
            total.bytes += n;
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        total.bytes += skipped;
        return skipped;
    }
}
