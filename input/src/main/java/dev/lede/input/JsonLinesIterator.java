package dev.lede.input;

import dev.lede.pipeline.DocumentInput;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * Streams the documents of a JSON Lines input, one line at a time, so a batch of gigabytes never sits in memory.
 * Blank lines are skipped; a bad line becomes a failed input ("line N: ...") and reading goes on. The stream is
 * closed when the iterator is exhausted or {@link #close()}d.
 *
 * <p>Lines are split on bytes here rather than with a {@code BufferedReader}: an oversized line is skipped without
 * being held whole in memory, and invalid UTF-8 is reported at its byte offset in the input.
 */
final class JsonLinesIterator implements Iterator<DocumentInput>, AutoCloseable {
    private static final int CHUNK = 64 * 1024;
    /** Leading bytes checked for NUL to reject a binary file once rather than line by line. */
    private static final int SNIFF_BYTES = 8192;

    private final InputStream in;
    private final String sourceName;
    private final int maxBytes;

    private final byte[] chunk = new byte[CHUNK];
    private int chunkPos;
    private int chunkLen;
    private boolean eof;
    private boolean started;

    private byte[] line = new byte[1024];
    private int lineLen;
    private boolean lineTooLong;
    private long lineOffset;  // byte offset of the current line's first byte
    private long offset;      // byte offset of chunk[chunkPos]
    private int lineNumber;
    /** Inputs handed out so far, failed ones included (an input with none reports "empty input"). */
    private int emitted;
    private boolean done;
    /** Set after a failure that makes the rest of the input unreadable (binary content, I/O error). */
    private boolean stopped;

    private DocumentInput next;

    JsonLinesIterator(InputStream in, String sourceName, long maxBytes) {
        this.in = in;
        this.sourceName = sourceName;
        this.maxBytes = (int) maxBytes;
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
            in.close();
        } catch (IOException e) {
            // nothing to lose: every line was read or the caller gave up on the rest
        }
    }

    /** The next document or failed line, or null at the end. */
    private DocumentInput advance() {
        if (stopped) {
            return null;
        }
        try {
            if (!started) {
                started = true;
                String binary = sniffBinary();
                if (binary != null) {
                    emitted++;
                    stopped = true;
                    return DocumentInput.failed(sourceName, binary);
                }
            }
            while (readLine()) {
                DocumentInput input = parseLine();
                if (input != null) {
                    emitted++;
                    return input;
                }
            }
        } catch (IOException e) {
            stopped = true;
            emitted++;
            return DocumentInput.failed(sourceName + "#" + (lineNumber + 1),
                    "read error after line " + lineNumber + ": " + e.getMessage());
        }
        if (emitted == 0) {
            emitted++;
            return DocumentInput.failed(sourceName, "empty input (no JSON lines)");
        }
        return null;
    }

    private String sniffBinary() throws IOException {
        fill();
        int end = Math.min(chunkLen, SNIFF_BYTES);
        for (int i = 0; i < end; i++) {
            if (chunk[i] == 0) {
                return "binary input (NUL byte at byte offset " + i + ")";
            }
        }
        return null;
    }

    private boolean fill() throws IOException {
        if (chunkPos < chunkLen) {
            return true;
        }
        if (eof) {
            return false;
        }
        int read;
        do {
            read = in.read(chunk, 0, CHUNK); // what is available: a piped stream is handled line by line
        } while (read == 0);
        chunkPos = 0;
        chunkLen = Math.max(read, 0);
        if (read < 0) {
            eof = true;
            return false;
        }
        return true;
    }

    /** Reads the next line into {@link #line} (without its line break); false at the end of input. */
    private boolean readLine() throws IOException {
        lineLen = 0;
        lineTooLong = false;
        lineOffset = offset;
        boolean any = false;
        while (fill()) {
            any = true;
            int start = chunkPos;
            int nl = start;
            while (nl < chunkLen && chunk[nl] != '\n') {
                nl++;
            }
            appendToLine(start, nl - start);
            offset += nl - start;
            chunkPos = nl;
            if (nl < chunkLen) {
                chunkPos++;
                offset++;
                lineNumber++;
                return true;
            }
        }
        if (any) {
            lineNumber++;
        }
        return any;
    }

    private void appendToLine(int from, int length) {
        if (lineTooLong) {
            return;
        }
        if ((long) lineLen + length > maxBytes + 1L) { // +1 leaves room for a trailing \r
            lineTooLong = true;
            return;
        }
        if (lineLen + length > line.length) {
            byte[] bigger = new byte[Math.max(line.length * 2, lineLen + length)];
            System.arraycopy(line, 0, bigger, 0, lineLen);
            line = bigger;
        }
        System.arraycopy(chunk, from, line, lineLen, length);
        lineLen += length;
    }

    /** The input of the current line, or null for a blank line. */
    private DocumentInput parseLine() {
        String id = sourceName + "#" + lineNumber;
        String context = "line " + lineNumber + ": ";
        if (lineTooLong) {
            return DocumentInput.failed(id, context + "larger than the limit of " + maxBytes + " bytes");
        }
        int length = lineLen;
        if (length > 0 && line[length - 1] == '\r') {
            length--;
        }
        int start = lineNumber == 1 && DecodedText.hasBom(line, length) ? 3 : 0;
        if (isBlank(start, length)) {
            return null;
        }
        if (length > maxBytes) {
            return DocumentInput.failed(id, context + "larger than the limit of " + maxBytes + " bytes");
        }
        byte[] bytes = line;
        if (start > 0) {
            bytes = Arrays.copyOfRange(line, start, length);
            length -= start;
        }
        DecodedText decoded = DecodedText.decode(bytes, length, lineOffset + start);
        if (!decoded.ok()) {
            return DocumentInput.failed(id, context + decoded.error());
        }
        JsonDocuments.Parsed parsed = JsonDocuments.parse(decoded.text(), false);
        if (parsed.error() != null) {
            return DocumentInput.failed(id, context + parsed.error());
        }
        return JsonDocuments.fromObject(parsed.node(), id, context);
    }

    private boolean isBlank(int from, int to) {
        for (int i = from; i < to; i++) {
            byte b = line[i];
            if (b != ' ' && b != '\t' && b != '\r' && b != '\f') {
                return false;
            }
        }
        return true;
    }
}
