package dev.lede.spark.plugin;

import dev.lede.analyzer.Analyzer;
import dev.lede.analyzer.AnalyzerContext;
import dev.lede.analyzer.AnalyzerProvider;
import dev.lede.analyzer.OptionSpec;
import dev.lede.annotation.Sentence;
import dev.lede.document.LayerKey;
import dev.lede.document.Layers;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A third-party plugin for the tests: the sentences that end in an exclamation mark, as the layer
 * {@code exclamations}. The tests pack it into a jar of its own and hand it to Lede as a plugin folder, so it runs
 * on the executors the way a user's plugin would. Setting {@code failOn}: a word that makes it throw on an article.
 */
public final class ExclaimProvider implements AnalyzerProvider {
    public static final LayerKey<Exclamation> EXCLAMATIONS = LayerKey.of("exclamations", Exclamation.class);

    /** One exclamation: its span, its text and how many words it has. */
    public record Exclamation(int start, int end, String text, int words) {
    }

    @Override
    public String name() {
        return "exclaim";
    }

    @Override
    public Set<LayerKey<?>> requires() {
        return Set.of(Layers.SENTENCES);
    }

    @Override
    public Set<LayerKey<?>> provides() {
        return Set.of(EXCLAMATIONS);
    }

    @Override
    public List<OptionSpec> options() {
        return List.of(OptionSpec.string("failOn", "", "a word that makes it fail on an article that holds it"));
    }

    @Override
    public Analyzer create(AnalyzerContext context) {
        String failOn = context.config().get("failOn", "");
        return doc -> {
            String text = doc.text();
            if (!failOn.isEmpty() && text.contains(failOn)) {
                throw new IllegalStateException("refusing an article that contains " + failOn);
            }
            List<Exclamation> found = new ArrayList<>();
            for (Sentence s : doc.layer(Layers.SENTENCES)) {
                String sentence = text.substring(s.start(), s.end()).strip();
                if (sentence.endsWith("!")) {
                    found.add(new Exclamation(s.start(), s.end(), sentence, sentence.split("\\s+").length));
                }
            }
            doc.put(EXCLAMATIONS, found);
        };
    }
}
