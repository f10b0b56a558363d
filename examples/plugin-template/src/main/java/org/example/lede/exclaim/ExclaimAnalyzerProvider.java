package org.example.lede.exclaim;

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
 * The {@code exclaim} analyzer: sentences that end in an exclamation mark. Listed in
 * {@code META-INF/services/dev.lede.analyzer.AnalyzerProvider}, so Lede finds it in the plugin's jar.
 */
public final class ExclaimAnalyzerProvider implements AnalyzerProvider {
    /** The layer this plugin adds; its name is the field in the JSON result. */
    public static final LayerKey<Exclaim> EXCLAIMS = LayerKey.of("exclaims", Exclaim.class);

    @Override
    public String name() {
        return "exclaim";
    }

    @Override
    public String description() {
        return "sentences that end in an exclamation mark (plugin template)";
    }

    @Override
    public Set<LayerKey<?>> requires() {
        return Set.of(Layers.SENTENCES);
    }

    @Override
    public Set<LayerKey<?>> provides() {
        return Set.of(EXCLAIMS);
    }

    @Override
    public List<OptionSpec> options() {
        return List.of(OptionSpec.integer("minLength", 1, "shortest sentence reported, in chars").allowPerRequest());
    }

    @Override
    public Analyzer create(AnalyzerContext context) {
        // Read options here, once per pipeline. A heavy resource (a model, a word list) would be loaded here too,
        // through context.shared(Type.class, Type::load), so that every pipeline and thread shares one copy.
        long minLength = context.config().getLong("minLength", 1);
        // The analyzer is called from many threads at once: keep per-document state in local variables.
        return doc -> {
            String text = doc.text();
            List<Exclaim> out = new ArrayList<>();
            for (Sentence s : doc.layer(Layers.SENTENCES)) {
                String sentence = text.substring(s.start(), s.end()).stripTrailing();
                if (sentence.endsWith("!") && sentence.length() >= minLength) {
                    out.add(new Exclaim(s.start(), s.start() + sentence.length(), sentence));
                }
            }
            doc.put(EXCLAIMS, out); // always put the layer, empty when nothing is found
        };
    }
}
