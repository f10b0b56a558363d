package dev.lede.scoring;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Quotes: a prediction matches a gold quote when at least {@code theta} of its characters (edges trimmed of spaces
 * and quotation marks) lie inside the gold quote's parts; one-to-one, greedy by that share. Reports P/R/F1, recall
 * per gold kind, exact-boundary precision, many-to-one precision, speaker accuracy on matched quotes, joint
 * quote+speaker P/R/F1 and how many notQuotes were reported.
 */
final class QuoteScorer {
    static final String QUOTE_MARKS = "\"'\u201c\u201d\u2018\u2019\u201e\u201f\u00ab\u00bb\u2039\u203a`";
    static final String EDGE_PUNCT = ",.;:?!-\u2014\u2013()[]\u2026";
    private static final String MARKS_AND_PUNCT = QUOTE_MARKS + EDGE_PUNCT;

    private final double theta;

    QuoteScorer(double theta) {
        this.theta = theta;
    }

    /** Half-open character interval. */
    record Interval(int start, int end) {
        int length() {
            return end - start;
        }
    }

    ObjectNode score(List<DocPair> pairs) {
        long nGold = 0;
        long nPred = 0;
        long matched = 0;
        long exact = 0;
        long speakerOk = 0;
        long insideAny = 0;
        long notQuotesHit = 0;
        long notQuotes = 0;
        Tally<String> kindTotal = new Tally<>();
        Tally<String> kindHit = new Tally<>();
        Tally<String> kindSpeaker = new Tally<>();
        for (DocPair pair : pairs) {
            String text = pair.text();
            List<JsonNode> gq = PyJson.list(pair.gold(), "quotes");
            List<JsonNode> pq = PyJson.list(pair.pred(), "quotes").stream().filter(Spans::hasStart).toList();
            nGold += gq.size();
            nPred += pq.size();
            gq.forEach(q -> kindTotal.add(kind(q)));
            List<List<Interval>> goldIv = gq.stream().map(QuoteScorer::intervals).toList();
            List<List<Interval>> predIv = new ArrayList<>();
            for (JsonNode q : pq) {
                List<Interval> iv = new ArrayList<>();
                for (Interval x : intervals(q)) {
                    int[] t = PyText.trim(text, x.start(), x.end(), QUOTE_MARKS);
                    if (t[1] > t[0]) {
                        iv.add(new Interval(t[0], t[1]));
                    }
                }
                predIv.add(iv);
            }
            List<GreedyMatcher.Candidate> cand = new ArrayList<>();
            for (int pi = 0; pi < predIv.size(); pi++) {
                long plen = length(predIv.get(pi));
                if (plen == 0) {
                    continue;
                }
                for (int gi = 0; gi < goldIv.size(); gi++) {
                    double share = (double) intersection(predIv.get(pi), goldIv.get(gi)) / plen;
                    if (share >= theta) {
                        cand.add(new GreedyMatcher.Candidate(share, gi, pi));
                    }
                }
            }
            insideAny += cand.stream().map(GreedyMatcher.Candidate::pred).distinct().count();
            Set<Integer> usedPred = new HashSet<>();
            for (GreedyMatcher.Match m : GreedyMatcher.match(cand)) {
                usedPred.add(m.pred());
                matched++;
                JsonNode g = gq.get(m.gold());
                JsonNode p = pq.get(m.pred());
                kindHit.add(kind(g));
                if (exactBoundary(text, g, p)) {
                    exact++;
                }
                if (SpeakerCheck.correct(p, g, pair.gold(), pair.pred())) {
                    speakerOk++;
                    kindSpeaker.add(kind(g));
                }
            }
            List<JsonNode> nq = PyJson.list(pair.gold(), "notQuotes");
            notQuotes += nq.size();
            for (int pi = 0; pi < predIv.size(); pi++) {
                if (usedPred.contains(pi)) {
                    continue;
                }
                List<Interval> piv = predIv.get(pi);
                long plen = length(piv);
                if (plen > 0 && nq.stream().anyMatch(n -> (double) intersection(piv, intervals(n)) / plen >= theta)) {
                    notQuotesHit++;
                }
            }
        }
        ObjectNode res = JsonNodeFactory.instance.objectNode();
        res.put("docs", pairs.size());
        res.set("quotes", Prf.of(matched, nPred, nGold).toJson());
        ObjectNode byKind = res.putObject("recall_by_kind");
        for (String k : new TreeSet<>(kindTotal.asMap().keySet())) {
            ObjectNode o = byKind.putObject(k);
            Prf.putRatio(o, "r", Prf.ratio(kindHit.get(k), kindTotal.get(k)));
            o.put("found", kindHit.get(k));
            o.put("gold", kindTotal.get(k));
            o.put("speaker_ok", kindSpeaker.get(k));
        }
        res.put("precision_any", orZero(Prf.ratio(insideAny, nPred)));
        res.put("exact_boundary_precision", orZero(Prf.ratio(exact, nPred)));
        Prf.putRatio(res, "exact_boundary_on_matched", Prf.ratio(exact, matched));
        Prf.putRatio(res, "speaker_accuracy_on_matched", Prf.ratio(speakerOk, matched));
        res.set("joint_quote_speaker", Prf.of(speakerOk, nPred, nGold).toJson());
        if (notQuotes > 0) {
            ObjectNode o = res.putObject("notQuotes_reported");
            o.put("count", notQuotesHit);
            o.put("notQuotes", notQuotes);
        }
        return res;
    }

    // Exact boundaries: the prediction's span equals the gold span or one of its parts, all trimmed of spaces,
    // quotation marks and edge punctuation.
    private static boolean exactBoundary(String text, JsonNode gold, JsonNode pred) {
        Interval p = trimmed(text, Spans.start(pred), Spans.end(pred));
        Set<Interval> goldSpans = new HashSet<>();
        goldSpans.add(trimmed(text, Spans.start(gold), Spans.end(gold)));
        for (Interval x : intervals(gold)) {
            goldSpans.add(trimmed(text, x.start(), x.end()));
        }
        return goldSpans.contains(p);
    }

    private static Interval trimmed(String text, int start, int end) {
        int[] t = PyText.trim(text, start, end, MARKS_AND_PUNCT);
        return new Interval(t[0], t[1]);
    }

    /** The quote's parts when it has any, else its start/end. */
    static List<Interval> intervals(JsonNode q) {
        List<JsonNode> parts = PyJson.list(q, "parts");
        if (!parts.isEmpty()) {
            return parts.stream().map(x -> new Interval(Spans.start(x), Spans.end(x))).toList();
        }
        return List.of(new Interval(Spans.start(q), Spans.end(q)));
    }

    private static long intersection(List<Interval> a, List<Interval> b) {
        long sum = 0;
        for (Interval x : a) {
            for (Interval y : b) {
                sum += Math.max(0, Math.min(x.end(), y.end()) - Math.max(x.start(), y.start()));
            }
        }
        return sum;
    }

    private static long length(List<Interval> iv) {
        return iv.stream().mapToLong(Interval::length).sum();
    }

    private static String kind(JsonNode q) {
        String k = PyJson.str(q, "kind");
        return k == null || k.isEmpty() ? "unknown" : k;
    }

    private static double orZero(Double v) {
        return v == null ? 0.0 : v;
    }
}
