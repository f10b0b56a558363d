package dev.lede.input;

import dev.lede.document.Document;
import dev.lede.document.Metadata;
import dev.lede.pipeline.DocumentInput;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Reads documents from text, JSON, JSON Lines and HTML input. A broken document never throws: it becomes a
 * {@link DocumentInput#failed failed input} with a clear message (empty, binary, invalid UTF-8 with its byte
 * offset, larger than {@link ReaderOptions#maxBytes()}, unreadable, bad JSON), so a batch yields exactly one
 * output per input. Text is decoded as UTF-8 (a BOM is stripped) and otherwise kept exactly as it came: no
 * Unicode normalisation, line endings untouched. The one exception to UTF-8: an HTML page that is not valid
 * UTF-8 but declares a legacy charset in its head is decoded in that charset. Thread-safe.
 *
 * <p>Ids: a text or HTML document is named after its file without the extension ("stdin" for standard input);
 * JSON documents without an "id" get {@code sourceName#index} (1-based) and JSON Lines documents
 * {@code sourceName#lineNumber}.
 */
public final class DocumentReader {
    private static final String STDIN = "stdin";

    private final ReaderOptions options;

    public DocumentReader(ReaderOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    /**
     * The documents of {@code file}: one for text and HTML, one per object for JSON and JSON Lines (streamed, the
     * file stays open until the iterator is exhausted). {@code format} null means: from the file name's
     * extension, else TEXT.
     */
    public Iterator<DocumentInput> read(Path file, InputFormat format) {
        String sourceName = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        InputFormat resolved = InputFormat.orFromFileName(format, sourceName);
        String inputId = inputId(resolved, sourceName);
        try {
            if (Files.isDirectory(file)) {
                return single(DocumentInput.failed(inputId, "cannot read " + file + ": it is a directory"));
            }
            if (resolved.streamed()) {
                return streamed(Files.newInputStream(file), sourceName, resolved);
            }
            long size = Files.size(file);
            if (size > options.maxBytes()) {
                return single(DocumentInput.failed(inputId, tooLarge()));
            }
            try (InputStream in = Files.newInputStream(file)) {
                return read(in, sourceName, resolved);
            }
        } catch (NoSuchFileException e) {
            return single(DocumentInput.failed(inputId, "cannot read " + file + ": no such file"));
        } catch (AccessDeniedException e) {
            return single(DocumentInput.failed(inputId, "cannot read " + file + ": permission denied"));
        } catch (IOException | SecurityException e) {
            return single(DocumentInput.failed(inputId, "cannot read " + file + ": " + e.getMessage()));
        }
    }

    /**
     * The documents of a stream such as standard input ({@code sourceName} "-" or "stdin"). JSON Lines are
     * streamed and the stream is closed at their end; other formats read the stream up to the size limit and
     * leave closing to the caller. {@code format} null means: from {@code sourceName}'s extension, else TEXT.
     */
    public Iterator<DocumentInput> read(InputStream in, String sourceName, InputFormat format) {
        String name = displayName(sourceName);
        InputFormat resolved = InputFormat.orFromFileName(format, name);
        if (resolved.streamed()) {
            try {
                return streamed(in, name, resolved);
            } catch (IOException e) {
                return single(DocumentInput.failed(name, "cannot read " + name + ": " + e.getMessage()));
            }
        }
        try {
            byte[] bytes = in.readNBytes((int) options.maxBytes() + 1);
            return readBytes(bytes, name, resolved).iterator();
        } catch (IOException e) {
            String message = "cannot read " + name + ": " + e.getMessage();
            return single(DocumentInput.failed(inputId(resolved, name), message));
        }
    }

    /** The documents of an input held in memory, e.g. an HTTP request body. Same rules as the other methods. */
    public List<DocumentInput> readBytes(byte[] bytes, String sourceName, InputFormat format) {
        String name = displayName(sourceName);
        InputFormat resolved = InputFormat.orFromFileName(format, name);
        if (resolved.streamed()) {
            List<DocumentInput> out = new ArrayList<>();
            try {
                streamed(new ByteArrayInputStream(bytes), name, resolved).forEachRemaining(out::add);
            } catch (IOException e) {
                out.add(DocumentInput.failed(name, "cannot read " + name + ": " + e.getMessage()));
            }
            return out;
        }
        String inputId = inputId(resolved, name);
        if (Gzip.starts(bytes)) {
            try {
                bytes = Gzip.decompress(bytes, options.maxBytes());
            } catch (IOException e) {
                return List.of(DocumentInput.failed(inputId, "cannot decompress " + name + ": " + e.getMessage()));
            }
        }
        if (bytes.length > options.maxBytes()) {
            return List.of(DocumentInput.failed(inputId, tooLarge()));
        }
        return documents(bytes, name, resolved);
    }

    /** JSON Lines (gzipped or not) or a web archive, read lazily; the iterator closes {@code in} at its end. */
    private Iterator<DocumentInput> streamed(InputStream in, String name, InputFormat format) throws IOException {
        if (format == InputFormat.WARC) {
            return WarcDocuments.read(in, name, options.maxBytes()); // jwarc reads gzipped archives itself
        }
        return new JsonLinesIterator(Gzip.decompressing(in), name, options.maxBytes());
    }

    private static List<DocumentInput> documents(byte[] bytes, String name, InputFormat format) {
        String id = inputId(format, name);
        if (format == InputFormat.HTML) {
            return List.of(HtmlDocuments.of(bytes, bytes.length, id, null, null, Map.of()));
        }
        DecodedText decoded = DecodedText.decode(bytes, bytes.length, 0);
        if (!decoded.ok()) {
            return List.of(DocumentInput.failed(id, decoded.error()));
        }
        String text = decoded.text();
        switch (format) {
            case JSON: {
                JsonDocuments.Parsed parsed = JsonDocuments.parse(text, true);
                if (parsed.error() != null) {
                    return List.of(DocumentInput.failed(id, parsed.error()));
                }
                return JsonDocuments.fromJson(parsed.node(), name);
            }
            default:
                return List.of(DocumentInput.of(new Document(id, text, Metadata.EMPTY)));
        }
    }

    /**
     * The id of an input as a whole: for text and HTML the document's id (the file name's stem), for JSON and
     * JSON Lines the source name (a failure of the whole file is reported under it; its documents have their own).
     */
    private static String inputId(InputFormat format, String sourceName) {
        return format == InputFormat.TEXT || format == InputFormat.HTML ? stem(sourceName) : sourceName;
    }

    /** The file name without directories; "stdin" for standard input. */
    private static String displayName(String sourceName) {
        if (sourceName == null || sourceName.isBlank() || sourceName.equals("-")) {
            return STDIN;
        }
        int slash = Math.max(sourceName.lastIndexOf('/'), sourceName.lastIndexOf('\\'));
        String name = sourceName.substring(slash + 1);
        return name.isEmpty() ? STDIN : name;
    }

    /** The file name without its extension ("report.final.txt" -> "report.final", "page.html.gz" -> "page"). */
    private static String stem(String name) {
        if (name.regionMatches(true, name.length() - 3, ".gz", 0, 3) && name.length() > 3) {
            name = name.substring(0, name.length() - 3);
        }
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private String tooLarge() {
        return "input is larger than the limit of " + options.maxBytes() + " bytes";
    }

    private static Iterator<DocumentInput> single(DocumentInput input) {
        return List.of(input).iterator();
    }
}
