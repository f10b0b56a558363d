package dev.lede.input;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;

/** Gzipped input, recognised by its magic bytes whatever the file is called ({@code .html.gz}, {@code .gz}, a body). */
final class Gzip {
    private Gzip() {
    }

    static boolean starts(byte[] bytes) {
        return bytes.length >= 2 && bytes[0] == (byte) 0x1f && bytes[1] == (byte) 0x8b;
    }

    /**
     * The decompressed bytes, at most {@code maxBytes + 1} of them (one more than the limit, so the caller can
     * tell that the content is too large without inflating a gzip bomb whole).
     */
    static byte[] decompress(byte[] bytes, long maxBytes) throws IOException {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            return in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, maxBytes + 1));
        }
    }

    /** {@code in}, decompressed when it starts with the gzip magic bytes. */
    static InputStream decompressing(InputStream in) throws IOException {
        BufferedInputStream buffered = new BufferedInputStream(in);
        buffered.mark(2);
        int b0 = buffered.read();
        int b1 = buffered.read();
        buffered.reset();
        return b0 == 0x1f && b1 == 0x8b ? new GZIPInputStream(buffered) : buffered;
    }
}
