/**
 * Scores Lede's output against gold annotations, layer by layer (entities, quotes, numbers, places): a faithful
 * port of the reference scorer {@code eval/tools/score.py} (and its {@code units.py}), kept in agreement with it by
 * {@code scripts/check-scorer-agreement.sh}. Start at {@link dev.lede.scoring.Scorer}; read files with
 * {@link dev.lede.scoring.GoldFiles}; {@link dev.lede.scoring.ScoreReport} gives the JSON, the table and single
 * metrics. Where score.py's behaviour rests on Python semantics (truthiness, {@code str.isspace}, {@code float()},
 * {@code math.isclose}, {@code "%6.3f"} rounding) the port reproduces them on purpose; see {@code PyJson} and
 * {@code PyText}.
 */
package dev.lede.scoring;
