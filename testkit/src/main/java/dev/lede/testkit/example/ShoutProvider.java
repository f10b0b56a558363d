package dev.lede.testkit.example;

import dev.lede.analyzer.Analyzer;
import dev.lede.analyzer.AnalyzerContext;
import dev.lede.analyzer.AnalyzerProvider;
import dev.lede.analyzer.OptionSpec;
import dev.lede.annotation.Token;
import dev.lede.document.LayerKey;
import dev.lede.document.Layers;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A tiny third-party analyzer, as a plugin would write one: it finds words written in capitals and provides them as
 * the layer {@code shouts}, built on the tokens of the built-in {@code text} analyzer. Not registered in the kit's
 * jar; the runtime's tests list it in their own {@code META-INF/services} to show how Lede finds, orders and
 * isolates plugins. {@code examples/plugin-template} is the complete plugin project to start from.
 *
 * <p>Option {@code failOn}: a word that makes the analyzer throw when a document contains it, so tests can watch a
 * plugin fail on one document.
 */
public final class ShoutProvider implements AnalyzerProvider {
    public static final String NAME = "shout";
    public static final LayerKey<Shout> SHOUTS = LayerKey.of("shouts", Shout.class);

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "words written in capitals (example plugin)";
    }

    @Override
    public Set<LayerKey<?>> requires() {
        return Set.of(Layers.TOKENS);
    }

    @Override
    public Set<LayerKey<?>> provides() {
        return Set.of(SHOUTS);
    }

    @Override
    public List<OptionSpec> options() {
        return List.of(OptionSpec.string("failOn", "", "a word that makes the analyzer fail on a document holding it")
                .allowPerRequest());
    }

    @Override
    public Analyzer create(AnalyzerContext context) {
        String failOn = context.config().get("failOn", "");
        return doc -> {
            String text = doc.text();
            if (!failOn.isEmpty() && text.contains(failOn)) {
                throw new IllegalStateException("refusing a document that contains " + failOn);
            }
            List<Shout> shouts = new ArrayList<>();
            for (Token t : doc.layer(Layers.TOKENS)) {
                String word = t.text(text);
                if (t.kind() == Token.Kind.WORD && word.length() >= 2 && isCapitals(word)) {
                    shouts.add(new Shout(t.start(), t.end(), word));
                }
            }
            doc.put(SHOUTS, shouts);
        };
    }

    private static boolean isCapitals(String word) {
        return word.chars().allMatch(c -> Character.isUpperCase(c) || !Character.isLetter(c))
                && word.chars().anyMatch(Character::isLetter);
    }
}
