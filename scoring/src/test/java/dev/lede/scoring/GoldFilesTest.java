package dev.lede.scoring;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class GoldFilesTest {
    private static List<JsonNode> read(String s) throws IOException {
        return GoldFiles.read(new StringReader(s));
    }

    @Test
    void readsJsonLinesSkippingBlankLines() throws IOException {
        List<JsonNode> docs = read("{\"id\":\"a\"}\n\n{\"id\":\"b\"}\n");
        assertEquals(List.of("a", "b"), docs.stream().map(d -> d.get("id").asText()).toList());
    }

    @Test
    void readsOnePrettyPrintedObjectOrAnArray() throws IOException {
        assertEquals(1, read("{\n  \"id\": \"a\",\n  \"text\": \"x\"\n}\n").size());
        assertEquals(2, read("[{\"id\":\"a\"},\n {\"id\":\"b\"}]").size());
    }

    @Test
    void acceptsPythonsNaNAsAnAbsentValue() throws IOException {
        JsonNode n = read("{\"id\":\"a\",\"numbers\":[{\"value\":NaN}]}").get(0).at("/numbers/0/value");
        assertNull(PyJson.asFloat(n));
    }

    @Test
    void rejectsSomethingThatIsNotADocument() {
        assertThrows(IOException.class, () -> read("[1, 2]"));
        assertThrows(IOException.class, () -> read("\"text\""));
    }
}
