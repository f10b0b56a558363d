package dev.lede.time;

/** The tense a clause is told in, as far as its cue words show. */
enum Tense {
    PAST, FUTURE, UNKNOWN
}
