package dev.lede.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * The place-name index: every place of the gazetteer resource under its name, ASCII name and alternate names, plus
 * demonyms ("Ukrainian", "Russians") to countries. Immutable and thread-safe once loaded; load it once per process
 * (see {@link GeoAnalyzerProvider#create}).
 *
 * <p>The resource is built by {@code scripts/geo/build-gazetteer.mjs} from GeoNames data (CC BY 4.0) and the
 * world-countries package (ODbL 1.0).
 */
public final class Gazetteer {
    /** Class-path location of the resource the build script writes. */
    public static final String RESOURCE = "/dev/lede/geo/gazetteer.tsv.gz";

    private static final Pattern BAR = Pattern.compile("\\|");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0]+");

    private final PlaceColumns places;
    private final NameIndex byKey;
    private final Map<String, GeoPlace> countries;
    private final Map<String, GeoPlace> admin1s;
    private final Map<String, String> demonyms;
    private final int longestKeyWords;
    /** First words (up to a space or punctuation) of the keys made of several words. */
    private final NameIndex compoundHeads;

    Gazetteer(PlaceColumns places, NameIndex byKey, NameIndex compoundHeads, Map<String, String> demonyms,
              int longestKeyWords) {
        this.places = places;
        this.byKey = byKey;
        this.compoundHeads = compoundHeads;
        this.demonyms = Map.copyOf(demonyms);
        this.longestKeyWords = longestKeyWords;
        Map<String, GeoPlace> c = new HashMap<>();
        Map<String, GeoPlace> a = new HashMap<>();
        for (int i = 0; i < places.size(); i++) {
            String feature = places.featureCode(i);
            if (feature.startsWith("PCL")) { // GeoPlace.isCountry, read without making every place
                GeoPlace p = places.place(i);
                c.merge(p.countryCode(), p, (x, y) -> x.population() >= y.population() ? x : y);
            } else if (feature.equals("ADM1")) {
                GeoPlace p = places.place(i);
                a.put(p.countryCode() + "." + p.admin1Code(), p);
            }
        }
        this.countries = Map.copyOf(c);
        this.admin1s = Map.copyOf(a);
    }

    /** The gazetteer of these places, names and demonyms; {@code keys.get(k)} names {@code placesOfKey.get(k)}. */
    static Gazetteer of(List<GeoPlace> places, List<String> keys, List<int[]> placesOfKey,
                        Map<String, String> demonyms) {
        int longest = 1;
        Set<String> heads = new LinkedHashSet<>();
        for (String k : keys) {
            int words = 1;
            for (int i = 0; i < k.length(); i++) {
                words += k.charAt(i) == ' ' ? 1 : 0;
            }
            longest = Math.max(longest, words);
            int cut = firstNonLetter(k);
            if (cut > 0 && cut < k.length()) {
                heads.add(k.substring(0, cut));
            }
        }
        return new Gazetteer(PlaceColumns.of(places), NameIndex.of(keys, placesOfKey),
                NameIndex.setOf(new ArrayList<>(heads)), demonyms, longest);
    }

    private static int firstNonLetter(String key) {
        for (int i = 0; i < key.length(); i++) {
            if (!Character.isLetterOrDigit(key.charAt(i))) {
                return i;
            }
        }
        return key.length();
    }

    /**
     * Whether some name of several words or with punctuation starts with this word ("St" of "St. Louis", "New" of
     * "New York"); lets the spotter skip longer lookups for the other capitalised words.
     */
    public boolean startsCompoundName(String word) {
        return startsCompoundKey(key(word));
    }

    /** {@link #startsCompoundName} for a word already made a {@link #key}. */
    public boolean startsCompoundKey(String key) {
        return compoundHeads.contains(key.substring(0, firstNonLetter(key)));
    }

    /** {@link #knows} for a name already made a {@link #key}: the spotter computes it once per word. */
    public boolean knowsKey(String key) {
        return byKey.contains(key);
    }

    /**
     * Loads the gazetteer shipped in this module: its binary image ({@link GazetteerImage}, made from the TSV source
     * at build time), else the TSV source itself, which takes seconds (a class path without the build's image).
     */
    public static Gazetteer load() {
        try (InputStream image = Gazetteer.class.getResourceAsStream(GazetteerImage.RESOURCE)) {
            if (image != null) {
                return GazetteerImage.read(image);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the gazetteer " + GazetteerImage.RESOURCE, e);
        }
        return loadSource();
    }

    /** Parses the TSV source shipped in this module (what the build turns into the binary image). */
    static Gazetteer loadSource() {
        try (InputStream in = Gazetteer.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("gazetteer resource " + RESOURCE + " is missing from the class path");
            }
            return read(new GZIPInputStream(in, 1 << 16));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the gazetteer " + RESOURCE, e);
        }
    }

    /**
     * Reads a gazetteer in the resource format: tab-separated lines
     * {@code P id name ascii featureCode cc admin1 lat lon population aliasKeys} and {@code D demonym cc}.
     */
    public static Gazetteer read(InputStream uncompressed) throws IOException {
        List<GeoPlace> places = new ArrayList<>(240_000);
        Map<String, int[]> byKey = new LinkedHashMap<>(600_000);
        Map<String, String> demonyms = new HashMap<>();
        BufferedReader r = new BufferedReader(new InputStreamReader(uncompressed, StandardCharsets.UTF_8), 1 << 16);
        for (String line = r.readLine(); line != null; line = r.readLine()) {
            String[] f = split(line);
            if (f[0].equals("D") && f.length >= 3) {
                demonyms.put(key(f[1]), f[2]);
            } else if (f[0].equals("P") && f.length >= 11) {
                int index = places.size();
                String name = f[2];
                String ascii = f[3].isEmpty() ? name : f[3];
                places.add(new GeoPlace(index, Long.parseLong(f[1]), name, ascii, f[4], f[5], f[6],
                        Double.parseDouble(f[7]), Double.parseDouble(f[8]), Long.parseLong(f[9])));
                index(byKey, key(name), index);
                index(byKey, key(ascii), index);
                if (!f[10].isEmpty()) {
                    for (String aliasKey : BAR.split(f[10])) {
                        index(byKey, aliasKey, index); // the build script writes aliases as keys already
                    }
                }
            }
        }
        return of(places, new ArrayList<>(byKey.keySet()), new ArrayList<>(byKey.values()), demonyms);
    }

    /** Splits on tabs; String.split would compile a pattern per call path and is measurably slower here. */
    private static String[] split(String line) {
        String[] out = new String[11];
        int n = 0;
        int from = 0;
        for (int i = 0; i <= line.length() && n < out.length; i++) {
            if (i == line.length() || line.charAt(i) == '\t') {
                out[n++] = line.substring(from, i);
                from = i + 1;
            }
        }
        return n == out.length ? out : java.util.Arrays.copyOf(out, n);
    }

    private static void index(Map<String, int[]> byKey, String key, int place) {
        if (key.isEmpty()) {
            return;
        }
        int[] old = byKey.get(key);
        if (old == null) {
            byKey.put(key, new int[]{place});
        } else if (old[old.length - 1] != place && !contains(old, place)) {
            int[] grown = Arrays.copyOf(old, old.length + 1);
            grown[old.length] = place;
            byKey.put(key, grown);
        }
    }

    private static boolean contains(int[] a, int x) {
        for (int v : a) {
            if (v == x) {
                return true;
            }
        }
        return false;
    }

    /**
     * The lookup key of a name: accents removed, lower case, white space collapsed, curly apostrophes straightened.
     * Written by hand because it must be exactly the same at build and lookup time and is a handful of lines.
     */
    public static String key(String name) {
        boolean plain = true;
        for (int i = 0; i < name.length() && plain; i++) {
            char c = name.charAt(i);
            plain = c < 128 && c != '\t' && c != '\n' && c != '\r' && (c != ' ' || (i > 0 && name.charAt(i - 1) != ' '));
        }
        if (plain) {
            // the common case (ASCII, single spaces) skips the Unicode normalisation, which dominates load time
            return name.strip().toLowerCase(Locale.ROOT);
        }
        String s = Normalizer.normalize(name, Normalizer.Form.NFD);
        s = MARKS.matcher(s).replaceAll("");
        s = SPACES.matcher(s.replace('\u2019', '\'')).replaceAll(" ").trim();
        return s.toLowerCase(Locale.ROOT);
    }

    /** What the gazetteer is made of, for {@link GazetteerImage} to write. */
    record Parts(PlaceColumns places, NameIndex byKey, NameIndex compoundHeads, Map<String, String> demonyms,
                 int longestKeyWords) {
    }

    Parts parts() {
        return new Parts(places, byKey, compoundHeads, demonyms, longestKeyWords);
    }

    /** Places known under this name (any spelling), in gazetteer order; empty when none. */
    public List<GeoPlace> lookup(String name) {
        int[] hits = byKey.placesOf(key(name));
        List<GeoPlace> out = new ArrayList<>(hits.length);
        for (int i : hits) {
            out.add(places.place(i));
        }
        return out;
    }

    /** True when some place has this name; cheaper than {@link #lookup}. */
    public boolean knows(String name) {
        return byKey.contains(key(name));
    }

    /** The largest number of words in any indexed name, which bounds the spotter's window. */
    public int longestNameWords() {
        return longestKeyWords;
    }

    public Optional<GeoPlace> country(String countryCode) {
        return Optional.ofNullable(countries.get(countryCode));
    }

    /** The first-level division {@code admin1Code} of {@code countryCode}, when the gazetteer has it. */
    public Optional<GeoPlace> admin1(String countryCode, String admin1Code) {
        return Optional.ofNullable(admin1s.get(countryCode + "." + admin1Code));
    }

    /** The country a demonym or adjectival names ("Ukrainian", "Russians"), if it is one. */
    public Optional<GeoPlace> demonym(String word) {
        String k = key(word);
        String cc = demonyms.get(k);
        if (cc == null && k.endsWith("s")) {
            cc = demonyms.get(k.substring(0, k.length() - 1));
        }
        return cc == null ? Optional.empty() : country(cc);
    }

    public int size() {
        return places.size();
    }

    public GeoPlace get(int index) {
        return places.place(index);
    }
}
