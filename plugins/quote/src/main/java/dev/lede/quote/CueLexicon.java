package dev.lede.quote;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The reporting cues ("said", "told", "according to" ...), read from the data file {@code cues.txt} beside this
 * class. Immutable and thread-safe once loaded.
 */
final class CueLexicon {
    /** A cue found in a word list: words {@code [from, to)} and its class. */
    record Match(int from, int to, CueClass cueClass) {
    }

    private final Map<String, CueClass> single = new HashMap<>();
    /** Multi-word cues keyed by their first word; values are the full word sequences. */
    private final Map<String, List<String[]>> multi = new HashMap<>();
    private final Map<String, CueClass> multiClass = new HashMap<>();
    private final java.util.Set<String> nounLike = new java.util.HashSet<>();

    static CueLexicon load() {
        try (InputStream in = CueLexicon.class.getResourceAsStream("cues.txt")) {
            if (in == null) {
                throw new IllegalStateException("cues.txt missing from the quote plugin");
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static CueLexicon parse(BufferedReader reader) throws IOException {
        CueLexicon lexicon = new CueLexicon();
        String line;
        while ((line = reader.readLine()) != null) {
            line = line.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t", 2);
            String tag = cols[0].strip().toUpperCase(Locale.ROOT);
            if (tag.equals("NOUNLIKE")) {
                for (String form : cols[1].strip().split("\\s+")) {
                    lexicon.nounLike.add(form.toLowerCase(Locale.ROOT));
                }
                continue;
            }
            CueClass cueClass = CueClass.valueOf(tag);
            for (String form : cols[1].strip().split("\\s+")) {
                lexicon.add(form.toLowerCase(Locale.ROOT), cueClass);
            }
        }
        return lexicon;
    }

    private void add(String form, CueClass cueClass) {
        if (form.indexOf('_') < 0) {
            single.putIfAbsent(form, cueClass);
            return;
        }
        String[] words = form.split("_");
        multi.computeIfAbsent(words[0], k -> new java.util.ArrayList<>()).add(words);
        multiClass.put(String.join(" ", words), cueClass);
    }

    /** True for cue forms that are more often nouns ("plans", "states"). */
    boolean nounLike(String lowerForm) {
        return nounLike.contains(lowerForm);
    }

    /** The cue starting at word {@code i}, the longest one first, or null. */
    Match at(List<Word> words, int i) {
        String w = words.get(i).lower();
        List<String[]> candidates = multi.get(w);
        if (candidates != null) {
            for (String[] seq : candidates) {
                if (i + seq.length <= words.size() && matches(words, i, seq)) {
                    return new Match(i, i + seq.length, multiClass.get(String.join(" ", seq)));
                }
            }
        }
        CueClass c = single.get(w);
        return c == null ? null : new Match(i, i + 1, c);
    }

    private static boolean matches(List<Word> words, int i, String[] seq) {
        for (int k = 0; k < seq.length; k++) {
            if (!words.get(i + k).lower().equals(seq[k])) {
                return false;
            }
        }
        return true;
    }
}
