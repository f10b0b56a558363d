package dev.lede.scoring;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores the main text extracted from web pages as the article-extraction benchmark does (and as the reference
 * scorer {@code eval/tools/score_html.py}): per page, the 4-gram shingles of the word tokens of the true article
 * body and of the prediction's {@code text}, tp/fp/fn from shingle counts normalised by their sum; precision and
 * recall averaged over the pages that have predicted (true) shingles; F1 of the two means; accuracy = share of
 * pages whose token lists are equal. The gold's text is its {@code articleBody} (see {@link PageGold}).
 */
final class TextScorer {
    private static final int N = 4;

    ObjectNode score(List<DocPair> pairs) {
        double precisionSum = 0;
        int precisionPages = 0;
        double recallSum = 0;
        int recallPages = 0;
        int equal = 0;
        int missing = 0;
        for (DocPair pair : pairs) {
            String gold = PyJson.str(pair.gold(), PageGold.BODY);
            String pred = pair.pred() == null ? null : PyJson.str(pair.pred(), "text");
            if (pred == null || pred.isEmpty()) {
                missing++;
            }
            List<String> goldTokens = WordTokens.of(gold);
            List<String> predTokens = WordTokens.of(pred);
            if (goldTokens.equals(predTokens)) {
                equal++;
            }
            double[] page = page(shingles(goldTokens), shingles(predTokens));
            double tp = page[0];
            double fp = page[1];
            double fn = page[2];
            if (tp + fp > 0) {
                precisionSum += fp == 0 && fn == 0 ? 1.0 : tp / (tp + fp);
                precisionPages++;
            }
            if (tp + fn > 0) {
                recallSum += fp == 0 && fn == 0 ? 1.0 : tp / (tp + fn);
                recallPages++;
            }
        }
        double p = precisionPages == 0 ? Double.NaN : precisionSum / precisionPages;
        double r = recallPages == 0 ? Double.NaN : recallSum / recallPages;
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        out.put("pages", pairs.size());
        out.put("missing", missing);
        out.put("precision", p);
        out.put("recall", r);
        out.put("f1", p + r > 0 ? 2 * p * r / (p + r) : 0.0);
        out.put("accuracy", pairs.isEmpty() ? Double.NaN : (double) equal / pairs.size());
        return out;
    }

    /** tp, fp, fn of one page, each divided by their sum (all zero when both sides have no shingle). */
    private static double[] page(Map<List<String>, Integer> gold, Map<List<String>, Integer> pred) {
        long tp = 0;
        long fp = 0;
        long fn = 0;
        for (Map.Entry<List<String>, Integer> e : gold.entrySet()) {
            int p = pred.getOrDefault(e.getKey(), 0);
            tp += Math.min(e.getValue(), p);
            fn += Math.max(0, e.getValue() - p);
        }
        for (Map.Entry<List<String>, Integer> e : pred.entrySet()) {
            fp += Math.max(0, e.getValue() - gold.getOrDefault(e.getKey(), 0));
        }
        double sum = tp + fp + fn;
        return sum == 0 ? new double[3] : new double[] {tp / sum, fp / sum, fn / sum};
    }

    /** Counts of the token 4-grams; a text of fewer than four tokens is one shingle of all of them. */
    private static Map<List<String>, Integer> shingles(List<String> tokens) {
        Map<List<String>, Integer> counts = new HashMap<>();
        int last = Math.max(1, tokens.size() - N + 1);
        for (int i = 0; i < last && i < tokens.size(); i++) {
            counts.merge(new ArrayList<>(tokens.subList(i, Math.min(tokens.size(), i + N))), 1, Integer::sum);
        }
        return counts;
    }
}
