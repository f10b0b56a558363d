package dev.lede.input;

import dev.lede.document.Document;
import dev.lede.pipeline.DocumentInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DocumentReaderTest {
    private final DocumentReader reader = new DocumentReader(ReaderOptions.DEFAULT);

    @TempDir
    Path dir;

    private Path write(String name, String content) throws IOException {
        return write(name, content.getBytes(StandardCharsets.UTF_8));
    }

    private Path write(String name, byte[] content) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, content);
        return file;
    }

    private static List<DocumentInput> all(Iterator<DocumentInput> it) {
        List<DocumentInput> out = new ArrayList<>();
        it.forEachRemaining(out::add);
        return out;
    }

    private List<DocumentInput> read(Path file) {
        return all(reader.read(file, null));
    }

    private static DocumentInput only(List<DocumentInput> inputs) {
        assertEquals(1, inputs.size(), () -> "expected one input, got " + inputs);
        return inputs.get(0);
    }

    private static void assertFailed(DocumentInput input, String id, String messagePart) {
        assertFalse(input.ok(), () -> "expected a failure, got " + input);
        assertEquals(id, input.id());
        assertTrue(input.error().contains(messagePart), () -> "'" + input.error() + "' lacks '" + messagePart + "'");
    }

    // ---- TEXT

    @Test
    void textFileIsOneDocumentNamedAfterTheFileAndKeptAsIs() throws IOException {
        String content = "Harbour reopens\r\n\r\nThe harbour reopened on Monday.\u00A0Caf\u0065\u0301 owners cheered.\r\n";
        DocumentInput input = only(read(write("harbour.story.txt", content)));
        assertTrue(input.ok());
        assertEquals("harbour.story", input.id());
        assertEquals(content, input.document().text());
    }

    @Test
    void unknownExtensionIsReadAsText() throws IOException {
        DocumentInput input = only(read(write("story.dat", "Plain words.")));
        assertEquals("story", input.id());
        assertEquals("Plain words.", input.document().text());
    }

    @Test
    void byteOrderMarkIsStripped() throws IOException {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'H', 'i', '.'};
        assertEquals("Hi.", only(read(write("bom.txt", bom))).document().text());
    }

    @Test
    void stdinIsNamedStdin() {
        InputStream in = new ByteArrayInputStream("From a pipe.".getBytes(StandardCharsets.UTF_8));
        DocumentInput input = only(all(reader.read(in, "-", null)));
        assertEquals("stdin", input.id());
        assertEquals("From a pipe.", input.document().text());
    }

    @Test
    void explicitFormatWinsOverTheExtension() throws IOException {
        Path file = write("data.txt", "{\"id\":\"x\",\"text\":\"Json inside.\"}");
        DocumentInput input = only(all(reader.read(file, InputFormat.JSON)));
        assertEquals("x", input.id());
        assertEquals("Json inside.", input.document().text());
    }

    // ---- errors

    @Test
    void invalidUtf8NamesTheByteOffset() throws IOException {
        byte[] bytes = {'A', 'b', 'c', (byte) 0xC3, '(', 'd'};
        assertFailed(only(read(write("bad.txt", bytes))), "bad", "invalid UTF-8 at byte offset 3");
    }

    @Test
    void emptyAndBlankInputFail() throws IOException {
        assertFailed(only(read(write("empty.txt", new byte[0]))), "empty", "empty input");
        assertFailed(only(read(write("blank.txt", " \n\t\r\n"))), "blank", "empty input");
    }

    @Test
    void binaryInputFails() throws IOException {
        assertFailed(only(read(write("nul.txt", new byte[] {'P', 'K', 3, 4, 0, 0, 'x'}))), "nul", "binary input");
        byte[] controls = new byte[100];
        for (int i = 0; i < controls.length; i++) {
            controls[i] = (byte) (i % 3 == 0 ? 0x01 : 'a');
        }
        assertFailed(only(read(write("ctl.txt", controls))), "ctl", "binary input");
    }

    @Test
    void oversizedInputFailsNamingTheLimit() throws IOException {
        DocumentReader small = new DocumentReader(new ReaderOptions(10));
        Path file = write("big.txt", "eleven bytes");
        assertFailed(only(all(small.read(file, null))), "big", "limit of 10 bytes");
        InputStream in = new ByteArrayInputStream("eleven bytes".getBytes(StandardCharsets.UTF_8));
        assertFailed(only(all(small.read(in, "-", InputFormat.TEXT))), "stdin", "limit of 10 bytes");
        assertFailed(only(small.readBytes(new byte[11], "body", null)), "body", "limit of 10 bytes");
        assertTrue(only(all(small.read(write("ok.txt", "ten bytes!"), null))).ok());
    }

    @Test
    void unreadableFileFails() {
        assertFailed(only(read(dir.resolve("missing.txt"))), "missing", "no such file");
        assertFailed(only(read(dir)), dir.getFileName().toString(), "is a directory");
    }

    // ---- JSON

    @Test
    void jsonObjectWithMetadataAndUnknownFields() throws IOException {
        Path file = write("one.json", "{\"id\":\"a1\",\"text\":\"Body text.\",\"title\":\"Head\",\"date\":\"2026-03-02\","
                + "\"source\":\"Wire\",\"url\":\"https://x.example/a1\",\"language\":\"en\",\"desk\":\"world\","
                + "\"metadata\":{\"author\":\"Ann Lee\",\"title\":\"ignored: top level wins\",\"tags\":[\"port\",\"storm\"]}}");
        DocumentInput input = only(read(file));
        Document doc = input.document();
        assertEquals("a1", doc.id());
        assertEquals("Body text.", doc.text());
        assertEquals("Head", doc.metadata().title());
        assertEquals("2026-03-02", doc.metadata().date());
        assertEquals("Wire", doc.metadata().source());
        assertEquals("https://x.example/a1", doc.metadata().url());
        assertEquals("en", doc.metadata().language());
        assertEquals(Map.of("desk", "world", "author", "Ann Lee", "tags", List.of("port", "storm")),
                doc.metadata().extra());
    }

    @Test
    void nestedMetadataFillsKnownFields() throws IOException {
        DocumentInput input = only(read(write("n.json", "{\"text\":\"T.\",\"metadata\":{\"title\":\"Nested\"}}")));
        assertEquals("Nested", input.document().metadata().title());
        assertEquals("n.json#1", input.id());
    }

    @Test
    void jsonArrayYieldsOneInputPerElementWithDefaultIds() throws IOException {
        Path file = write("batch.json", "[{\"id\":7,\"text\":\"First.\"},{\"text\":\"Second.\"},{\"id\":\"c\"},"
                + "{\"id\":\"d\",\"text\":\"  \"},{\"id\":\"e\",\"text\":42},\"just a string\"]");
        List<DocumentInput> inputs = read(file);
        assertEquals(6, inputs.size());
        assertEquals("7", inputs.get(0).id());
        assertEquals("First.", inputs.get(0).document().text());
        assertEquals("batch.json#2", inputs.get(1).id());
        assertEquals("Second.", inputs.get(1).document().text());
        assertFailed(inputs.get(2), "c", "missing \"text\"");
        assertFailed(inputs.get(3), "d", "empty \"text\"");
        assertFailed(inputs.get(4), "e", "\"text\" must be a string");
        assertFailed(inputs.get(5), "batch.json#6", "expected a JSON object");
    }

    @Test
    void invalidJsonFailsWithItsPosition() throws IOException {
        assertFailed(only(read(write("broken.json", "{\"text\": \"unclosed}"))), "broken.json", "invalid JSON at line 1");
        assertFailed(only(read(write("two.json", "{\"text\":\"a\"} {\"text\":\"b\"}"))), "two.json", "invalid JSON");
        assertFailed(only(read(write("empty.json", "[]"))), "empty.json", "no documents");
    }

    // ---- JSON Lines

    @Test
    void jsonLinesStreamsEachLineSkippingBlanksAndSurvivingBadLines() throws IOException {
        String content = "{\"id\":\"a\",\"text\":\"One.\"}\r\n"
                + "\n"
                + "{\"text\":\"Three.\",\"title\":\"T3\"}\n"
                + "{not json}\n"
                + "   \n"
                + "{\"id\":\"f\"}\n"
                + "{\"id\":\"g\",\"text\":\"Last, no newline.\"}";
        List<DocumentInput> inputs = read(write("feed.jsonl", content));
        assertEquals(5, inputs.size());
        assertEquals("a", inputs.get(0).id());
        assertEquals("One.", inputs.get(0).document().text());
        assertEquals("feed.jsonl#3", inputs.get(1).id());
        assertEquals("T3", inputs.get(1).document().metadata().title());
        assertFailed(inputs.get(2), "feed.jsonl#4", "line 4: invalid JSON");
        assertFailed(inputs.get(3), "f", "line 6: missing \"text\"");
        assertEquals("Last, no newline.", inputs.get(4).document().text());
    }

    @Test
    void jsonLinesReportInvalidUtf8AndOversizedLinesAndReadOn() throws IOException {
        byte[] bad = "{\"text\":\"caf\u00e9\"}\n{\"text\":\"x\u00ff\"}\n{\"text\":\"a very long line indeed\"}\n{\"text\":\"ok\"}\n"
                .getBytes(StandardCharsets.UTF_8);
        int second = "{\"text\":\"caf\u00e9\"}\n".getBytes(StandardCharsets.UTF_8).length;
        bad[second + 10] = (byte) 0xFF; // replaces the first byte of the two-byte ÿ
        List<DocumentInput> inputs = all(new DocumentReader(new ReaderOptions(25)).read(write("u.jsonl", bad), null));
        assertEquals(4, inputs.size());
        assertEquals("caf\u00e9", inputs.get(0).document().text());
        assertFailed(inputs.get(1), "u.jsonl#2", "line 2: invalid UTF-8 at byte offset " + (second + 10));
        assertFailed(inputs.get(2), "u.jsonl#3", "line 3: larger than the limit of 25 bytes");
        assertEquals("ok", inputs.get(3).document().text());
    }

    @Test
    void jsonLinesWithBomFromAStream() {
        byte[] bytes = "\uFEFF{\"text\":\"Hello.\"}\n".getBytes(StandardCharsets.UTF_8);
        DocumentInput input = only(all(reader.read(new ByteArrayInputStream(bytes), "stdin", InputFormat.JSONL)));
        assertEquals("Hello.", input.document().text());
        assertEquals("stdin#1", input.id());
    }

    @Test
    void jsonLinesAreStreamedAndAReadErrorEndsTheStreamWithAFailedInput() {
        byte[] first = "{\"text\":\"First.\"}\n{\"text\":\"Sec".getBytes(StandardCharsets.UTF_8);
        InputStream failing = new InputStream() {
            private int pos;

            @Override
            public int read() throws IOException {
                if (pos < first.length) {
                    return first[pos++];
                }
                throw new IOException("disk gone");
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                if (pos >= first.length) {
                    throw new IOException("disk gone");
                }
                int n = Math.min(len, first.length - pos);
                System.arraycopy(first, pos, b, off, n);
                pos += n;
                return n;
            }
        };
        Iterator<DocumentInput> it = reader.read(failing, "feed.jsonl", null);
        assertEquals("First.", it.next().document().text());
        assertFailed(it.next(), "feed.jsonl#2", "read error after line 1: disk gone");
        assertFalse(it.hasNext());
    }

    @Test
    void emptyOrBinaryJsonLinesFailOnce() throws IOException {
        assertFailed(only(read(write("e.jsonl", "\n\n  \n"))), "e.jsonl", "empty input");
        assertFailed(only(read(write("b.jsonl", new byte[] {'{', 0, 1, '\n', '{', 0, '\n'}))), "b.jsonl", "binary input");
    }

    @Test
    void readBytesHandlesEveryFormat() {
        byte[] lines = "{\"text\":\"A.\"}\n{\"text\":\"B.\"}\n".getBytes(StandardCharsets.UTF_8);
        assertEquals(2, reader.readBytes(lines, "body.jsonl", null).size());
        assertEquals("body#1", only(reader.readBytes("{\"text\":\"A.\"}".getBytes(StandardCharsets.UTF_8), "body",
                InputFormat.JSON)).id());
        assertEquals("A plain body.", only(reader.readBytes("A plain body.".getBytes(StandardCharsets.UTF_8), "body",
                null)).document().text());
    }

    // ---- HTML

    @Test
    void htmlKeepsTheArticleTextWithParagraphBreaksAndTheHeadlineAsTitle() throws IOException {
        Path file = dir.resolve("article.html");
        try (InputStream in = getClass().getResourceAsStream("/input/article.html")) {
            Files.copy(in, file);
        }
        DocumentInput input = only(read(file));
        assertTrue(input.ok(), input::error);
        assertEquals("article", input.id());
        assertEquals("PORTVALE, March 2 (Coastline) \u2014 The harbour reopened on Monday, officials said, after a storm "
                + "closed it for three days.\n\n"
                + "\u201CWe are back in business,\u201D said harbour master Ines\u00A0Varga.\nTrade resumed at noon.\n\n"
                + "Ferries: running\n\nCargo: delayed", input.document().text());
        assertEquals("Harbour reopens after storm \u2013 Coastline Daily", input.document().metadata().title());
        assertEquals("https://news.example.org/harbour-reopens", input.document().metadata().url());
        assertEquals("2026-03-02T09:15:00Z", input.document().metadata().date());
        assertEquals("en", input.document().metadata().language());
    }

    @Test
    void gzippedPagesAreReadByTheirInnerExtensionAndNamedWithoutIt() throws IOException {
        String html = "<html><head><title>Tide tables</title></head><body><article><p>High tide is at noon, the "
                + "harbour office said on Monday.</p></article></body></html>";
        Path file = dir.resolve("tides.html.gz");
        try (java.io.OutputStream out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(html.getBytes(StandardCharsets.UTF_8));
        }
        DocumentInput input = only(read(file));
        assertTrue(input.ok(), input::error);
        assertEquals("tides", input.id());
        assertEquals("High tide is at noon, the harbour office said on Monday.", input.document().text());
        assertEquals("Tide tables", input.document().metadata().title());
        Path text = dir.resolve("plain.gz");
        try (java.io.OutputStream out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(text))) {
            out.write("Plain words.".getBytes(StandardCharsets.UTF_8));
        }
        assertEquals("Plain words.", only(read(text)).document().text());
    }

    @Test
    void aGzipBombIsStoppedAtTheSizeLimit() throws IOException {
        java.io.ByteArrayOutputStream zipped = new java.io.ByteArrayOutputStream();
        try (java.io.OutputStream out = new java.util.zip.GZIPOutputStream(zipped)) {
            out.write(new byte[4096]);
        }
        DocumentReader small = new DocumentReader(new ReaderOptions(1000));
        assertFailed(only(small.readBytes(zipped.toByteArray(), "bomb.txt.gz", null)), "bomb",
                "larger than the limit of 1000 bytes");
    }

    @Test
    void htmlWithoutArticlePrefersTheLargestParagraphBlock() {
        String html = "<html><body><div id=menu><p>Home</p><p>Sport</p></div>"
                + "<div id=story><p>The council approved the budget on Tuesday after a long debate.</p>"
                + "<p>Opposition members walked out &amp; protested.</p></div></body></html>";
        DocumentInput input = only(reader.readBytes(html.getBytes(StandardCharsets.UTF_8), "page.html", null));
        assertEquals("The council approved the budget on Tuesday after a long debate.\n\n"
                + "Opposition members walked out & protested.", input.document().text());
        assertNull(input.document().metadata().title());
    }

    @Test
    void htmlInADeclaredLegacyCharsetIsDecodedInIt() {
        byte[] page = "<html><head><meta charset=\"windows-1252\"></head><body><p>Caf\u00e9 \u201Cquoted\u201D</p></body></html>"
                .getBytes(java.nio.charset.Charset.forName("windows-1252"));
        assertEquals("Caf\u00e9 \u201Cquoted\u201D", only(reader.readBytes(page, "old.html", null)).document().text());
        byte[] undeclared = "<p>Caf\u00e9</p>".getBytes(StandardCharsets.ISO_8859_1);
        assertFailed(only(reader.readBytes(undeclared, "new.html", null)), "new", "invalid UTF-8 at byte offset 6");
    }

    @Test
    void htmlWithoutTextFails() {
        String html = "<html><head><title>Empty</title><script>x()</script></head><body><nav>Menu</nav></body></html>";
        assertFailed(only(reader.readBytes(html.getBytes(StandardCharsets.UTF_8), "page.html", null)), "page",
                "no text found");
    }
}
