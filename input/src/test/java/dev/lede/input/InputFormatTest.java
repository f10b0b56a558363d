package dev.lede.input;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InputFormatTest {

    @Test
    void formatFromFileExtension() {
        assertEquals(InputFormat.TEXT, InputFormat.fromFileName("a.txt"));
        assertEquals(InputFormat.TEXT, InputFormat.fromFileName("dir/a.TEXT"));
        assertEquals(InputFormat.TEXT, InputFormat.fromFileName("notes.md"));
        assertEquals(InputFormat.JSON, InputFormat.fromFileName("batch.json"));
        assertEquals(InputFormat.JSONL, InputFormat.fromFileName("batch.jsonl"));
        assertEquals(InputFormat.JSONL, InputFormat.fromFileName("batch.NDJSON"));
        assertEquals(InputFormat.HTML, InputFormat.fromFileName("page.htm"));
        assertEquals(InputFormat.HTML, InputFormat.fromFileName("page.html"));
        assertEquals(InputFormat.HTML, InputFormat.fromFileName("page.html.gz"));
        assertEquals(InputFormat.TEXT, InputFormat.fromFileName("notes.txt.GZ"));
        assertEquals(InputFormat.WARC, InputFormat.fromFileName("crawl.warc"));
        assertEquals(InputFormat.WARC, InputFormat.fromFileName("CC-NEWS-2026.warc.gz"));
        assertNull(InputFormat.fromFileName("archive.tar.gz"));
        assertNull(InputFormat.fromFileName(".gz"));
    }

    @Test
    void onlyJsonLinesAndArchivesAreStreamed() {
        assertTrue(InputFormat.JSONL.streamed());
        assertTrue(InputFormat.WARC.streamed());
        assertFalse(InputFormat.HTML.streamed());
        assertFalse(InputFormat.TEXT.streamed());
    }

    @Test
    void unknownOrMissingExtensionGivesNull() {
        assertNull(InputFormat.fromFileName("archive.zip"));
        assertNull(InputFormat.fromFileName("README"));
        assertNull(InputFormat.fromFileName("some.dir/README"));
        assertNull(InputFormat.fromFileName(null));
    }

    @Test
    void parseIsCaseInsensitive() {
        assertEquals(InputFormat.JSONL, InputFormat.parse("JSONL"));
        assertEquals(InputFormat.TEXT, InputFormat.parse(" text "));
        assertEquals(InputFormat.HTML, InputFormat.parse("Html"));
        assertEquals(InputFormat.WARC, InputFormat.parse("warc"));
    }

    @Test
    void parseRejectsUnknownNamesListingTheChoices() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> InputFormat.parse("xml"));
        assertTrue(e.getMessage().contains("'xml'"), e.getMessage());
        assertTrue(e.getMessage().contains("text, json, jsonl, html, warc"), e.getMessage());
    }
}
