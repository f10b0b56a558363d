package dev.lede.entity.model;

import dev.lede.entity.gazetteer.Gazetteer;
import dev.lede.entity.gazetteer.GazetteerCategory;

import java.util.Locale;

/**
 * Turns each word of a sentence into hashed sparse features: the word, its lower case and shape, prefixes and
 * suffixes, a +-2 context window, capitalisation at sentence start and in all-capital headlines, and gazetteer
 * membership of the word and its neighbours, word clusters, and the capitalised run the word is in. Features of the
 * transition from the previous tag are added while decoding ({@link #transitionFeatures}). Thread-safe: keeps no
 * state besides the gazetteer and the clusters.
 */
public final class FeatureExtractor {
    /** Bump when features change: a model records the version it was trained with. */
    public static final int VERSION = 4;

    private static final String BOS = "<s>";
    private static final String EOS = "</s>";
    private static final GazetteerCategory[] CATEGORIES = GazetteerCategory.values();

    private final Gazetteer gazetteer;
    private final WordClusters clusters;

    public FeatureExtractor(Gazetteer gazetteer, WordClusters clusters) {
        this.gazetteer = gazetteer;
        this.clusters = clusters;
    }

    /**
     * The word's distributional classes; a word in capitals that the clusters do not know is looked up in title
     * case ("NAIROBI" as "Nairobi"), since headlines and datelines shout names the clusters learnt in running text.
     */
    private int[] classes(String w) {
        int[] c = clusters.of(w);
        if (c == null && w.length() > 1 && Character.isUpperCase(w.charAt(0)) && Character.isUpperCase(w.charAt(1))) {
            c = clusters.of(w.charAt(0) + w.substring(1).toLowerCase(Locale.ROOT));
        }
        return c;
    }

