package dev.lede.time;

/**
 * What resolving one expression may look at: the reference date, the tense of its clause, and the last full day the
 * document named before it (a bare "10:35 a.m." is on that day).
 */
record Context(Anchor anchor, Tense tense, Cal lastDay) {
}
