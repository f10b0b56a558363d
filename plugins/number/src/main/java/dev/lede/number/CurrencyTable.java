package dev.lede.number;

import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Currency symbols, names and codes from the hand-written {@code currencies.tsv} and, where it says nothing, from
 * {@code currency-names.tsv} (every currency's English names from CLDR, built by {@code scripts/number}); ISO 4217
 * codes written in capitals ("USD 20", "115EUR") are recognised through {@link java.util.Currency}, except those
 * that spell common English words.
 */
final class CurrencyTable {

    /** A currency: ISO code (null when the word names several currencies, "francs"), factor to the main unit. */
    record Money(String code, double factor, boolean pre, boolean post) {
    }

    /** A currency found over lexemes [from, to). */
    record Match(Money money, int from, int to) {
    }

    private static final int MAX_LEXEMES = 5;
    /** Capitalised words that are also ISO codes: "ALL 5 solutions", "TOP 10". */
    private static final Set<String> WORD_CODES = Set.of("ALL", "TOP", "CUP", "MOP", "BOB", "TRY", "AED", "PEN",
            "MAD", "BAM", "LSL", "SOS", "GIP", "CAT");

    private static final CurrencyTable INSTANCE = new CurrencyTable();

    private final RankedNames<Money> names = new RankedNames<>();
    private final RankedNames<Money> caseSensitive = new RankedNames<>();
    /** Words that turn a following "$" into another dollar: US, HK, C, NZ... */
    private final Map<String, Money> dollarPrefixes = new HashMap<>();
    private final Set<String> isoCodes = new HashSet<>();

    private CurrencyTable() {
        for (Currency c : Currency.getAvailableCurrencies()) {
            isoCodes.add(c.getCurrencyCode());
        }
        isoCodes.add("BTC");
        // ICU knows codes the JDK does not have yet (VED, XCG, ZWG); they are names' targets, not codes read in text
        Set<String> knownCodes = new HashSet<>(isoCodes);
        for (com.ibm.icu.util.Currency c : com.ibm.icu.util.Currency.getAvailableCurrencies()) {
            knownCodes.add(c.getCurrencyCode());
        }
        // the hand-written table decides first; the names generated from CLDR fill in the rest
        List<String> tables = List.of("currencies.tsv", "currency-names.tsv");
        for (int t = 0; t < tables.size(); t++) {
            for (String[] row : Resources.table(tables.get(t))) {
                String code = row[1].equals("-") ? null : row[1];
                if (code != null && !knownCodes.contains(code)) {
                    throw new IllegalStateException("not an ISO 4217 code in " + tables.get(t) + ": " + code);
                }
                add(row, new Money(code, Double.parseDouble(row[2]), flag(row, "pre"), flag(row, "post")), 2 * t);
            }
        }
    }

    private static boolean flag(String[] row, String flag) {
        return row.length > 3 && row[3].contains(flag);
    }

    /** A row of a table of rank {@code rank}; the plurals derived from it rank just below it. */
    private void add(String[] row, Money m, int rank) {
        if (flag(row, "pfx")) {
            dollarPrefixes.putIfAbsent(row[0], m);
            return;
        }
        if (flag(row, "cs")) {
            caseSensitive.put(row[0], m, rank);
            return;
        }
        names.put(row[0], m, rank);
        String lastWord = row[0].substring(row[0].lastIndexOf(' ') + 1);
        boolean word = lastWord.chars().allMatch(Character::isLetter) && lastWord.length() > 3;
        if (word) {
            for (String plural : UnitTable.plurals(row[0])) {
                names.put(plural, m, rank + 1);
            }
        }
    }

    static CurrencyTable get() {
        return INSTANCE;
    }

    /** The currency a word before "$" makes of it ("US" -> USD, "HK" -> HKD), or null. */
    Money dollarPrefix(String lower) {
        return dollarPrefixes.get(lower);
    }

    /** An ISO code written in capitals, not one that is also an English word. */
    Money isoCode(Lexeme l) {
        String t = l.text();
        if (t.length() == 3 && l.isWord() && t.equals(t.toUpperCase(Locale.ROOT)) && isoCodes.contains(t)
                && !WORD_CODES.contains(t)) {
            return new Money(t, 1, true, true);
        }
        return null;
    }

    /** "MUSD", "MEUR": millions of a currency, as business writing abbreviates them; the code, or null. */
    Money millionsCode(Lexeme l) {
        String t = l.text();
        if (t.length() == 4 && t.charAt(0) == 'M' && l.isWord() && t.equals(t.toUpperCase(Locale.ROOT))
                && isoCodes.contains(t.substring(1))) {
            return new Money(t.substring(1), 1e6, true, true);
        }
        return null;
    }

    /** The longest currency name or symbol starting at {@code j}. */
    Match match(List<Lexeme> lx, int j) {
        if (j >= lx.size()) {
            return null;
        }
        Money iso = isoCode(lx.get(j));
        if (iso != null) {
            return new Match(iso, j, j + 1);
        }
        LongestPhrase.Found<Money> found = LongestPhrase.find(lx, j, MAX_LEXEMES, this::lookup, Lexeme::isWord);
        return found == null ? null : new Match(found.value(), j, found.to());
    }

    private Money lookup(String raw) {
        return caseSensitive.either(raw, names, raw.toLowerCase(Locale.ROOT));
    }

    /** The longest currency name or symbol ending just before lexeme {@code end} (for "USD 20", "Rs. 20"). */
    Match matchBefore(List<Lexeme> lx, int end, int floor) {
        for (int from = Math.max(floor, end - MAX_LEXEMES); from < end; from++) {
            Match m = match(lx, from);
            if (m != null && m.to() == end) {
                return m;
            }
        }
        return null;
    }
}
