import com.ibm.icu.impl.units.UnitsConverter;
import com.ibm.icu.util.Currency;
import com.ibm.icu.util.Measure;
import com.ibm.icu.util.MeasureUnit;
import com.ibm.icu.util.ULocale;
import com.ibm.icu.text.MeasureFormat;

import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Builds the number analyzer's generated tables from ICU4J's CLDR data (run by hand, see scripts/number/README.md):
 *
 * <ul>
 *   <li>{@code currency-names.tsv}: every currency's English name, singular and plural ("Norwegian krone",
 *   "Norwegian kroner"), the same names with the English word for the currency ("Norwegian crowns", "Czech crowns":
 *   krone, krona and koruna all mean crown), the base word alone ("zloty" is PLN; "kroner", which two countries
 *   use, is money of no one code), and symbols no other current currency shares ("₫", "zł").</li>
 *   <li>{@code units-cldr.tsv}: CLDR's units of measure with their English names, singular and plural ("furlongs",
 *   "kilopascals"), and the symbols that cannot be read as a word ("kPa", "mmHg", "m/s"), each with its dimension
 *   and the factor to the base unit the hand-written {@code units.tsv} uses for that dimension.</li>
 * </ul>
 *
 * The hand-written {@code currencies.tsv} and {@code units.tsv} are read first and win over these tables.
 * Usage: {@code java -cp icu4j.jar BuildNumberTables.java OUTPUT_DIR}.
 */
public class BuildNumberTables {

    private static final ULocale EN = ULocale.ENGLISH;

    // ---------------------------------------------------------------- currencies

    /** English words for currencies whose names are not English: "Norwegian crowns" is how news writes NOK. */
    private static final Map<String, String> BASE_SYNONYMS = Map.of("krone", "crown", "krona", "crown", "koruna",
            "crown", "złoty", "zloty", "ruble", "rouble", "riyal", "rial", "colón", "colon", "hryvnia", "hryvnya");

    /** Currencies that are not money in news (units of account, precious metals, test codes). */
    private static final Set<String> NOT_MONEY_PREFIXES = Set.of("XA", "XB", "XD", "XP", "XS", "XT", "XU", "XX", "XR");
    /** Funds and units of account that share a country's name with its money ("Bolivian Mvdol"). */
    private static final Set<String> FUND_CODES = Set.of("BOV", "CHE", "CHW", "CLF", "COU", "MXV", "USN", "UYI", "UYW");

    /**
     * Base words that are common English words or units after a number ("the 50 mark", "3 drams", "a real") or that
     * the hand table already decides ("dollar", "pound"): never read as a currency on their own.
     */
    private static final Set<String> ENGLISH_BASES = Set.of("mark", "dram", "real", "won", "rand", "pound", "dollar",
            "franc", "peso", "dinar", "unit", "sol", "leone", "crown", "cent", "lats", "loti", "som", "tala", "lek",
            "kip", "vatu", "pula", "lari", "lev", "leu", "manat", "afghani", "escudo", "guilder", "shilling", "gold",
            "soberano", "florin");

    // ---------------------------------------------------------------- units

    /**
     * CLDR's unit types whose units units.tsv measures from a base unit: type -> {dimension in units.tsv, base}. A
     * unit of such a type that converts to the base joins the dimension; any other keeps a dimension of its own.
     */
    private static final Map<String, String[]> DIMENSION_BASES = Map.ofEntries(
            Map.entry("length", new String[] {"length", "meter"}),
            Map.entry("area", new String[] {"area", "square-meter"}),
            Map.entry("volume", new String[] {"volume", "liter"}),
            Map.entry("mass", new String[] {"mass", "gram"}),
            Map.entry("speed", new String[] {"speed", "meter-per-second"}),
            Map.entry("power", new String[] {"power", "watt"}),
            Map.entry("energy", new String[] {"energy", "joule"}),
            Map.entry("electric", new String[] {"voltage", "volt"}),
            Map.entry("frequency", new String[] {"frequency", "hertz"}),
            Map.entry("digital", new String[] {"data", "bit"}),
            Map.entry("duration", new String[] {"time", "second"}),
            Map.entry("angle", new String[] {"angle", "degree"}),
            Map.entry("torque", new String[] {"torque", "newton-meter"}));

    /**
     * CLDR units left out: typographic and screen units, counted things and words that are nouns first ("3
     * points", "two items", "a night"), temperatures (units.tsv has them with news spellings), "percent" (read as
     * a percentage), units named only in a formula ("of glucose"), and Japanese traditional units.
     */
    private static final Set<String> SKIPPED_UNITS = Set.of("point", "pixel", "pixel-per-centimeter", "pixel-per-inch",
            "dot", "dot-per-centimeter", "dot-per-inch", "em", "item", "part", "percent", "permille", "permyriad",
            "generic", "celsius", "fahrenheit", "kelvin", "light-speed", "beaufort", "gasoline-energy-density",
            "ofglucose", "ofhg", "mile-scandinavian", "pinch", "drop", "jigger", "light", "g-force", "portion", "night",
            "quarter", "cup-imperial", "pint-imperial",
            // named after people, and read as names or words in news ("3 Tesla cars", "two gray whales")
            "gray", "henry", "tesla", "siemens", "weber", "steradian", "katal", "candela");

