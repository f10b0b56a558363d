package dev.lede.entity.model;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The second stage's non-local features (Ratinov and Roth 2009, Krishnan and Manning 2006): for each capitalised
 * word, what the first stage tagged the same word as everywhere else in the article: which types, in which
 * position of a name (alone, first, inside, last), the majority type and whether the other occurrences were left
 * untagged. "Kipchoge" in a sentence that says little is a person when the article also has "Eliud Kipchoge said";
 * "Kerala" is a place when the article also writes "in Kerala". The word itself is left out of its own evidence,
 * and the trainer feeds the second stage first-stage tags of documents that first stage never saw (jack-knifing),
 * so that the second stage learns how far the evidence can be trusted. Stateless.
 */
public final class DocumentEvidence {
    private static final int ROLES = 4; // alone, first of several, inside, last of several
    private static final int TYPES = TagSet.SIZE / 2;
    private static final int OUTSIDE = TYPES * ROLES;
    private static final int CODES = OUTSIDE + 1;

    private DocumentEvidence() {
    }

    /**
     * One stretch of an article's words with the first stage's tags: at run time the whole article, in training one
     * sentence of it.
     *
     * @param tags the tags of {@code words}, indexed like it (only {@code [from, to)} are read)
     */
    public record Segment(Words words, int from, int to, int[] tags) {
    }

    /** The evidence features of every word of every segment: {@code [segment][i - from]}, null rows for none. */
    public static long[][][] features(List<Segment> article) {
        Map<String, int[]> counts = new HashMap<>();
        for (Segment s : article) {
            for (int i = s.from(); i < s.to(); i++) {
                String key = key(s.words().word(i));
                if (key != null) {
                    counts.computeIfAbsent(key, k -> new int[CODES])[code(s, i)]++;
                }
            }
        }
        long[][][] out = new long[article.size()][][];
        long[] buf = new long[32];
        for (int a = 0; a < article.size(); a++) {
            Segment s = article.get(a);
            long[][] rows = new long[s.to() - s.from()][];
            for (int i = s.from(); i < s.to(); i++) {
                String key = key(s.words().word(i));
                if (key == null) {
                    continue;
                }
                int[] c = counts.get(key);
                int own = code(s, i);
                int f = 0;
                int others = 0;
                int bestType = -1;
                int bestCount = 0;
                for (int t = 0; t < TYPES; t++) {
                    int typeCount = 0;
                    for (int r = 0; r < ROLES; r++) {
                        int k = t * ROLES + r;
                        int v = c[k] - (k == own ? 1 : 0);
                        if (v > 0) {
                            buf[f++] = FeatureHasher.finish(FeatureHasher.add(FeatureHasher.start(112), k));
                            typeCount += v;
                        }
                    }
                    if (typeCount > 0) {
                        buf[f++] = FeatureHasher.finish(FeatureHasher.add(FeatureHasher.start(110), t));
                        others += typeCount;
                        if (typeCount > bestCount) {
                            bestCount = typeCount;
                            bestType = t;
                        }
                    }
                }
                int untagged = c[OUTSIDE] - (own == OUTSIDE ? 1 : 0);
                if (bestType >= 0) {
                    long h = FeatureHasher.add(FeatureHasher.start(111), bestType);
                    buf[f++] = FeatureHasher.finish(FeatureHasher.add(h, bestCount * 2 > others + untagged ? 1 : 0));
                } else {
                    buf[f++] = FeatureHasher.of(113, untagged > 0 ? "untagged" : "alone");
                }
                rows[i - s.from()] = java.util.Arrays.copyOf(buf, f);
            }
            out[a] = rows;
        }
        return out;
    }

    /** The word as the evidence groups it (case folded), or null for a word that starts with no capital letter. */
    private static String key(String word) {
        return Character.isUpperCase(word.charAt(0)) ? word.toLowerCase(Locale.ROOT) : null;
    }

    /** The first stage's verdict on word i: O, or the name's type and the word's position in it. */
    private static int code(Segment s, int i) {
        int tag = s.tags()[i];
        if (tag == TagSet.OUTSIDE) {
            return OUTSIDE;
        }
        boolean continued = i + 1 < s.to() && TagSet.isInside(s.tags()[i + 1]);
        int role = TagSet.isBegin(tag) ? (continued ? 1 : 0) : (continued ? 2 : 3);
        return (tag - 1) / 2 * ROLES + role;
    }
}
