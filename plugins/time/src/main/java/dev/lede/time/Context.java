package dev.lede.time;

/**
 * What resolving one expression may look at: the reference date, the tense of its clause, the last full day the
 * document named before it (a bare "10:35 a.m." is on that day) and the last quarter it named (the period a financial
 * story reports on: "a year earlier" is that quarter a year before).
 */
record Context(Anchor anchor, Tense tense, Cal lastDay, Cal lastQuarter) {

    /** The quarter the story reports on: the last one it named, else the last full quarter before the reference. */
    Cal reportingQuarter() {
        if (lastQuarter != null) {
            return lastQuarter;
        }
        return anchor.known() ? anchor.shift("Q", -1) : Cal.of(Grain.QUARTER, Cal.UNKNOWN, Cal.UNKNOWN);
    }
}
