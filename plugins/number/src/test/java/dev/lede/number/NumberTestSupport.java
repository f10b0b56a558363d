package dev.lede.number;

import dev.lede.annotation.NumberMention;
import dev.lede.document.AnnotatedDocument;
import dev.lede.document.Document;
import dev.lede.document.Layers;
import dev.lede.text.TextAnalyzer;

import java.util.List;

import static org.junit.jupiter.api.Assertions.fail;

/** Runs the text and number analyzers over a sentence and finds mentions by their text. */
final class NumberTestSupport {
    private static final TextAnalyzer TEXT = new TextAnalyzer();
    private static final NumberAnalyzer NUMBERS = new NumberAnalyzer();

    private NumberTestSupport() {
    }

    static List<NumberMention> numbers(String text) {
        AnnotatedDocument doc = new AnnotatedDocument(Document.of("t", text));
        TEXT.analyze(doc);
        NUMBERS.analyze(doc);
        return doc.layer(Layers.NUMBERS);
    }

    /** The one mention whose text is {@code surface}; fails with what was found otherwise. */
    static NumberMention mention(String text, String surface) {
        List<NumberMention> found = numbers(text);
        return found.stream().filter(m -> m.text().equals(surface)).findFirst()
                .orElseGet(() -> fail("no mention '" + surface + "' in: " + text + " -> " + found));
    }
}
