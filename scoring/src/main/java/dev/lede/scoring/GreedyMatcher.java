package dev.lede.scoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One-to-one matching of gold and predicted items: candidates are taken best score first (ties: lower gold index,
 * then lower prediction index) and kept when neither side is used yet. The same order as {@code score.py}'s
 * {@code greedy}, so both scorers pick the same pairs.
 */
final class GreedyMatcher {
    private static final Comparator<Candidate> ORDER = Comparator.comparingDouble((Candidate c) -> -c.score())
            .thenComparingInt(Candidate::gold).thenComparingInt(Candidate::pred);

    private GreedyMatcher() {
    }

    /** A possible pair: gold index, prediction index and how well they match (higher is better). */
    record Candidate(double score, int gold, int pred) {
    }

    /** A chosen pair. */
    record Match(int gold, int pred) {
    }

    static List<Match> match(List<Candidate> candidates) {
        List<Candidate> sorted = new ArrayList<>(candidates);
        sorted.sort(ORDER);
        Set<Integer> usedGold = new HashSet<>();
        Set<Integer> usedPred = new HashSet<>();
        List<Match> out = new ArrayList<>();
        for (Candidate c : sorted) {
            if (usedGold.contains(c.gold()) || usedPred.contains(c.pred())) {
                continue;
            }
            usedGold.add(c.gold());
            usedPred.add(c.pred());
            out.add(new Match(c.gold(), c.pred()));
        }
        return out;
    }
}
