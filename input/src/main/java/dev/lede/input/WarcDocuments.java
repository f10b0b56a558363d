package dev.lede.input;

import dev.lede.pipeline.DocumentInput;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;

/**
 * The documents of a web archive (WARC 1.0/1.1, plain or gzipped, as Common Crawl stores its news crawl), read
 * with jwarc as a stream: one document per {@code response} record whose HTTP payload is an HTML page with a 2xx
 * status, in archive order. The document's id is the record's {@code WARC-Record-ID}; {@code metadata.url} is the
 * record's target URI and {@code metadata.extra.fetchDate} its {@code WARC-Date} (ISO 8601); the page's own
 * metadata (title, published date, ...) is read as for any HTML page. Other records (requests, metadata,
 * redirects, images) are skipped. A record that cannot be read becomes a failed input; an archive that breaks
 * (truncated, not a WARC) yields the documents before the break and one failed input saying where it broke.
 *
 * <p>This is the reusable "bytes of a WARC stream to documents" step: {@link DocumentReader} uses it for files,
 * standard input and request bodies, and a batch job can call {@link #read(InputStream, String, long)} on any
 * stream. Not thread-safe (one iterator per stream).
 */
public final class WarcDocuments implements Iterator<DocumentInput>, AutoCloseable {
    private static final Set<String> HTML_TYPES = Set.of("text/html", "application/xhtml+xml");

    private final InputStream in;
    private final String sourceName;
    private final long maxRecordBytes;
    private WarcReader warc;
    private DocumentInput next;
    private boolean done;
    private int records;
    private int documents;

    private WarcDocuments(InputStream in, String sourceName, long maxRecordBytes) {
        this.in = in;
        this.sourceName = sourceName;
        this.maxRecordBytes = maxRecordBytes;
    }

    /**
     * The documents of the archive in {@code in}, lazily; the stream is closed when the iterator is exhausted or
     * closed.
     *
     * @param sourceName     names the archive in error messages
     * @param maxRecordBytes the largest HTML payload read; a larger one becomes a failed input
     */
    public static WarcDocuments read(InputStream in, String sourceName, long maxRecordBytes) {
        return new WarcDocuments(in, sourceName, maxRecordBytes);
    }

    @Override
    public boolean hasNext() {
        if (next == null && !done) {
            next = advance();
            if (next == null) {
                done = true;
                close();
            }
        }
        return next != null;
    }

    @Override
    public DocumentInput next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        DocumentInput result = next;
        next = null;
        return result;
    }

    @Override
    public void close() {
        try {
            if (warc != null) {
                warc.close();
            }
            in.close();
        } catch (IOException e) {
            // the documents read so far stand; nothing else to lose
        }
    }

    private DocumentInput advance() {
        try {
            if (warc == null) {
                warc = new WarcReader(in);
            }
            while (true) {
                Optional<WarcRecord> record = warc.next();
                if (record.isEmpty()) {
                    return documents == 0 && records == 0 ? broken("empty archive (no WARC records)") : null;
                }
                DocumentInput input = record.get() instanceof WarcResponse response ? document(response) : null;
                records++; // read whole
                if (input != null) {
                    documents++;
                    return input;
                }
            }
        } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
            done = true;
            return broken("archive unreadable after " + records + " record" + (records == 1 ? "" : "s") + ": "
                    + message(e));
        }
    }

    private DocumentInput broken(String message) {
        done = true;
        return DocumentInput.failed(sourceName + "#" + (records + 1), message);
    }

    /** The document of an HTML response record, a failed input for a broken one, or null to skip the record. */
    private DocumentInput document(WarcResponse response) throws IOException {
        String id = response.id().toString();
        HttpResponse http;
        try {
            http = response.http();
        } catch (IOException | IllegalArgumentException e) {
            return null; // not an HTTP response (e.g. a gemini capture): nothing for Lede to read
        }
        if (http.status() < 200 || http.status() >= 300) {
            return null;
        }
        MediaType type = http.contentType();
        if (type == null || !HTML_TYPES.contains(type.base().toString().toLowerCase(Locale.ROOT))) {
            return null;
        }
        byte[] body;
        try (InputStream payload = http.bodyDecoded().stream()) {
            body = payload.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, maxRecordBytes + 1));
        }
        if (body.length > maxRecordBytes) {
            return DocumentInput.failed(id, "HTML payload larger than the limit of " + maxRecordBytes + " bytes");
        }
        Map<String, Object> fetched = Map.of("fetchDate", response.date().toString());
        return HtmlDocuments.of(body, body.length, id, charset(type), response.target(), fetched);
    }

    private static Charset charset(MediaType type) {
        String name = type.parameters().get("charset");
        if (name == null) {
            return null;
        }
        try {
            return Charset.forName(name.strip());
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null; // an unknown charset is no declaration; the page's own, or UTF-8, is used
        }
    }

    private static String message(Exception e) {
        Throwable cause = e instanceof UncheckedIOException u && u.getCause() != null ? u.getCause() : e;
        String message = cause.getMessage();
        return cause.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }
}
