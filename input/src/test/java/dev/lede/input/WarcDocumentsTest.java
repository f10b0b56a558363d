package dev.lede.input;

import dev.lede.pipeline.DocumentInput;
import org.junit.jupiter.api.Test;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WarcDocumentsTest {
    private static final Instant FETCHED = Instant.parse("2026-04-01T12:00:00Z");

    @TempDir
    Path dir;

    private static String page(String title, String sentence) {
        String p = "<p>" + sentence + ", said the harbour master, who has worked there for twenty years, on Monday.</p>";
        return "<html><head><title>" + title + "</title>"
                + "<meta property=\"article:published_time\" content=\"2026-03-31\"></head>"
                + "<body><nav><a href=/>Home</a></nav><article>" + p + p.replace("said", "added") + "</article></body></html>";
    }

    private static URI id(int n) {
        return URI.create("urn:uuid:00000000-0000-0000-0000-00000000000" + n);
    }

    private static WarcResponse response(int n, String url, int status, MediaType type, byte[] body) throws IOException {
        HttpResponse http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Moved").body(type, body).build();
        return new WarcResponse.Builder(URI.create(url)).recordId(id(n)).date(FETCHED.plusSeconds(n)).body(http).build();
    }

    /** An archive as a crawler writes it: requests, HTML pages, an image, a redirect, another page. */
    private static List<WarcRecord> crawl() throws IOException {
        List<WarcRecord> records = new ArrayList<>();
        records.add(new WarcRequest.Builder(URI.create("https://port.example/a")).recordId(id(1)).date(FETCHED)
                .body(new HttpRequest.Builder("GET", "/a").build()).build());
        records.add(response(2, "https://port.example/a", 200, MediaType.HTML_UTF8,
                page("Ferries return", "The ferries are back").getBytes(StandardCharsets.UTF_8)));
        records.add(response(3, "https://port.example/logo.png", 200, MediaType.parse("image/png"), new byte[] {1, 2, 3}));
        records.add(response(4, "https://port.example/old", 301, MediaType.HTML_UTF8,
                "<html><body><p>Moved</p></body></html>".getBytes(StandardCharsets.UTF_8)));
        records.add(response(5, "https://port.example/b", 200, MediaType.parse("text/html; charset=windows-1252"),
                page("Caf\u00e9 reopens", "The caf\u00e9 is open again").getBytes("windows-1252")));
        return records;
    }

    private static byte[] archive(List<WarcRecord> records, WarcCompression compression) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (WarcWriter writer = new WarcWriter(Channels.newChannel(out), compression)) {
            for (WarcRecord r : records) {
                writer.write(r);
            }
        }
        return out.toByteArray();
    }

    private static List<DocumentInput> readAll(byte[] warc) {
        List<DocumentInput> out = new ArrayList<>();
        WarcDocuments.read(new ByteArrayInputStream(warc), "crawl.warc.gz", 1_000_000).forEachRemaining(out::add);
        return out;
    }

    @Test
    void everyHtmlResponseBecomesOneDocumentInOrderWithUrlAndFetchDate() throws IOException {
        for (WarcCompression compression : WarcCompression.values()) {
            List<DocumentInput> docs = readAll(archive(crawl(), compression));
            assertEquals(2, docs.size(), compression + ": the image, the redirect and the request are skipped");
            DocumentInput first = docs.get(0);
            assertTrue(first.ok(), first::error);
            assertEquals(id(2).toString(), first.id());
            assertTrue(first.document().text().startsWith("The ferries are back, said"), first.document().text());
            assertEquals("https://port.example/a", first.document().metadata().url());
            assertEquals("2026-04-01T12:00:02Z", first.document().metadata().extra().get("fetchDate"));
            assertEquals("2026-03-31", first.document().metadata().date());
            assertEquals("Ferries return", first.document().metadata().title());
            DocumentInput second = docs.get(1);
            assertEquals(id(5).toString(), second.id());
            assertTrue(second.document().text().startsWith("The caf\u00e9 is open again"),
                    "decoded in the charset of the HTTP header: " + second.document().text());
            assertEquals("https://port.example/b", second.document().metadata().url());
        }
    }

    @Test
    void aTruncatedArchiveYieldsTheRecordsBeforeTheBreakAndOneError() throws IOException {
        List<WarcRecord> records = new ArrayList<>(crawl().subList(0, 2));
        StringBuilder longPage = new StringBuilder("<html><body><article>");
        for (int i = 0; i < 2000; i++) {
            longPage.append("<p>Paragraph ").append(i).append(" of a very long report, with details.</p>");
        }
        records.add(response(6, "https://port.example/long", 200, MediaType.HTML_UTF8,
                longPage.append("</article></body></html>").toString().getBytes(StandardCharsets.UTF_8)));
        byte[] whole = archive(records, WarcCompression.GZIP);
        byte[] firstTwo = archive(records.subList(0, 2), WarcCompression.GZIP);
        // cut in the middle of the third record, as a download that broke off leaves an archive
        byte[] truncated = Arrays.copyOf(whole, firstTwo.length + (whole.length - firstTwo.length) / 2);
        List<DocumentInput> docs = readAll(truncated);
        assertEquals(2, docs.size(), docs.toString());
        assertTrue(docs.get(0).ok(), docs.get(0)::error);
        assertEquals(id(2).toString(), docs.get(0).id());
        assertFalse(docs.get(1).ok());
        assertTrue(docs.get(1).error().startsWith("archive unreadable after 2 records"), docs.get(1).error());
    }

    @Test
    void notAnArchiveIsOneError() {
        List<DocumentInput> docs = readAll("<html><body><p>not a WARC</p></body></html>".getBytes(StandardCharsets.UTF_8));
        assertEquals(1, docs.size());
        assertFalse(docs.get(0).ok());
        assertTrue(docs.get(0).error().startsWith("archive unreadable after 0 records"), docs.get(0).error());
    }

    @Test
    void theDocumentReaderReadsArchivesFromFilesAndBytes() throws IOException {
        Path file = dir.resolve("crawl.warc.gz");
        Files.write(file, archive(crawl(), WarcCompression.GZIP));
        DocumentReader reader = new DocumentReader(ReaderOptions.DEFAULT);
        List<DocumentInput> fromFile = new ArrayList<>();
        reader.read(file, null).forEachRemaining(fromFile::add);
        assertEquals(List.of(id(2).toString(), id(5).toString()), fromFile.stream().map(DocumentInput::id).toList());
        List<DocumentInput> fromBytes = reader.readBytes(Files.readAllBytes(file), "upload", InputFormat.WARC);
        assertEquals(2, fromBytes.size());
        assertEquals(fromFile.get(1).document().text(), fromBytes.get(1).document().text());
    }
}
