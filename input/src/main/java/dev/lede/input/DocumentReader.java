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
        InputFormat resolved = InputFormat.orFromFileName(format, sourceName);
        String inputId = inputId(resolved, sourceName);
        try {
            if (Files.isDirectory(file)) {
                return single(DocumentInput.failed(inputId, "cannot read " + file + ": it is a directory"));
            }
            if (resolved == InputFormat.JSONL) {
                return new JsonLinesIterator(Files.newInputStream(file), sourceName, options.maxBytes());
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
        if (resolved == InputFormat.JSONL) {
            return new JsonLinesIterator(in, name, options.maxBytes());
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
        if (resolved == InputFormat.JSONL) {
            List<DocumentInput> out = new ArrayList<>();
            new JsonLinesIterator(new ByteArrayInputStream(bytes), name, options.maxBytes()).forEachRemaining(out::add);
            return out;
        }
        String inputId = inputId(resolved, name);
        if (bytes.length > options.maxBytes()) {
            return List.of(DocumentInput.failed(inputId, tooLarge()));
        }
        DecodedText decoded = decode(bytes, resolved);
        if (!decoded.ok()) {
            return List.of(DocumentInput.failed(inputId, decoded.error()));
        }
        return documents(decoded.text(), name, resolved);
    }

    // UTF-8, except an HTML page that is not valid UTF-8 and declares a legacy charset in its head.
    private static DecodedText decode(byte[] bytes, InputFormat format) {
        DecodedText decoded = DecodedText.decode(bytes, bytes.length, 0);
        if (!decoded.ok() && format == InputFormat.HTML && decoded.error().startsWith("invalid UTF-8")) {
            Charset declared = HtmlCharset.declaredLegacy(bytes);
            if (declared != null) {
                return DecodedText.decode(bytes, bytes.length, 0, declared);
            }
        }
        return decoded;
    }

    private static List<DocumentInput> documents(String text, String name, InputFormat format) {
        String id = inputId(format, name);
        switch (format) {
            case JSON: {
                JsonDocuments.Parsed parsed = JsonDocuments.parse(text, true);
                if (parsed.error() != null) {
                    return List.of(DocumentInput.failed(id, parsed.error()));
                }
                return JsonDocuments.fromJson(parsed.node(), name);
            }
            case HTML: {
                HtmlText html = HtmlText.extract(text);
                if (html.text().isBlank()) {
                    return List.of(DocumentInput.failed(id, "no text found in the HTML"));
                }
                return List.of(DocumentInput.of(new Document(id, html.text(), html.metadata())));
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
