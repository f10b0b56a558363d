package dev.lede.time;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The words of time expressions ({@code time-words.tsv}): month and weekday names, units, number and ordinal words,
 * parts of the day, seasons, deictic days, reference words, shifts ("last", "next"), set words, modifiers.
 */
final class Lexicon {
    private final Map<String, Word> words;

    private Lexicon(Map<String, Word> words) {
        this.words = Map.copyOf(words);
    }

    /** The entry of a lower-case word, or null. */
    Word get(String lowerCaseWord) {
        return words.get(lowerCaseWord);
    }

    static Lexicon load() {
        Map<String, Word.Builder> builders = new HashMap<>();
        for (String[] row : Tsv.rows("time-words.tsv")) {
            builders.computeIfAbsent(row[0].toLowerCase(Locale.ROOT), Word.Builder::new).add(row[1], row[2]);
        }
        Map<String, Word> out = new HashMap<>();
        builders.forEach((k, b) -> out.put(k, b.build()));
        return new Lexicon(out);
    }

    /** Reads the plugin's tab-separated word lists: '#' comments and blank lines skipped. */
    static final class Tsv {
        private Tsv() {
        }

        static java.util.List<String[]> rows(String resource) {
            java.util.List<String[]> out = new java.util.ArrayList<>();
            try (InputStream in = Lexicon.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + resource);
                }
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                for (String line; (line = r.readLine()) != null; ) {
                    if (line.isBlank() || line.startsWith("#")) {
                        continue;
                    }
                    String[] cols = line.split("\t");
                    if (cols.length < 2) {
                        throw new IllegalStateException(resource + ": bad line '" + line + "'");
                    }
                    out.add(cols.length == 2 ? new String[] {cols[0], cols[1], ""} : cols);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return out;
        }
    }
}
