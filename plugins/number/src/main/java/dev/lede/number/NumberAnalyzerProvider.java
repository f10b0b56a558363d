package dev.lede.number;

import dev.lede.analyzer.Analyzer;
import dev.lede.analyzer.AnalyzerContext;
import dev.lede.analyzer.AnalyzerProvider;
import dev.lede.analyzer.OptionSpec;
import dev.lede.document.LayerKey;
import dev.lede.document.Layers;

import java.util.List;
import java.util.Set;

/** The {@code number} analyzer: counts, amounts, percentages and quantities with normalised values. */
public final class NumberAnalyzerProvider implements AnalyzerProvider {
    public static final String NAME = "number";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "numbers, money, percentages, quantities with units, durations, ages, counts, ranges and qualifiers";
    }

    @Override
    public Set<LayerKey<?>> requires() {
        return Set.of(Layers.TOKENS);
    }

    @Override
    public Set<LayerKey<?>> provides() {
        return Set.of(Layers.NUMBERS);
    }

    @Override
    public List<OptionSpec> options() {
        return NumberRules.OPTIONS;
    }

    @Override
    public Analyzer create(AnalyzerContext context) {
        return new NumberAnalyzer(NumberRules.from(context.config()));
    }
}