    /**
     * Short symbols that are words, names or other units in news ("MP", "pt", "kt", "St", "au"); symbols of one
     * character are never taken ("C", "N", "T").
     */
    private static final Set<String> SKIPPED_SYMBOLS = Set.of("MP", "pt", "kt", "st", "au", "pc", "ly", "mc", "ch",
            "rd", "dec", "fw", "gr", "ac", "fur", "fth", "bu", "tn", "Da", "CD", "mths", "wks", "yrs", "qtrs", "days",
            "nights", "drams", "slug", "byte", "bit", "bar", "atm", "rev", "kat", "dsp", "Cal", "mpt", "mol", "Sv",
            "Gy", "Bq", "Wb", "Hz", "lm", "lx", "cd", "sr", "hr", "sec", "min", "ms", "ns", "cal", "pm", "mb", "Pa", "″ Hg",
            "ML", "kn", "in");

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : ".");
        writeCurrencies(out.resolve("currency-names.tsv"));
        writeUnits(out.resolve("units-cldr.tsv"));
    }

    private static void writeCurrencies(Path file) throws IOException {
        Date now = new Date();
        // surface -> codes (current currencies first), plus flags
        Map<String, TreeSet<String>> current = new TreeMap<>();
        Map<String, TreeSet<String>> former = new TreeMap<>();
        Map<String, TreeSet<String>> bases = new TreeMap<>();
        Map<String, TreeSet<String>> symbols = new TreeMap<>();
        for (Currency c : Currency.getAvailableCurrencies()) {
            String code = c.getCurrencyCode();
            if (NOT_MONEY_PREFIXES.contains(code.substring(0, 2)) && !Set.of("XAF", "XOF", "XCD", "XPF").contains(code)
                    || FUND_CODES.contains(code)) {
                continue;
            }
            boolean isCurrent = Currency.isAvailable(code, now, now);
            String singular = c.getName(EN, Currency.LONG_NAME, null);
            String plural = c.getName(EN, Currency.PLURAL_LONG_NAME, "other", null);
            if (singular.equals(code) || singular.contains("(") || plural.contains("(")) {
                continue; // dated or qualified variants: "Serbian Dinar (2002–2006)"
            }
            Map<String, TreeSet<String>> target = isCurrent ? current : former;
            for (String name : new TreeSet<>(List.of(singular, plural, ascii(singular), ascii(plural)))) {
                String lower = name.toLowerCase(Locale.ROOT);
                add(target, lower, code);
                String[] words = lower.split(" ");
                String base = words[words.length - 1];
                for (Map.Entry<String, String> syn : BASE_SYNONYMS.entrySet()) {
                    String english = syn.getValue();
                    if (base.startsWith(syn.getKey().substring(0, syn.getKey().length() - 1)) && words.length > 1) {
                        String prefix = lower.substring(0, lower.length() - base.length());
                        add(target, prefix + english, code);
                    }
                }
            }
            if (isCurrent) {
                for (String name : List.of(singular, plural)) {
                    String lowerName = name.toLowerCase(Locale.ROOT);
                    add(bases, lowerName.substring(lowerName.lastIndexOf(' ') + 1), code);
                }
                for (String symbol : List.of(c.getName(EN, Currency.SYMBOL_NAME, null),
                        c.getName(EN, Currency.NARROW_SYMBOL_NAME, null))) {
                    add(symbols, symbol, code);
                }
            }
        }
        List<String> rows = new ArrayList<>();
        for (Map.Entry<String, TreeSet<String>> e : current.entrySet()) {
            rows.add(row(e.getKey(), e.getValue(), "post"));
        }
        for (Map.Entry<String, TreeSet<String>> e : former.entrySet()) {
            if (!current.containsKey(e.getKey())) {
                rows.add(row(e.getKey(), e.getValue(), "post"));
            }
        }
        for (Map.Entry<String, TreeSet<String>> e : bases.entrySet()) {
            String base = e.getKey();
            boolean english = ENGLISH_BASES.contains(base) || ENGLISH_BASES.contains(base.replaceAll("e?s$", ""));
            if (!english && base.length() > 2
                    && !current.containsKey(base) && base.chars().allMatch(Character::isLetter)) {
                rows.add(row(base, e.getValue(), "post"));
            }
        }
        for (Map.Entry<String, TreeSet<String>> e : symbols.entrySet()) {
            String s = e.getKey();
            boolean readable = s.chars().anyMatch(ch -> ch > 127 && !Character.isLetter(ch))
                    || s.chars().anyMatch(ch -> ch > 127) && s.length() <= 3;
            if (e.getValue().size() == 1 && readable && !s.equals(e.getValue().first())) {
                rows.add(row(s, e.getValue(), "pre,post,cs"));
            }
        }
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
            w.println("# GENERATED by scripts/number/build-tables.sh from ICU4J " + com.ibm.icu.util.VersionInfo.ICU_VERSION
                    + " (CLDR currency names, Unicode License v3); do not edit: currencies.tsv overrides it.");
            w.println("# surface <TAB> ISO 4217 code (\"-\" when several current currencies share the name) <TAB> factor <TAB> flags");
            rows.forEach(w::println);
        }
    }

    /** "Icelandic króna" -> "Icelandic krona": news often drops the accents. */
    private static String ascii(String s) {
        return java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }

    private static String row(String surface, TreeSet<String> codes, String flags) {
        return surface + "\t" + (codes.size() == 1 ? codes.first() : "-") + "\t1\t" + flags;
    }

    private static void add(Map<String, TreeSet<String>> map, String key, String code) {
        map.computeIfAbsent(key, k -> new TreeSet<>()).add(code);
    }

    private static void writeUnits(Path file) throws IOException {
        MeasureFormat wide = MeasureFormat.getInstance(EN, MeasureFormat.FormatWidth.WIDE);
        MeasureFormat brief = MeasureFormat.getInstance(EN, MeasureFormat.FormatWidth.SHORT);
        MeasureFormat narrow = MeasureFormat.getInstance(EN, MeasureFormat.FormatWidth.NARROW);
        Map<String, String> rows = new TreeMap<>();
        for (MeasureUnit u : MeasureUnit.getAvailable()) {
            String id = u.getSubtype();
            if (u.getType().equals("currency") || id.endsWith("-person") || SKIPPED_UNITS.contains(id)) {
                continue;
            }
            String singular = strip(wide.format(new Measure(1, u)), "1");
            String plural = strip(wide.format(new Measure(2, u)), "2");
            if (singular == null || plural == null || isQualified(singular) || isQualified(plural)) {
                continue;
            }
            String name = singular.toLowerCase(Locale.ROOT).replace('-', ' ');
            String[] dim = dimension(u);
            String type = u.getType().equals("duration") ? "duration" : "quantity";
            String tail = "\t" + name + "\t" + type + "\t" + dim[0] + "\t" + dim[1];
            rows.putIfAbsent(singular.toLowerCase(Locale.ROOT), tail + "\t");
            rows.putIfAbsent(plural.toLowerCase(Locale.ROOT), tail + "\tabbr");
            for (MeasureFormat f : List.of(brief, narrow)) {
                String symbol = strip(f.format(new Measure(2, u)), "2");
                if (symbol != null && symbol.length() >= 2 && !isQualified(symbol) && !SKIPPED_SYMBOLS.contains(symbol)
                        && !symbol.equalsIgnoreCase(singular) && !symbol.equalsIgnoreCase(plural)) {
                    rows.putIfAbsent(symbol, tail + "\tabbr,cs");
                }
            }
        }
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
            w.println("# GENERATED by scripts/number/build-tables.sh from ICU4J " + com.ibm.icu.util.VersionInfo.ICU_VERSION
                    + " (CLDR unit names and conversion rates, Unicode License v3); do not edit: units.tsv overrides it.");
            w.println("# surface <TAB> canonical name <TAB> type <TAB> dimension <TAB> factor to the dimension's base <TAB> flags");
            rows.forEach((surface, tail) -> w.println(surface + tail));
        }
    }

    /** The unit's dimension in units.tsv's terms and the factor to its base, or its own CLDR id and 1. */
    private static String[] dimension(MeasureUnit u) {
        String[] base = DIMENSION_BASES.get(u.getType());
        if (base != null) {
            try {
                BigDecimal f = new UnitsConverter(u.getIdentifier(), base[1]).convert(BigDecimal.ONE);
                return new String[] {base[0], f.stripTrailingZeros().toPlainString()};
            } catch (RuntimeException notConvertible) {
                // a unit of the type that CLDR does not convert (calendar units, "volt" beside "ampere")
            }
        }
        return new String[] {u.getType() + "/" + u.getSubtype(), "1"};
    }

    /** "2 kilometers" -> "kilometers": the unit part of a formatted measure, or null when it is not at the end. */
    private static String strip(String formatted, String number) {
        String s = formatted.replace('\u00a0', ' ').replace('\u202f', ' ');
        if (!s.startsWith(number)) {
            return null;
        }
        String rest = s.substring(number.length()).trim();
        return rest.isEmpty() ? null : rest;
    }

    /** Names with brackets or dots ("cup [JP]", "Imp. quart") are not how news writes units. */
    private static boolean isQualified(String s) {
        return s.contains("[") || s.contains("(") || s.contains(".") || s.contains(" of ") && !s.contains("mercury");
    }
}
