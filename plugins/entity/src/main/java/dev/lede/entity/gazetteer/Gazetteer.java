package dev.lede.entity.gazetteer;

import dev.lede.entity.model.Words;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * Phrase lists (places, nationalities, first names, titles) matched over a word sequence. A phrase is stored
 * with the bit mask of its categories; matching is case-sensitive, longest phrase first at each word.
 * Immutable after loading; shared by all analyzers.
 */
public final class Gazetteer {
    /** The gazetteer shipped in the jar, built by {@code scripts/entity/build-gazetteer.py}. */
    public static final String RESOURCE = "/dev/lede/entity/gazetteer.tsv.gz";

    private final Map<String, Integer> phrases;
    /** Every proper word prefix of a multi-word phrase ("Kryvyi" of "Kryvyi Rih"): matching stops early without. */
    private final Set<String> prefixes;
    private final int maxWords;

    public Gazetteer(Map<String, Integer> phrases) {
        this(new HashMap<>(phrases));
    }

    /** Takes ownership of {@code phrases}: a copy of the shipped table is start-up time on the critical path. */
    private Gazetteer(HashMap<String, Integer> phrases) {
        this.phrases = phrases;
        this.prefixes = new HashSet<>();
        int max = 1;
        for (String p : phrases.keySet()) {
            // most phrases are one word; substrings up to each space, not split and join, for the rest
            int words = 1;
            for (int space = p.indexOf(' '); space >= 0; space = p.indexOf(' ', space + 1)) {
                prefixes.add(p.substring(0, space));
                words++;
            }
            max = Math.max(max, words);
        }
        this.maxWords = Math.min(max, 6);
    }

    /** Loads the shipped gazetteer. */
    public static Gazetteer load() {
        try (InputStream in = Gazetteer.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("gazetteer resource " + RESOURCE + " missing from the class path");
            }
            return read(new GZIPInputStream(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads lines {@code CATEGORY<TAB>phrase}. */
    public static Gazetteer read(InputStream in) throws IOException {
        HashMap<String, Integer> phrases = new HashMap<>(1 << 18);
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
        for (String line; (line = r.readLine()) != null; ) {
            int tab = line.indexOf('\t');
            if (tab <= 0 || line.startsWith("#")) {
                continue;
            }
            GazetteerCategory c = GazetteerCategory.valueOf(line.substring(0, tab));
            phrases.merge(line.substring(tab + 1), c.bit(), (a, b) -> a | b);
        }
        return new Gazetteer(phrases);
    }

    /** The category mask of an exact phrase (words separated by single spaces), 0 when unknown. */
    public int categories(String phrase) {
        return phrases.getOrDefault(phrase, 0);
    }

    public boolean contains(String phrase, GazetteerCategory category) {
        return category.in(categories(phrase));
    }

    /** Whether the phrase is a country or a first-level division ("Paraguay", "Kerala"). */
    public boolean isCountryOrState(String phrase) {
        int mask = categories(phrase);
        return GazetteerCategory.COUNTRY.in(mask) || GazetteerCategory.STATE.in(mask);
    }

    public int size() {
        return phrases.size();
    }

    /**
     * Marks the words of {@code words[from, to)} covered by gazetteer phrases: {@code begin[i - from]} gets the
     * categories of the longest phrase starting at word i, {@code inside[i - from]} those of phrases continuing
     * over it.
     */
    public void match(Words words, int from, int to, int[] begin, int[] inside) {
        StringBuilder sb = new StringBuilder();
        for (int i = from; i < to; i++) {
            if (!Character.isLetterOrDigit(words.word(i).charAt(0))) {
                continue;
            }
            sb.setLength(0);
            int bestLength = 0;
            int bestMask = 0;
            for (int len = 1; len <= maxWords && i + len <= to; len++) {
                if (len > 1) {
                    sb.append(' ');
                }
                sb.append(words.word(i + len - 1));
                String phrase = sb.toString();
                Integer mask = phrases.get(phrase);
                if (mask != null) {
                    bestLength = len;
                    bestMask = mask;
                }
                if (!prefixes.contains(phrase)) {
                    break;
                }
            }
            if (bestLength > 0) {
                begin[i - from] |= bestMask;
                for (int k = i + 1; k < i + bestLength; k++) {
                    inside[k - from] |= bestMask;
                }
            }
        }
    }
}
