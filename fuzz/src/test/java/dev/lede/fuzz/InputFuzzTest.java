package dev.lede.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.lede.input.DocumentReader;
import dev.lede.input.InputFormat;
import dev.lede.input.ReaderOptions;
import dev.lede.pipeline.DocumentInput;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The input readers on arbitrary bytes. Invariants: nothing throws, a text or HTML input is exactly one record, a
 * JSON or JSON Lines input at least one and never more than it has elements or lines, and every record is either
 * a document or an error message. Kept findings and seeds: {@code src/test/resources/dev/lede/fuzz/InputFuzzTestInputs}.
 */
class InputFuzzTest {
    /** Small, so the fuzzer reaches the size limit too. */
    private static final DocumentReader READER = new DocumentReader(new ReaderOptions(64 * 1024));

    @FuzzTest(maxDuration = "10s")
    void textDecoding(byte[] data) {
        List<DocumentInput> records = READER.readBytes(data, "fuzz.txt", InputFormat.TEXT);
        assertEquals(1, records.size());
        checkRecord(records.get(0));
        if (records.get(0).ok()) {
            assertFalse(records.get(0).document().text().isBlank(), "a blank text is reported, not analysed");
        }
    }

    @FuzzTest(maxDuration = "10s")
    void json(byte[] data) {
        List<DocumentInput> records = READER.readBytes(data, "fuzz.json", InputFormat.JSON);
        assertFalse(records.isEmpty(), "every input yields at least one record");
        records.forEach(InputFuzzTest::checkRecord);
    }

    @FuzzTest(maxDuration = "10s")
    void jsonLines(byte[] data) {
        Iterator<DocumentInput> it = READER.read(new ByteArrayInputStream(data), "fuzz.jsonl", InputFormat.JSONL);
        List<DocumentInput> records = new ArrayList<>();
        it.forEachRemaining(records::add);
        int lines = 1;
        for (byte b : data) {
            if (b == '\n') {
                lines++;
            }
        }
        assertTrue(!records.isEmpty() && records.size() <= lines, records.size() + " records from " + lines + " lines");
        records.forEach(InputFuzzTest::checkRecord);
    }

    @FuzzTest(maxDuration = "10s")
    void html(byte[] data) {
        List<DocumentInput> records = READER.readBytes(data, "fuzz.html", InputFormat.HTML);
        assertEquals(1, records.size());
        checkRecord(records.get(0));
    }

    private static void checkRecord(DocumentInput in) {
        assertNotNull(in.id(), "every record has an id");
        if (in.ok()) {
            assertNotNull(in.document().text());
        } else {
            assertNotNull(in.error());
            assertFalse(in.error().isBlank(), "an error says what went wrong");
        }
    }
}
