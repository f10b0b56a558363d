package dev.lede.number;

import dev.lede.analyzer.AnalyzerConfig;
import dev.lede.analyzer.OptionSpec;

import java.util.List;

/**
 * The number analyzer's switchable rule passes, each on by default ({@code --set number.<name>=false} turns one
 * off, to measure what it brings).
 *
 * @param nounPhraseCounts the counted noun is the head of the noun phrase after the number ("500 knee operations",
 *                         "one woman"); off: only a plural noun right after the number
 * @param eventCounts      counts of events and rates: "1,200 times", "twice a week", "8.2 assists a game"
 * @param unitsFromContext a bare number takes the unit its context states: an age after a person ("the gunman,
 *                         27,"), index points after a market index ("the index closed at 7,412.50")
 */
public record NumberRules(boolean nounPhraseCounts, boolean eventCounts, boolean unitsFromContext) {

    public static final NumberRules ALL = new NumberRules(true, true, true);

    /** The rules as options of the analyzer; each may be set per request (they cost nothing to switch). */
    public static final List<OptionSpec> OPTIONS = List.of(
            OptionSpec.bool("nounPhraseCounts", true, "the counted noun is the head of the noun phrase after the number")
                    .allowPerRequest(),
            OptionSpec.bool("eventCounts", true, "counts of events and rates: '1,200 times', 'twice a week'")
                    .allowPerRequest(),
            OptionSpec.bool("unitsFromContext", true, "ages after a person noun, index points after a market index")
                    .allowPerRequest());

    /** The rules as {@code --set number.<name>=true|false} leaves them. */
    public static NumberRules from(AnalyzerConfig config) {
        return new NumberRules(config.getBoolean("nounPhraseCounts", true), config.getBoolean("eventCounts", true),
                config.getBoolean("unitsFromContext", true));
    }
}
