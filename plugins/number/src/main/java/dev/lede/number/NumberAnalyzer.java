package dev.lede.number;

import dev.lede.analyzer.Analyzer;
import dev.lede.annotation.NumberMention;
import dev.lede.annotation.Token;
import dev.lede.document.AnnotatedDocument;
import dev.lede.document.Layers;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds numbers, amounts, percentages and quantities. A cheap pre-filter keeps it fast: only the tokens that contain a
 * digit, a number word or a fraction character start work, and only the text around them is scanned (a window of
 * tokens on each side, merged when windows overlap). Stateless and thread-safe.
 */
public final class NumberAnalyzer implements Analyzer {

    /** Tokens of context scanned on each side of a candidate token (qualifiers before, units and ranges after). */
    private static final int BEFORE = 6;
    private static final int AFTER = 14;
    /** Longest number word ("twentyseventh") plus room for a hyphenated token. */
    private static final int LONGEST_WORD_TOKEN = 40;
    /**
     * Letters a number word can start with (zero, one, two, first, eight, nine, hundred, million, billion, lakh,
     * crore, koti, dozen, quarter, half, couple...).
     */
    private static final String INITIALS = "zotfsenhmblckdqZOTFSENHMBLCKDQ";

    private final NumberGrammar grammar;
    private final NumberWords words = NumberWords.get();

    /** With every rule pass on. */
    public NumberAnalyzer() {
        this(NumberRules.ALL);
    }

    public NumberAnalyzer(NumberRules rules) {
        this.grammar = new NumberGrammar(rules);
    }

    @Override
    public void analyze(AnnotatedDocument doc) {
        doc.put(Layers.NUMBERS, find(doc.text(), doc.layer(Layers.TOKENS)));
    }

    /** The numbers of {@code text}, using {@code tokens} only to find where to look. */
    public List<NumberMention> find(String text, List<Token> tokens) {
        List<NumberMention> out = new ArrayList<>();
        int n = tokens.size();
        int regionStart = -1;
        int regionEnd = -1;
        for (int i = 0; i < n; i++) {
            if (!isCandidate(text, tokens.get(i))) {
                continue;
            }
            int s = tokens.get(Math.max(0, i - BEFORE)).start();
            int e = tokens.get(Math.min(n - 1, i + AFTER)).end();
            if (regionStart >= 0 && s <= regionEnd) {
                regionEnd = Math.max(regionEnd, e);
            } else {
                if (regionStart >= 0) {
                    scan(text, regionStart, regionEnd, out);
                }
                regionStart = s;
                regionEnd = e;
            }
        }
        if (regionStart >= 0) {
            scan(text, regionStart, regionEnd, out);
        }
        if (tokens.isEmpty() && !text.isEmpty()) {
            scan(text, 0, text.length(), out); // no token layer (a bare call): scan everything
        }
        return out;
    }

    private void scan(String text, int from, int to, List<NumberMention> out) {
        if (Thread.currentThread().isInterrupted()) {
            // the pipeline interrupts a document over its time budget
            throw new java.util.concurrent.CancellationException("number analysis interrupted");
        }
        List<Lexeme> lx = Lexer.lex(text, from, to);
        int floor = 0;
        // a region may start inside a previous mention's span when windows were scanned separately
        int lastEnd = out.isEmpty() ? -1 : out.get(out.size() - 1).end();
        while (floor < lx.size() && lx.get(floor).start() < lastEnd) {
            floor++;
        }
        int i = floor;
        while (i < lx.size()) {
            if (!grammar.startsNumber(lx, i)) {
                i++;
                continue;
            }
            NumberGrammar.Result r = grammar.parse(text, lx, i, floor);
            if (r.mention() != null) {
                out.add(r.mention());
                floor = r.next();
            }
            i = Math.max(i + 1, r.next());
            if (r.mention() == null) {
                floor = Math.max(floor, Math.min(i, r.next()));
            }
        }
    }

    private boolean isCandidate(String text, Token t) {
        int s = t.start();
        int e = t.end();
        for (int k = s; k < e; k++) {
            char c = text.charAt(k);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        if (e - s == 1 && !Double.isNaN(DigitLiteral.vulgar(new Lexeme(s, e, Lexeme.Kind.SYMBOL, text.substring(s, e),
                text.substring(s, e), 0)))) {
            return true;
        }
        char c0 = text.charAt(s);
        if (e - s < 2 || e - s > LONGEST_WORD_TOKEN || INITIALS.indexOf(c0) < 0) {
            return false;
        }
        // number words, also inside hyphenated tokens ("twenty-five") a tokenizer may keep whole
        int k = s;
        while (k < e) {
            int w = k;
            while (w < e && Character.isLetter(text.charAt(w))) {
                w++;
            }
            if (w > k && isNumberWord(text.substring(k, w).toLowerCase(java.util.Locale.ROOT))) {
                return true;
            }
            k = w + 1;
        }
        return false;
    }

    private boolean isNumberWord(String lower) {
        return words.contains(lower) || EventCounts.isAdverb(lower);
    }
}
