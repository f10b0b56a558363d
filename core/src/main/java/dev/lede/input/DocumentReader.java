package dev.lede.input;

import dev.lede.document.Document;
import dev.lede.document.Metadata;
import dev.lede.pipeline.DocumentInput;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
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
        InputFormat resolved = resolve(format, sourceName);
        String failedId = failedId(resolved, sourceName);
        try {
            if (Files.isDirectory(file)) {
                return single(DocumentInput.failed(failedId, "cannot read " + file + ": it is a directory"));
            }
            if (resolved == InputFormat.JSONL) {
                return new JsonLinesIterator(Files.newInputStream(file), sourceName, options.maxBytes());
            }
            long size = Files.size(file);
            if (size > options.maxBytes()) {
                return single(DocumentInput.failed(failedId, tooLarge()));
            }
            try (InputStream in = Files.newInputStream(file)) {
                return read(in, sourceName, resolved);
            }
        } catch (NoSuchFileException e) {
            return single(DocumentInput.failed(failedId, "cannot read " + file + ": no such file"));
        } catch (AccessDeniedException e) {
            return single(DocumentInput.failed(failedId, "cannot read " + file + ": permission denied"));
        } catch (IOException | SecurityException e) {
            return single(DocumentInput.failed(failedId, "cannot read " + file + ": " + e.getMessage()));
        }
    }

    /**
     * The documents of a stream such as standard input ({@code sourceName} "-" or "stdin"). JSON Lines are
     * streamed and the stream is closed at their end; other formats read the stream up to the size limit and
     * leave closing to the caller. {@code format} null means: from {@code sourceName}'s extension, else TEXT.
     */
    public Iterator<DocumentInput> read(InputStream in, String sourceName, InputFormat format) {
        String name = displayName(sourceName);
        InputFormat resolved = resolve(format, name);
        if (resolved == InputFormat.JSONL) {
            return new JsonLinesIterator(in, name, options.maxBytes());
        }
        try {
            byte[] bytes = in.readNBytes((int) options.maxBytes() + 1);
            return readBytes(bytes, name, resolved).iterator();
        } catch (IOException e) {
            String message = "cannot read " + name + ": " + e.getMessage();
            return single(DocumentInput.failed(failedId(resolved, name), message));
        }
    }

    /** The documents of an input held in memory, e.g. an HTTP request body. Same rules as the other methods. */
    public List<DocumentInput> readBytes(byte[] bytes, String sourceName, InputFormat format) {
        String name = displayName(sourceName);
        InputFormat resolved = resolve(format, name);
        if (resolved == InputFormat.JSONL) {
            List<DocumentInput> out = new ArrayList<>();
            new JsonLinesIterator(new ByteArrayInputStream(bytes), name, options.maxBytes()).forEachRemaining(out::add);
            return out;
        }
        String failedId = failedId(resolved, name);
        if (bytes.length > options.maxBytes()) {
            return List.of(DocumentInput.failed(failedId, tooLarge()));
        }
        DecodedText decoded = DecodedText.decode(bytes, bytes.length, 0);
        if (!decoded.ok() && resolved == InputFormat.HTML && decoded.error().startsWith("invalid UTF-8")) {
            Charset declared = HtmlCharset.declaredLegacy(bytes);
            if (declared != null) {
                decoded = DecodedText.decode(bytes, bytes.length, 0, declared);
            }
        }
        if (!decoded.ok()) {
            return List.of(DocumentInput.failed(failedId, decoded.error()));
        }
        String text = decoded.text();
        switch (resolved) {
            case JSON: {
                JsonDocuments.Parsed parsed = JsonDocuments.parse(text, true);
                if (parsed.error() != null) {
                    return List.of(DocumentInput.failed(failedId, parsed.error()));
                }
                return JsonDocuments.fromJson(parsed.node(), name);
            }
            case HTML: {
                HtmlText html = HtmlText.extract(text);
                if (html.text().isBlank()) {
                    return List.of(DocumentInput.failed(failedId, "no text found in the HTML"));
                }
                return List.of(DocumentInput.of(new Document(failedId, html.text(), html.metadata())));
            }
            default:
                return List.of(DocumentInput.of(new Document(failedId, text, Metadata.EMPTY)));
        }
    }

    private static InputFormat resolve(InputFormat format, String sourceName) {
        if (format != null) {
            return format;
        }
        InputFormat fromName = InputFormat.fromFileName(sourceName);
        return fromName == null ? InputFormat.TEXT : fromName;
    }

    /** The id of a failed input: the document id for text and HTML, the source name for JSON containers. */
    private static String failedId(InputFormat format, String sourceName) {
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

    /** The file name without its extension ("report.final.txt" -> "report.final"). */
    private static String stem(String name) {
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
