package dev.lede.time;

import dev.lede.analyzer.AnalyzerConfig;

/**
 * The time analyzer's switchable rule passes ({@code --set time.<name>=...}).
 *
 * @param ranges join "from A to B", "between A and B" and "A-B" into one range value "(start,end,duration)"
 *               (Recognizers-Text and TIMEX3 ranges) instead of two points (TimeML's TimeBank annotates two dates)
 */
record GrammarOptions(boolean ranges) {
    static final GrammarOptions DEFAULTS = new GrammarOptions(true);

    static GrammarOptions from(AnalyzerConfig config) {
        return new GrammarOptions(config.getBoolean("ranges", DEFAULTS.ranges()));
    }
}
