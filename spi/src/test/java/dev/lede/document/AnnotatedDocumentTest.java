package dev.lede.document;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AnnotatedDocumentTest {
    private static final LayerKey<String> DECLARED = LayerKey.of("declared", String.class);
    private static final LayerKey<String> OTHER = LayerKey.of("other", String.class);

    @Test
    void aScratchViewRejectsWritesToUndeclaredLayers() {
        AnnotatedDocument doc = new AnnotatedDocument(Document.of("d", "text"));
        AnnotatedDocument scratch = doc.scratch(Set.of(DECLARED));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> scratch.put(OTHER, List.of("x")));
        assertTrue(e.getMessage().contains("'other'"), e.getMessage());
        assertFalse(scratch.has(OTHER));
    }

    @Test
    void committedLayersKeepTheOrderTheAnalyzerAddedThem() {
        List<LayerKey<String>> keys = new ArrayList<>();
        for (String name : List.of("f", "e", "d", "c", "b", "a")) {
            keys.add(LayerKey.of(name, String.class));
        }
        AnnotatedDocument doc = new AnnotatedDocument(Document.of("d", "text"));
        AnnotatedDocument scratch = doc.scratch(Set.copyOf(keys)); // a set's order changes from run to run
        keys.forEach(k -> scratch.put(k, List.of("x")));
        doc.commit(scratch);
        assertEquals(keys, List.copyOf(doc.layers().keySet()));
    }

    @Test
    void metadataKeepsTheInputOrderOfItsExtraFields() {
        java.util.Map<String, Object> extra = new java.util.LinkedHashMap<>();
        for (String k : List.of("publisher", "author", "annotator", "split", "byline", "desk")) {
            extra.put(k, k.toUpperCase(java.util.Locale.ROOT));
        }
        extra.put("section", null);
        Metadata m = new Metadata("t", null, null, null, null, extra);
        assertEquals(List.copyOf(extra.keySet()), List.copyOf(m.extra().keySet()));
        assertThrows(UnsupportedOperationException.class, () -> m.extra().put("x", "y"));
    }

    @Test
    void scratchWritesReachTheDocumentOnlyOnCommit() {
        AnnotatedDocument doc = new AnnotatedDocument(Document.of("d", "text"));
        doc.put(OTHER, List.of("before"));
        AnnotatedDocument scratch = doc.scratch(Set.of(DECLARED));
        assertEquals(List.of("before"), scratch.layer(OTHER), "a scratch view sees earlier layers");
        scratch.put(DECLARED, List.of("new"));
        assertFalse(doc.has(DECLARED));
        doc.commit(scratch);
        assertEquals(List.of("new"), doc.layer(DECLARED));
        assertEquals(List.of(OTHER, DECLARED), List.copyOf(doc.layers().keySet()), "layers keep the order they came in");
    }

    @Test
    void anAbsentLayerIsEmptyAndPutCopiesTheList() {
        AnnotatedDocument doc = new AnnotatedDocument(Document.of("d", "text"));
        assertTrue(doc.layer(DECLARED).isEmpty());
        List<String> source = new ArrayList<>(List.of("a"));
        doc.put(DECLARED, source);
        source.add("b");
        assertEquals(List.of("a"), doc.layer(DECLARED));
        assertThrows(UnsupportedOperationException.class, () -> doc.layer(DECLARED).add("c"));
    }

    @Test
    void layerKeysAreEqualByNameAndTypeAndValidated() {
        assertEquals(LayerKey.of("declared", String.class), DECLARED);
        assertEquals(LayerKey.of("declared", String.class).hashCode(), DECLARED.hashCode());
        assertNotEquals(LayerKey.of("declared", Integer.class), DECLARED);
        assertThrows(IllegalArgumentException.class, () -> LayerKey.of("Bad name", String.class));
    }

    @Test
    void theJsonRecordsOwnFieldsAreReservedLayerNames() {
        for (String name : List.of("schema", "id", "metadata", "text", "errors")) {
            assertTrue(LayerKey.of(name, String.class).reserved(), name);
        }
        assertFalse(DECLARED.reserved());
    }
}