    /** Static features of every word of sentence {@code [from, to)}; row {@code i - from} is word i. */
    public long[][] sentenceFeatures(Words words, int from, int to, DocumentContext context) {
        int n = to - from;
        String[] lower = new String[n];
        String[] shape = new String[n];
        int letters = 0;
        int upper = 0;
        for (int k = 0; k < n; k++) {
            String w = words.word(from + k);
            lower[k] = w.toLowerCase(Locale.ROOT);
            shape[k] = shape(w);
            for (int c = 0; c < w.length(); c++) {
                char ch = w.charAt(c);
                if (Character.isLetter(ch)) {
                    letters++;
                    if (Character.isUpperCase(ch)) {
                        upper++;
                    }
                }
            }
        }
        boolean headline = letters >= 8 && upper * 10 >= letters * 8;
        int[] begin = new int[n];
        int[] inside = new int[n];
        gazetteer.match(words, from, to, begin, inside);
        int[][] classes = new int[n][];
        for (int k = 0; k < n; k++) {
            classes[k] = classes(words.word(from + k));
        }
        int[] runStart = new int[n];
        int[] runEnd = new int[n];
        capitalisedRuns(words, from, n, runStart, runEnd);
        long[][] out = new long[n][];
        long[] buf = new long[112];
        for (int k = 0; k < n; k++) {
            int f = 0;
            String w = words.word(from + k);
            String lw = lower[k];
            buf[f++] = FeatureHasher.of(0, "");
            buf[f++] = FeatureHasher.of(1, headline ? lw : w);
            buf[f++] = FeatureHasher.of(2, lw);
            buf[f++] = FeatureHasher.of(3, shape[k]);
            for (int a = 1; a <= 4 && a <= lw.length(); a++) {
                buf[f++] = FeatureHasher.of(4 + a, lw, 0, a);
                buf[f++] = FeatureHasher.of(8 + a, lw, lw.length() - a, lw.length());
            }
            String p1 = k >= 1 ? lower[k - 1] : BOS;
            String p2 = k >= 2 ? lower[k - 2] : BOS;
            String n1 = k + 1 < n ? lower[k + 1] : EOS;
            String n2 = k + 2 < n ? lower[k + 2] : EOS;
            buf[f++] = FeatureHasher.of(13, p1);
            buf[f++] = FeatureHasher.of(14, p2);
            buf[f++] = FeatureHasher.of(15, n1);
            buf[f++] = FeatureHasher.of(16, n2);
            buf[f++] = FeatureHasher.of(17, p1, lw);
            buf[f++] = FeatureHasher.of(18, lw, n1);
            buf[f++] = FeatureHasher.of(19, k >= 1 ? shape[k - 1] : BOS, shape[k]);
            buf[f++] = FeatureHasher.of(20, shape[k], k + 1 < n ? shape[k + 1] : EOS);
            buf[f++] = FeatureHasher.of(21, k >= 1 ? words.word(from + k - 1) : BOS);
            buf[f++] = FeatureHasher.of(22, k + 1 < n ? words.word(from + k + 1) : EOS);
            if (k == 0) {
                buf[f++] = FeatureHasher.of(23, shape[k]);
                buf[f++] = FeatureHasher.of(24, lw);
            }
            if (headline) {
                buf[f++] = FeatureHasher.of(25, "headline");
                buf[f++] = FeatureHasher.of(26, lw);
            }
            if (Character.isUpperCase(w.charAt(0))) {
                boolean lowerElsewhere = context.lowerCase().contains(lw);
                boolean capitalisedInside = context.capitalisedInside().contains(lw);
                String where = headline ? "H" : k == 0 ? "S" : "M";
                buf[f++] = FeatureHasher.of(27, where + (lowerElsewhere ? "L" : "-") + (capitalisedInside ? "C" : "-"));
            }
            f = addRunFeatures(words, from, k, n, lower, runStart, runEnd, buf, f);
            addClusterFeatures(classes[k], 80, shape[k], buf, f);
            f += classes[k] == null ? 1 : 2 * classes[k].length;
            f = addNeighbourClusters(k >= 1 ? classes[k - 1] : null, 84, buf, f);
            f = addNeighbourClusters(k + 1 < n ? classes[k + 1] : null, 88, buf, f);
            for (GazetteerCategory c : CATEGORIES) {
                if (f > buf.length - 8) {
                    break;
                }
                if (c.in(begin[k])) {
                    buf[f++] = FeatureHasher.of(30 + c.ordinal(), "B");
                    buf[f++] = FeatureHasher.of(30 + c.ordinal(), "B" + shape[k]);
                }
                if (c.in(inside[k])) {
                    buf[f++] = FeatureHasher.of(30 + c.ordinal(), "I");
                    if (k + 1 >= n || !c.in(inside[k + 1])) {
                        buf[f++] = FeatureHasher.of(30 + c.ordinal(), "L");
                    }
                }
                if (k >= 1 && c.in(begin[k - 1] | inside[k - 1])) {
                    buf[f++] = FeatureHasher.of(50 + c.ordinal(), "prev");
                }
                if (k + 1 < n && c.in(begin[k + 1] | inside[k + 1])) {
                    buf[f++] = FeatureHasher.of(50 + c.ordinal(), "next");
                }
            }
            long[] row = new long[f];
            System.arraycopy(buf, 0, row, 0, f);
            out[k] = row;
        }
        return out;
    }

    /**
     * The word's classes at each granularity, alone and with its shape ("Xx" in a class of towns says more than
     * either), or one "unknown to the clusters" feature with the shape.
     */
    private static void addClusterFeatures(int[] classes, int template, String shape, long[] buf, int f) {
        if (classes == null) {
            buf[f] = FeatureHasher.of(template, "?", shape);
            return;
        }
        for (int level = 0; level < classes.length; level++) {
            long h = FeatureHasher.add(FeatureHasher.start(template + level), classes[level]);
            buf[f++] = FeatureHasher.finish(h);
            buf[f++] = FeatureHasher.finish(FeatureHasher.add(h, shape));
        }
    }

    /** The classes of a neighbouring word at each granularity (none when it has none). */
    private static int addNeighbourClusters(int[] classes, int template, long[] buf, int f) {
        if (classes != null) {
            for (int level = 0; level < classes.length && level < 4; level++) {
                buf[f++] = FeatureHasher.finish(FeatureHasher.add(FeatureHasher.start(template + level), classes[level]));
            }
        }
        return f;
    }

    /** Words that may join two capitalised words into one run ("Bank of England", "Marks & Spencer"). */
    private static final java.util.Set<String> CONNECTORS = java.util.Set.of("of", "and", "&", "for", "de", "du",
            "del", "la", "le", "al", "bin", "van", "von", "der", "da", "dos", "y");

