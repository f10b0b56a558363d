package dev.lede.time;

import dev.lede.analyzer.Analyzer;
import dev.lede.analyzer.AnalyzerContext;
import dev.lede.analyzer.AnalyzerProvider;
import dev.lede.analyzer.OptionSpec;
import dev.lede.document.LayerKey;
import dev.lede.document.Layers;

import java.util.List;
import java.util.Set;

/**
 * The {@code time} analyzer: dates, times, durations and sets with TIMEX3 values, resolved against the document's
 * metadata date, else its dateline's date. Options ({@code time.<name>}): see {@link GrammarOptions}.
 */
public final class TimeAnalyzerProvider implements AnalyzerProvider {
    public static final String NAME = "time";
    public static final LayerKey<TimeExpression> TIMES = LayerKey.of("times", TimeExpression.class);

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "dates, times, durations and sets with TIMEX3 values resolved against the article's date";
    }

    @Override
    public Set<LayerKey<?>> requires() {
        return Set.of(Layers.SENTENCES, Layers.DATELINE);
    }

    @Override
    public Set<LayerKey<?>> provides() {
        return Set.of(TIMES);
    }

    /** What {@link GrammarOptions#from} reads, with the same defaults. */
    @Override
    public List<OptionSpec> options() {
        return List.of(OptionSpec.bool("ranges", GrammarOptions.DEFAULTS.ranges(), "join 'from A to B', 'between A and "
                + "B' and 'A-B' into one range value (start,end,duration) instead of two times, as TimeML "
                + "annotates them").allowPerRequest());
    }

    @Override
    public Analyzer create(AnalyzerContext context) {
        return new TimeAnalyzer(context.shared(Lexicon.class, Lexicon::load),
                context.shared(TenseReader.class, TenseReader::load), GrammarOptions.from(context.config()));
    }
}
