package dev.lede.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * One-word place names that are also ordinary English words ("split", "reading", "mobile"), from
 * {@code common-words.txt} (built by {@code scripts/geo/build-common-words.mjs} from an English word list and the
 * gazetteer). Immutable.
 */
record CommonWords(Set<String> words) {
    static final String RESOURCE = "/dev/lede/geo/common-words.txt";

    CommonWords {
        words = Set.copyOf(words);
    }

    /** The shipped list, read once per process. */
    static CommonWords english() {
        return Shipped.WORDS;
    }

    private static final class Shipped {
        static final CommonWords WORDS = load();
    }

    static CommonWords load() {
        try (InputStream in = CommonWords.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing word list " + RESOURCE);
            }
            Set<String> words = new HashSet<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    words.add(line.strip());
                }
            }
            return new CommonWords(words);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    boolean contains(String word) {
        return words.contains(word.toLowerCase(Locale.ROOT));
    }
}
