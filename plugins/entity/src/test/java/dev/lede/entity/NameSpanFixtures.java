package dev.lede.entity;

import dev.lede.annotation.EntityType;
import dev.lede.document.AnnotatedDocument;
import dev.lede.document.Document;
import dev.lede.document.Layers;
import dev.lede.entity.model.NameSpan;
import dev.lede.entity.model.Words;
import dev.lede.text.TextAnalyzer;

import java.util.ArrayList;
import java.util.List;

/** Words and name spans of small test texts, for the tests of the document-level rules. */
final class NameSpanFixtures {
    private NameSpanFixtures() {
    }

    /** The words and sentences of a text, as the entity analyzer sees them. */
    static Words words(String text) {
        AnnotatedDocument doc = new AnnotatedDocument(Document.of("t", text));
        new TextAnalyzer().analyze(doc);
        return Words.of(text, doc.layer(Layers.TOKENS), doc.layer(Layers.SENTENCES));
    }

    /** Spans over every occurrence of {@code phrase} (whole words), all of one type. */
    static List<NameSpan> all(Words w, String phrase, EntityType type) {
        List<NameSpan> out = new ArrayList<>();
        for (int start = w.text().indexOf(phrase); start >= 0; start = w.text().indexOf(phrase, start + 1)) {
            int first = -1;
            int end = -1;
            for (int i = 0; i < w.size(); i++) {
                if (w.starts()[i] == start) {
                    first = i;
                }
                if (w.ends()[i] == start + phrase.length()) {
                    end = i + 1;
                }
            }
            if (first >= 0 && end > first) {
                out.add(new NameSpan(first, end, type));
            }
        }
        return out;
    }

    /** The span of words covering {@code phrase}'s first occurrence. */
    static NameSpan first(Words w, String phrase, EntityType type) {
        return all(w, phrase, type).get(0);
    }

    /** "text/TYPE" of each span, for readable assertions. */
    static List<String> describe(Words w, List<NameSpan> spans) {
        List<String> out = new ArrayList<>();
        for (NameSpan s : spans) {
            out.add(w.text().substring(w.starts()[s.first()], w.ends()[s.end() - 1]) + "/" + s.type());
        }
        return out;
    }
}