    /**
     * The capitalised runs of the sentence: maximal sequences of words starting with a capital letter or a digit,
     * joined over a connector word between two capitalised words. {@code runStart[k]}/{@code runEnd[k]} are the run
     * around word k, {@code -1} when k is in none.
     */
    private static void capitalisedRuns(Words words, int from, int n, int[] runStart, int[] runEnd) {
        java.util.Arrays.fill(runStart, -1);
        java.util.Arrays.fill(runEnd, -1);
        int k = 0;
        while (k < n) {
            if (!Character.isUpperCase(words.word(from + k).charAt(0))) {
                k++;
                continue;
            }
            int end = k + 1;
            while (end < n) {
                String w = words.word(from + end);
                if (Character.isUpperCase(w.charAt(0)) || Character.isDigit(w.charAt(0)) && end > k) {
                    end++;
                } else if (end + 1 < n && CONNECTORS.contains(w)
                        && Character.isUpperCase(words.word(from + end + 1).charAt(0))) {
                    end += 2;
                } else {
                    break;
                }
            }
            for (int q = k; q < end; q++) {
                runStart[q] = k;
                runEnd[q] = end;
            }
            k = end;
        }
    }

    /**
     * Features of the capitalised run around the word (Ratinov and Roth's "the name's head decides"): its last word
     * ("Airways", "University", "Party" make the run an organisation whatever its first word is), its first word,
     * the words just before and after it, and the word's position in it. The model learns which heads and contexts
     * matter from the data; no list of organisation words is written by hand.
     */
    private static int addRunFeatures(Words words, int from, int k, int n, String[] lower, int[] runStart,
                                      int[] runEnd, long[] buf, int f) {
        int start = runStart[k];
        if (start < 0) {
            return f;
        }
        int end = runEnd[k];
        int length = end - start;
        String position = length == 1 ? "U" : k == start ? "B" : k == end - 1 ? "L" : "I";
        buf[f++] = FeatureHasher.of(100, position + Math.min(length, 4));
        buf[f++] = FeatureHasher.of(101, lower[end - 1], position);
        if (length > 1) {
            buf[f++] = FeatureHasher.of(102, lower[start], position);
        }
        buf[f++] = FeatureHasher.of(103, start > 0 ? lower[start - 1] : BOS);
        buf[f++] = FeatureHasher.of(104, end < n ? lower[end] : EOS);
        return f;
    }

    /**
     * The transition features into a word's tag from tag {@code prev} (each weighs every tag of the word): the
     * previous tag alone, with the word and with its shape. First order, so that Viterbi decoding stays exact at
     * {@link TagSet#SIZE} squared steps per word.
     *
     * @param wordStart  {@link #transitionStart(int, String)} of template 72 and the word's lower case
     * @param shapeStart {@link #transitionStart(int, String)} of template 73 and the word's shape
     * @param into receives the {@link #TRANSITION_FEATURES} hashes
     */
    public static void transitionFeatures(int prev, long wordStart, long shapeStart, long[] into) {
        into[0] = previousTagFeature(prev);
        into[1] = FeatureHasher.finish(FeatureHasher.add(wordStart, prev));
        into[2] = FeatureHasher.finish(FeatureHasher.add(shapeStart, prev));
    }

    /** The transition feature of the previous tag alone ({@code into[0]} of {@link #transitionFeatures}). */
    public static long previousTagFeature(int prev) {
        return FeatureHasher.finish(FeatureHasher.add(FeatureHasher.start(70), prev));
    }

    /** The hash state of a transition template with the word's lower case or shape, before the previous tag. */
    public static long transitionStart(int template, String value) {
        return FeatureHasher.add(FeatureHasher.start(template), value);
    }

    public static final int TRANSITION_FEATURES = 3;
    public static final int WORD_TRANSITION = 72;
    public static final int SHAPE_TRANSITION = 73;

    /** Word shape with runs collapsed: "Zelensky" -> "Xx", "U.S." -> "X.X.", "2025" -> "d", "F-16" -> "X-d". */
    public static String shape(String w) {
        StringBuilder sb = new StringBuilder(8);
        char last = 0;
        for (int i = 0; i < w.length() && sb.length() < 8; i++) {
            char c = w.charAt(i);
            char s = Character.isUpperCase(c) ? 'X' : Character.isLowerCase(c) ? 'x' : Character.isDigit(c) ? 'd'
                    : Character.isLetter(c) ? 'x' : c;
            if (s != last) {
                sb.append(s);
                last = s;
            }
        }
        return sb.toString();
    }
}
