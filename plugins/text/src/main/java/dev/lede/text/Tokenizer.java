package dev.lede.text;

import dev.lede.annotation.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits web news text into tokens without altering it; offsets are UTF-16 indices and a surrogate pair is never
 * split. Stateless and thread-safe.
 *
 * <p>Hand-written character scanning rather than OpenNLP's TokenizerME or an ICU BreakIterator: the statistical
 * tokenizer needs a model file and runs an order of magnitude below our target of a million tokens a second on
 * one thread, and neither knows the news conventions below. Conventions (close to the Penn Treebank):
 * <ul>
 *   <li>Quote marks, brackets, commas, colons, dashes (en, em, and a free-standing hyphen) are tokens of their
 *       own, with or without spaces around them ({@code a“coalition} is {@code a | “ | coalition}).</li>
 *   <li>Possessive and contracted clitics split off: {@code Ukraine's -> Ukraine | 's}, {@code don't -> do | n't},
 *       {@code we're -> we | 're}; other inner apostrophes stay ({@code O'Brien}, {@code rock'n'roll}, and the
 *       free-standing {@code 'n'} and {@code '90s}).</li>
 *   <li>Hyphenated words are one token ({@code well-known}, {@code 43-year-old}, {@code COVID-19}).</li>
 *   <li>Numbers keep their decimal, grouping, time and fraction separators ({@code 1,000.5}, {@code 10:30},
 *       {@code 1/2}); a currency sign, a percent sign and a magnitude or unit suffix are separate tokens:
 *       {@code $4.2bn -> $ | 4.2 | bn}, {@code €20m -> € | 20 | m}, {@code 3% -> 3 | %}. Other letter suffixes
 *       stay ({@code 2nd}, {@code 1990s}, {@code 5G}).</li>
 *   <li>Abbreviations keep their period: acronyms ({@code U.S.}, {@code e.g.}, {@code a.m.}), initials
 *       ({@code J.}), and the listed titles and short forms ({@code Gen.}, {@code Inc.}, {@code Jan.}, and
 *       {@code No.} before a number). Whether such a token ends a sentence is the {@link SentenceSplitter}'s
 *       call.</li>
 *   <li>"..." (any run of two or more periods) and "…" are one token; so is a run of ! and ?.</li>
 *   <li>URLs (with a scheme, {@code www.}, or a bare domain with a common top-level domain), e-mail addresses,
 *       {@code @handles} and {@code #hashtags} are one token each; so is an emoji with its modifiers, skin
 *       tones, zero-width-joiner sequence or flag pair.</li>
 *   <li>NBSP, every Unicode space, and invisible format characters between tokens count as spaces.</li>
 *   <li>A missing space after a full stop ({@code end.Next}) still separates the words; URLs, decimals and
 *       abbreviations keep their periods.</li>
 * </ul>
 */
public final class Tokenizer {

    /** Magnitude and unit suffixes split off a number: {@code 4.2bn -> 4.2 | bn}. Lower-case. */
    private static final Set<String> NUMBER_SUFFIXES = Set.of(
            "bn", "b", "m", "mn", "mln", "k", "tn", "trn", "tr", "km", "kg", "mm", "cm", "ml", "mph", "kmh", "kph",
            "kw", "mw", "gw", "kwh", "mwh", "gwh", "twh", "am", "pm", "lb", "lbs", "ft", "bpd", "ha", "t", "g",
            "l", "h", "sq", "cal", "kcal", "mg", "gb", "mb", "tb", "ghz", "mhz", "hz");

    /** Top-level domains accepted for bare domains ({@code reuters.com}); common English words left out. */
    private static final Set<String> DOMAIN_TLDS = Set.of(
            "com", "net", "org", "gov", "edu", "mil", "int", "info", "biz", "io", "ai", "news", "uk", "eu", "de",
            "fr", "ua", "ru", "cn", "jp", "ca", "au", "nz", "ie", "ch", "nl", "es", "pl", "se", "ly", "gl", "tv");

    /** Tokens of {@code text} in order. */
    public List<Token> tokenize(String text) {
        return new Scan(text).run();
    }

    /** One pass over one text; the scan position is local to each method. */
    private static final class Scan {
        private final String text;
        private final int n;
        private final List<Token> out;
        /** Kind of the token the last scan method found; set together with its returned end. */
        private Token.Kind kind;

        Scan(String text) {
            this.text = text;
            this.n = text.length();
            this.out = new ArrayList<>(n / 5 + 16);
        }

        List<Token> run() {
            int i = 0;
            while (i < n) {
                if (TextChars.isSpace(text.charAt(i))) {
                    i++;
                    continue;
                }
                int end = scanToken(i);
                out.add(new Token(i, end, kind));
                i = end;
            }
            return out;
        }

        /** Scans the token starting at {@code i} (not a space); returns its end and sets {@link #kind}. */
        private int scanToken(int i) {
            char c = text.charAt(i);
            int end;
            if ((c == 'h' || c == 'H' || c == 'w' || c == 'W' || c == 'f' || c == 'F') && (end = scanUrl(i)) > 0) {
                kind = Token.Kind.URL;
                return end;
            }
            int cp = text.codePointAt(i);
            if (TextChars.isWordChar(cp)) {
                return scanWordLike(i);
            }
            switch (c) {
                case '@':
                    if ((end = scanTag(i)) > 0) {
                        kind = Token.Kind.HANDLE;
                        return end;
                    }
                    break;
                case '#':
                    if ((end = scanTag(i)) > 0 && containsLetter(i + 1, end)) {
                        kind = Token.Kind.HASHTAG;
                        return end;
                    }
                    break;
                case '\'':
                case '\u2019':
                    if ((end = scanApostropheWord(i)) > 0) {
                        kind = Token.Kind.WORD;
                        return end;
                    }
                    break;
                case '.':
                    if (i + 1 < n && TextChars.isAsciiDigit(text.charAt(i + 1))
                            && !TextChars.isWordCharAt(text, i - 1)) {
                        end = scanWord(i + 1);
                        if (kind == Token.Kind.NUMBER) {
                            return end; // .265, .5
                        }
                    }
                    kind = Token.Kind.PUNCTUATION;
                    return runOf(i, '.', '.');
                case '!':
                case '?':
                    kind = Token.Kind.PUNCTUATION;
                    return runOf(i, '!', '?');
                case '-':
                    kind = Token.Kind.PUNCTUATION;
                    return runOf(i, '-', '-');
                case '%':
                case '\u2030':
                case '\u2031':
                    kind = Token.Kind.SYMBOL;
                    return i + 1;
                default:
                    break;
            }
            if (TextChars.isEmojiBase(cp) || TextChars.isRegionalIndicator(cp)) {
                kind = Token.Kind.EMOJI;
                return scanEmoji(i, cp);
            }
            int type = Character.getType(cp);
            if (type == Character.DASH_PUNCTUATION) {
                kind = Token.Kind.PUNCTUATION;
                return runOf(i, c, c);
            }
            kind = type == Character.MATH_SYMBOL || type == Character.CURRENCY_SYMBOL
                    || type == Character.MODIFIER_SYMBOL || type == Character.OTHER_SYMBOL
                    || Character.isSurrogate(c) || Character.isSupplementaryCodePoint(cp)
                    ? Token.Kind.SYMBOL : Token.Kind.PUNCTUATION;
            return i + Character.charCount(cp);
        }

        /** A token starting with a letter or digit: e-mail, bare domain, word, number or abbreviation. */
        private int scanWordLike(int s) {
            int end = scanWord(s);
            if (end < n) {
                char c = text.charAt(end);
                if (c == '@' || c == '.' || c == '_' || c == '+' || c == '%' || c == '-') {
                    int email = scanEmail(s);
                    if (email > 0) {
                        kind = Token.Kind.EMAIL;
                        return email;
                    }
                }
                if (c == '.' && end + 1 < n) {
                    int domain = scanBareDomain(s);
                    if (domain > 0) {
                        kind = Token.Kind.URL;
                        return domain;
                    }
                }
                if (c == '.' && kind == Token.Kind.WORD) {
                    int abbreviation = scanAbbreviation(s, end);
                    if (abbreviation > 0) {
                        kind = Token.Kind.WORD;
                        return abbreviation;
                    }
                }
            }
            return end;
        }

        /**
         * A word or number from {@code s}: word characters joined by inner hyphens, inner apostrophes that are not
         * clitics, and (within numbers) decimal, grouping, time and fraction separators. Sets {@link #kind}.
         */
        private int scanWord(int s) {
            if (isNegation(s) && s > 0 && TextChars.isWordCharAt(text, s - 1)) {
                kind = Token.Kind.WORD;
                return s + 3;
            }
            boolean numeric = TextChars.isAsciiDigit(text.charAt(s));
            int p = s;
            while (p < n) {
                char c = text.charAt(p);
                int cp = c < 0x80 ? c : text.codePointAt(p);
                if (TextChars.isWordChar(cp)) {
                    if (numeric && !TextChars.isAsciiDigit(c)) {
                        if (Character.isLetter(cp) && isNumberSuffix(p)) {
                            break;
                        }
                        numeric = false;
                    }
                    p += Character.charCount(cp);
                    continue;
                }
                boolean nextIsWord = TextChars.isWordCharAt(text, p + 1);
                if (TextChars.isJoiningHyphen(c) && nextIsWord) {
                    numeric = false;
                    p++;
                } else if (numeric && (c == '.' || c == ',' || c == ':' || c == '/')
                        && p + 1 < n && TextChars.isAsciiDigit(text.charAt(p + 1))) {
                    p++;
                } else if (TextChars.isApostrophe(c) && p + 1 < n && Character.isLetter(text.codePointAt(p + 1))) {
                    if (isClitic(p)) {
                        break;
                    }
                    if (p - 1 > s && isNegation(p - 1)) {
                        p--;
                        break;
                    }
                    numeric = false;
                    p++;
                } else if (c == '&' && p > s && Character.isUpperCase(text.charAt(p - 1)) && p + 1 < n
                        && Character.isUpperCase(text.charAt(p + 1))) {
                    numeric = false; // AT&T, S&P
                    p++;
                } else if ((c == '\u00AD' || c == '\u200C' || c == '\u200D') && nextIsWord) {
                    p++; // soft hyphen and zero-width (non-)joiners inside a word belong to it
                } else {
                    break;
                }
            }
            kind = numeric ? Token.Kind.NUMBER : Token.Kind.WORD;
            return p;
        }

        /** Whether the letters from {@code p} form a magnitude or unit suffix that ends right there. */
        private boolean isNumberSuffix(int p) {
            int q = p;
            while (q < n && q - p <= 4 && TextChars.isAsciiLetter(text.charAt(q))) {
                q++;
            }
            if (q == p || (q < n && TextChars.isWordChar(text.codePointAt(q)))) {
                return false;
            }
            if (q < n && TextChars.isJoiningHyphen(text.charAt(q)) && TextChars.isWordCharAt(text, q + 1)) {
                return false; // 20m-long: one hyphenated token
            }
            if (q - p == 1 && Character.isUpperCase(text.charAt(p))) {
                char c = text.charAt(p);
                return c == 'B' || c == 'M' || c == 'K' || c == 'T'; // $1.5M, but 5G and 3D stay whole
            }
            return NUMBER_SUFFIXES.contains(text.substring(p, q).toLowerCase(Locale.ROOT));
        }

        /** An apostrophe at {@code p} starting 's, 're, 've, 'll, 'd or 'm at the end of a word. */
        private boolean isClitic(int p) {
            int q = p + 1;
            while (q < n && q - p <= 3 && TextChars.isAsciiLetter(text.charAt(q))) {
                q++;
            }
            int len = q - p - 1;
            if (len < 1 || len > 2 || (q < n && TextChars.isWordChar(text.codePointAt(q)))) {
                return false;
            }
            char a = Character.toLowerCase(text.charAt(p + 1));
            if (len == 1) {
                return a == 's' || a == 'd' || a == 'm';
            }
            char b = Character.toLowerCase(text.charAt(p + 2));
            return (a == 'r' && b == 'e') || (a == 'v' && b == 'e') || (a == 'l' && b == 'l');
        }

        /** "n't" (or n’t) at {@code p}, ending a word. */
        private boolean isNegation(int p) {
            if (p + 2 >= n) {
                return false;
            }
            char a = text.charAt(p);
            char t = text.charAt(p + 2);
            return (a == 'n' || a == 'N') && TextChars.isApostrophe(text.charAt(p + 1)) && (t == 't' || t == 'T')
                    && !TextChars.isWordCharAt(text, p + 3);
        }

        /**
         * A token that starts with an apostrophe: a clitic right after a word ('s, 're), "'n'", or a decade
         * ('90s). Returns 0 when the apostrophe is a quote mark.
         */
        private int scanApostropheWord(int i) {
            boolean afterWord = i > 0 && (TextChars.isWordCharAt(text, i - 1) || text.charAt(i - 1) == '.');
            if (afterWord && i + 1 < n && isClitic(i)) {
                int q = i + 1;
                while (q < n && TextChars.isAsciiLetter(text.charAt(q))) {
                    q++;
                }
                return q;
            }
            if (i + 2 < n && (text.charAt(i + 1) == 'n' || text.charAt(i + 1) == 'N')
                    && TextChars.isApostrophe(text.charAt(i + 2)) && !TextChars.isWordCharAt(text, i + 3)) {
                return i + 3; // rock 'n' roll
            }
            if (!afterWord && i + 3 < n && TextChars.isAsciiDigit(text.charAt(i + 1))
                    && TextChars.isAsciiDigit(text.charAt(i + 2)) && text.charAt(i + 3) == 's'
                    && !TextChars.isWordCharAt(text, i + 4)) {
                return i + 4; // the '90s
            }
            return 0;
        }

        /**
         * An abbreviation that keeps its period, for the word {@code [s, end)} followed by '.': an acronym
         * (U.S., e.g.), an initial (J.), or a listed abbreviation. Returns its end, or 0.
         */
        private int scanAbbreviation(int s, int end) {
            int len = end - s;
            if (len <= 2 && TextChars.isAsciiLetter(text.charAt(s))) {
                int p = end + 1; // the first group may have two letters: Ph.D.
                while (p + 1 < n && TextChars.isAsciiLetter(text.charAt(p)) && text.charAt(p + 1) == '.') {
                    p += 2;
                }
                if (p - end >= 3) { // at least two letter-period groups: U.S., e.g., a.m., Ph.D.
                    if (p + 1 < n && TextChars.isJoiningHyphen(text.charAt(p)) && TextChars.isWordCharAt(text, p + 1)) {
                        return scanWord(p + 1); // U.S.-led
                    }
                    return p;
                }
            }
            if (len == 1 && Character.isUpperCase(text.charAt(s))) {
                return end + 1; // an initial: J. R. R. Tolkien
            }
            if (len > 6) {
                return 0;
            }
            Abbreviations.Kind abbreviation = Abbreviations.kindOf(text.substring(s, end));
            if (abbreviation == null) {
                return 0;
            }
            if (abbreviation == Abbreviations.Kind.BEFORE_NUMBER && !digitFollows(end + 1)) {
                return 0;
            }
            return end + 1;
        }

        private boolean digitFollows(int p) {
            while (p < n && TextChars.isSpace(text.charAt(p))) {
                p++;
            }
            return p < n && TextChars.isAsciiDigit(text.charAt(p));
        }

        /** A URL with a scheme (http, https, ftp) or starting with "www."; returns its end, or 0. */
        private int scanUrl(int i) {
            int body;
            if (text.regionMatches(true, i, "https://", 0, 8)) {
                body = i + 8;
            } else if (text.regionMatches(true, i, "http://", 0, 7)) {
                body = i + 7;
            } else if (text.regionMatches(true, i, "ftp://", 0, 6)) {
                body = i + 6;
            } else if (text.regionMatches(true, i, "www.", 0, 4) && i + 4 < n
                    && TextChars.isAsciiAlnum(text.charAt(i + 4))) {
                body = i + 4;
            } else {
                return 0;
            }
            if (i > 0 && TextChars.isWordCharAt(text, i - 1)) {
                return 0;
            }
            int end = urlEnd(body);
            return end > body ? end : 0;
        }

        /** The end of a URL whose rest starts at {@code p}: up to a space or quote, minus trailing punctuation. */
        private int urlEnd(int p) {
            int start = p;
            int open = 0;
            while (p < n) {
                char c = text.charAt(p);
                if (TextChars.isSpace(c) || c == '"' || c == '<' || c == '>' || c == '\u201C' || c == '\u201D'
                        || c == '\u2018' || c == '\u2019' || c == '\u00AB' || c == '\u00BB') {
                    break;
                }
                if (c == '(') {
                    open++;
                }
                p++;
            }
            while (p > start) {
                char c = text.charAt(p - 1);
                if (c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == '\''
                        || (c == ')' && open == 0) || c == ']') {
                    p--;
                } else {
                    break;
                }
            }
            return p;
        }

        /** A bare domain such as {@code reuters.com} or {@code bbc.co.uk/news}; returns its end, or 0. */
        private int scanBareDomain(int s) {
            int p = s;
            int groups = 0;
            int lastGroup = s;
            while (true) {
                int g = p;
                while (p < n && (TextChars.isAsciiAlnum(text.charAt(p)) || text.charAt(p) == '-')) {
                    p++;
                }
                if (p == g) {
                    return 0;
                }
                groups++;
                lastGroup = g;
                if (p + 1 < n && text.charAt(p) == '.' && TextChars.isAsciiAlnum(text.charAt(p + 1))) {
                    p++;
                } else {
                    break;
                }
            }
            if (groups < 2 || (p < n && (TextChars.isWordChar(text.codePointAt(p)) || text.charAt(p) == '@'))
                    || !DOMAIN_TLDS.contains(text.substring(lastGroup, p))) {
                return 0;
            }
            return p < n && text.charAt(p) == '/' ? Math.max(p, urlEnd(p)) : p;
        }

        /** An e-mail address starting at {@code s}; returns its end, or 0. */
        private int scanEmail(int s) {
            int p = s;
            while (p < n) {
                char c = text.charAt(p);
                if (TextChars.isAsciiAlnum(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-') {
                    p++;
                } else {
                    break;
                }
            }
            if (p == s || p >= n || text.charAt(p) != '@' || text.charAt(p - 1) == '.') {
                return 0;
            }
            int domain = p + 1;
            int q = domain;
            boolean dot = false;
            while (q < n) {
                char c = text.charAt(q);
                if (TextChars.isAsciiAlnum(c) || c == '-') {
                    q++;
                } else if (c == '.' && q + 1 < n && TextChars.isAsciiAlnum(text.charAt(q + 1)) && q > domain) {
                    dot = true;
                    q++;
                } else {
                    break;
                }
            }
            return dot ? q : 0;
        }

        /** "@name" or "#tag" at {@code i}, not glued to a preceding word; returns its end, or 0. */
        private int scanTag(int i) {
            if (i > 0 && TextChars.isWordCharAt(text, i - 1)) {
                return 0;
            }
            int p = i + 1;
            while (p < n) {
                int cp = text.codePointAt(p);
                if (TextChars.isWordChar(cp) || cp == '_') {
                    p += Character.charCount(cp);
                } else {
                    break;
                }
            }
            return p > i + 1 ? p : 0;
        }

        private boolean containsLetter(int from, int to) {
            for (int p = from; p < to; p++) {
                if (Character.isLetter(text.charAt(p)) || Character.isSurrogate(text.charAt(p))) {
                    return true;
                }
            }
            return false;
        }

        /** The end of the run of characters in {@code {a, b}} starting at {@code i}. */
        private int runOf(int i, char a, char b) {
            int p = i + 1;
            while (p < n && (text.charAt(p) == a || text.charAt(p) == b)) {
                p++;
            }
            return p;
        }

        /** An emoji with its modifiers, zero-width-joiner sequence, or a regional-indicator flag pair. */
        private int scanEmoji(int i, int cp) {
            int p = i + Character.charCount(cp);
            if (TextChars.isRegionalIndicator(cp)) {
                if (p < n && TextChars.isRegionalIndicator(text.codePointAt(p))) {
                    p += 2;
                }
                return p;
            }
            while (p < n) {
                int next = text.codePointAt(p);
                if (TextChars.isEmojiModifier(next)) {
                    p += Character.charCount(next);
                } else if (next == 0x200D && p + 1 < n && TextChars.isEmojiBase(text.codePointAt(p + 1))) {
                    p += 1 + Character.charCount(text.codePointAt(p + 1));
                } else {
                    break;
                }
            }
            return p;
        }
    }
}
