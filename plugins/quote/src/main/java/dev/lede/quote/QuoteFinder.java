package dev.lede.quote;

import dev.lede.analyzer.Cancellation;
import dev.lede.annotation.Entity;
import dev.lede.annotation.Paragraph;
import dev.lede.annotation.Quote;
import dev.lede.annotation.QuoteKind;
import dev.lede.annotation.Sentence;
import dev.lede.annotation.Span;
import dev.lede.annotation.Speaker;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds the quotes of one document: direct quotes from quotation marks with their attribution, then reported
 * speech around cues in the sentences left over (mixed when it holds a quoted fragment). Quoted fragments that are
 * neither attributed nor part of reported speech are terms or scare quotes and are left out. Every step reads a
 * bounded window around a mark or a sentence, so the work is linear in the text length. Thread-safe.
 */
final class QuoteFinder {
    /** A quoted fragment with fewer words than this, and no attribution, is a term ("coalition of the willing"). */
    static final int MIN_UNATTRIBUTED_WORDS = 3;
    /** How far after a closing mark (in chars) the attribution is looked for. */
    private static final int AFTER_WINDOW = 300;
    /** How far before an opening mark (in chars) the attribution is looked for. */
    private static final int BEFORE_WINDOW = 400;

    private final QuoteMarkScanner scanner = new QuoteMarkScanner();
    private final AttributionGrammar attributions;
    private final ReportedSpeechGrammar reported;
    private final SpeakerPhrases phrases;

    private final CueLexicon cues;

    QuoteFinder(CueLexicon cues) {
        this.cues = cues;
        this.attributions = new AttributionGrammar(cues);
        this.reported = new ReportedSpeechGrammar(cues);
        this.phrases = new SpeakerPhrases(cues);
    }

    /** One direct quote being assembled: its marked parts and attribution. */
    private static final class Direct {
        final List<MarkedQuote> parts = new ArrayList<>();
        Attribution attribution;
        int unit;

        MarkedQuote first() {
            return parts.get(0);
        }

        MarkedQuote last() {
            return parts.get(parts.size() - 1);
        }
    }

    List<Quote> find(String text, List<Sentence> sentences, List<Paragraph> paragraphs, List<Entity> entities) {
        List<TranscriptLines.Line> transcript = TranscriptLines.find(text, paragraphs);
        List<MarkedQuote> marks = withoutTranscript(scanner.scan(text, paragraphs), transcript);
        List<Unit> units = SentenceUnits.build(text, sentences, paragraphs, marks);
        EntityIndex index = new EntityIndex(entities);
        DocumentWords lexed = new DocumentWords(text);
        if (units.isEmpty()) {
            return List.of();
        }
        List<Direct> directs = new ArrayList<>();
        List<MarkedQuote> fragments = new ArrayList<>();
        attributeMarks(text, lexed, marks, units, directs, fragments);

        List<Quote> out = new ArrayList<>();
        java.util.BitSet masks = new java.util.BitSet(text.length());
        Span[] unitSpeaker = new Span[units.size()];
        for (Direct d : directs) {
            for (MarkedQuote m : d.parts) {
                masks.set(m.open(), m.close());
            }
            if (d.attribution != null) {
                if (d.attribution.cue() != null) {
                    masks.set(d.attribution.cue().start(), d.attribution.cue().end());
                }
                if (d.attribution.speaker() != null && d.attribution.cue() != null) {
                    masks.set(d.attribution.speaker().start(), d.attribution.speaker().end());
                    unitSpeaker[unitOf(units, d.last().close() - 1)] = d.attribution.speaker();
                }
            }
        }

        // reported speech, sentence by sentence
        boolean[] absorbed = new boolean[fragments.size()];
        // a name in marks ("the striker \u201cThe Hammer\u201d") does not make a naming verb a report
        java.util.BitSet quotedWords = new java.util.BitSet(text.length());
        for (MarkedQuote m : fragments) {
            if (!titleCase(text, m)) {
                quotedWords.set(m.open(), m.close());
            }
        }
        int ff = 0;
        for (int u = 0; u < units.size(); u++) {
            Cancellation.check(); // once per sentence unit: an over-budget document stops here
            Unit unit = units.get(u);
            List<Word> ws = lexed.window(unit.start(), unit.end());
            while (ff < fragments.size() && fragments.get(ff).close() <= unit.start()) {
                ff++;
            }
            List<ReportedSpeech> found = reported.find(text, ws, w -> masks.get(ws.get(w).start()),
                    w -> quotedWords.get(ws.get(w).start()), unitSpeaker[u]);
            for (ReportedSpeech r : found) {
                QuoteKind kind = QuoteKind.INDIRECT;
                for (int f = ff; f < fragments.size() && fragments.get(f).open() < r.content().end(); f++) {
                    MarkedQuote m = fragments.get(f);
                    if (r.content().start() < m.close()) {
                        kind = QuoteKind.MIXED;
                        absorbed[f] = true;
                    }
                }
                out.add(new Quote(null, kind, r.content().start(), r.content().end(), r.content().text(), r.parts(),
                        speaker(text, r.speaker(), index), r.cue()));
            }
        }
        for (Direct d : directs) {
            out.add(direct(text, d, index));
        }
        for (TranscriptLines.Line line : transcript) {
            Span label = Span.of(text, line.labelStart(), line.labelEnd());
            out.add(new Quote(null, QuoteKind.DIRECT, line.start(), line.end(), text.substring(line.start(), line.end()),
                    List.of(), speaker(text, label, index), Span.of(text, line.colon(), line.colon() + 1)));
        }
        for (int f = 0; f < fragments.size(); f++) {
            MarkedQuote m = fragments.get(f);
            int what = absorbed[f] ? -1 : whatTheyCalled(lexed, units.get(unitOf(units, m.open())), m);
            if (what >= 0) {
                // "what she called a \u201crant\u201d": the speaker's word for it, with the speaker in the clause
                List<Word> ws = lexed.window(what, m.open());
                Span s = Span.of(text, ws.get(1).start(), ws.get(1).end());
                out.add(new Quote(null, QuoteKind.MIXED, what, m.close(), text.substring(what, m.close()), List.of(),
                        speaker(text, s, index), Span.of(text, ws.get(2).start(), ws.get(2).end())));
                continue;
            }
            if (absorbed[f] || termPosition(text, Math.max(0, m.open() - 40), m.open()) || titleCase(text, m)
                    || !hasLetter(text, m) || attributeValue(text, m)) {
                continue;
            }
            Unit unit = units.get(unitOf(units, m.open()));
            boolean quoted = words(text, m.contentStart(), m.contentEnd()) >= MIN_UNATTRIBUTED_WORDS
                    || cueOutside(lexed, unit, m);
            if (quoted) {
                List<Word> ws = lexed.window(unit.start(), m.open());
                int[] sp = phrases.subject(ws, 0, ws.size());
                Span s = sp == null ? null : Span.of(text, ws.get(sp[0]).start(), ws.get(sp[1] - 1).end());
                out.add(new Quote(null, QuoteKind.MIXED, m.open(), m.close(), text.substring(m.open(), m.close()),
                        List.of(), speaker(text, s, index), null));
            }
        }
        out.sort(Comparator.comparingInt(Quote::start).thenComparingInt(Quote::end));
        List<Quote> numbered = new ArrayList<>(out.size());
        for (Quote q : out) {
            numbered.add(new Quote("q" + (numbered.size() + 1), q.kind(), q.start(), q.end(), q.text(), q.parts(),
                    q.speaker(), q.cue()));
        }
        return numbered;
    }

    /** Marks that touch a transcript line are the site's decoration of the transcript, not quotes. */
    private static List<MarkedQuote> withoutTranscript(List<MarkedQuote> marks, List<TranscriptLines.Line> lines) {
        if (lines.isEmpty()) {
            return marks;
        }
        List<MarkedQuote> out = new ArrayList<>();
        int l = 0;
        for (MarkedQuote m : marks) {
            while (l < lines.size() && lines.get(l).end() <= m.open()) {
                l++;
            }
            boolean touches = l < lines.size() && lines.get(l).labelStart() - 2 <= m.close() - 1 && m.open() < lines.get(l).end() + 2;
            if (!touches) {
                out.add(m);
            }
        }
        return out;
    }

    /** Attributes every marked quote, joins split quotes, and sets aside the unattributed fragments. */
    private void attributeMarks(String text, DocumentWords lexed, List<MarkedQuote> marks, List<Unit> units, List<Direct> directs,
                                List<MarkedQuote> fragments) {
        Direct previous = null;
        for (int i = 0; i < marks.size(); i++) {
            MarkedQuote m = marks.get(i);
            int uOpen = unitOf(units, m.open());
            int uClose = unitOf(units, Math.max(m.open(), m.close() - 1));
            // the attribution grammar reads at most a couple of dozen words: a bounded window keeps this linear
            int afterEnd = Math.min(paragraphEnd(units, uClose), m.close() + AFTER_WINDOW);
            if (i + 1 < marks.size()) {
                afterEnd = Math.min(afterEnd, Math.max(m.close(), marks.get(i + 1).open()));
            }
            Unit openUnit = units.get(uOpen);
            int beforeStart = Math.max(openUnit.start(), m.open() - BEFORE_WINDOW);
            boolean initial = onlyPunctuation(text, openUnit.start(), m.open());

            // a quote resumed after its attribution: "We must act," he said, "and act now."
            if (previous != null && previous.attribution != null && continues(text, previous, m, units, uOpen)
                    && (initial || uOpen == unitOf(units, previous.attribution.end() - 1))) {
                Attribution own = attributions.after(text, lexed, m.close(), afterEnd);
                if (own == null) {
                    previous.parts.add(m);
                    continue;
                }
            }
            if (termPosition(text, openUnit.start(), m.open())) {
                fragments.add(m); // "on CBS's \"Face the Nation,\"", "a \u201ccoalition of the willing\u201d"
                continue;
            }
            // a quotation inside a sentence that ends the sentence ("... is \u201ca disgrace.\u201d She said ...")
            // is followed by a new sentence, not by its attribution
            boolean embedded = !initial && wordBefore(text, openUnit.start(), m.open()) && endsInsideMarks(text, m);
            Attribution a = embedded ? null : attributions.after(text, lexed, m.close(), afterEnd);
            if (a == null) {
                a = attributions.before(text, lexed, beforeStart, m.open());
            }
            if (a == null && initial && uOpen > 0 && units.get(uOpen - 1).paragraph() == openUnit.paragraph() - 1
                    && endsWithColon(text, units.get(uOpen - 1))) {
                Unit prev = units.get(uOpen - 1);
                a = attributions.before(text, lexed, prev.start(), prev.end());
            }
            int words = words(text, m.contentStart(), m.contentEnd());
            if (a == null && words >= 3 && colonBefore(text, openUnit.start(), m.open())) {
                // "The message was simple: \"...\"": the subject of the sentence speaks
                List<Word> ws = lexed.window(openUnit.start(), m.open());
                int[] sp = phrases.subject(ws, 0, ws.size());
                if (sp != null) {
                    a = new Attribution(Span.of(text, ws.get(sp[0]).start(), ws.get(sp[1] - 1).end()), null, m.open());
                }
            }
            if (a == null && initial && words >= 3) {
                // a follow-on quote paragraph belongs to the quote before it and keeps its speaker; else the
                // speaker is the one named in the sentence before
                if (previous != null && previous.attribution != null
                        && openUnit.paragraph() == units.get(previous.unit).paragraph()) {
                    a = new Attribution(previous.attribution.speaker(), null, m.open());
                } else if (previous != null && previous.attribution != null
                        && openUnit.paragraph() - units.get(previous.unit).paragraph() == 1
                        && previous.last().close() >= units.get(previous.unit).start()) {
                    previous.parts.add(m);
                    previous.unit = uClose;
                    continue;
                } else if (uOpen > 0) {
                    Unit prev = units.get(uOpen - 1);
                    List<Word> ws = lexed.window(prev.start(), prev.end());
                    int[] sp = phrases.subject(ws, 0, ws.size());
                    Span s = sp == null ? null : Span.of(text, ws.get(sp[0]).start(), ws.get(sp[1] - 1).end());
                    a = new Attribution(s, null, m.open());
                } else {
                    a = new Attribution(null, null, m.open());
                }
            }
            if (a == null) {
                fragments.add(m);
                continue;
            }
            Direct d = new Direct();
            d.parts.add(m);
            d.attribution = a;
            d.unit = uClose;
            directs.add(d);
            previous = d;
        }
    }

    /** True when {@code m} resumes {@code previous}: only its attribution stands between them, same paragraph. */
    private static boolean continues(String text, Direct previous, MarkedQuote m, List<Unit> units, int uOpen) {
        MarkedQuote last = previous.last();
        if (units.get(uOpen).paragraph() != units.get(unitOf(units, Math.max(last.open(), last.close() - 1))).paragraph()) {
            return false;
        }
        if (previous.attribution.cue() == null || previous.attribution.end() < last.close()) {
            return false;
        }
        int attrUnit = unitOf(units, previous.attribution.end() - 1);
        if (uOpen > attrUnit + 1) {
            return false;
        }
        // nothing between the attribution and the next mark but the rest of the attribution's sentence
        return uOpen == attrUnit + 1 || uOpen == attrUnit
                && text.substring(previous.attribution.end(), m.open()).strip().length() <= 2;
    }

    /** The end of the paragraph of unit {@code u}: an attribution may follow a quote in the next "sentence". */
    private static int paragraphEnd(List<Unit> units, int u) {
        int p = units.get(u).paragraph();
        while (u + 1 < units.size() && units.get(u + 1).paragraph() == p) {
            u++;
        }
        return units.get(u).end();
    }

    /** The quotation continues a clause: a word, not punctuation, stands right before its opening mark. */
    private static boolean wordBefore(String text, int from, int open) {
        int i = open - 1;
        while (i >= from && Character.isWhitespace(text.charAt(i))) {
            if (text.charAt(i) == '\n') {
                return false; // a line break: the quotation starts a line of its own
            }
            i--;
        }
        return i >= from && Character.isLetterOrDigit(text.charAt(i));
    }

    private static boolean endsInsideMarks(String text, MarkedQuote m) {
        int last = m.contentEnd() - 1;
        return m.closed() && last >= m.contentStart() && ".!?".indexOf(text.charAt(last)) >= 0;
    }

    private static boolean onlyPunctuation(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean colonBefore(String text, int from, int open) {
        int i = open - 1;
        while (i >= from && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        return i >= from && text.charAt(i) == ':';
    }

    private static boolean endsWithColon(String text, Unit u) {
        return text.charAt(u.end() - 1) == ':';
    }

    /** Words in {@code [from, to)}, counted up to {@code cap} (callers only compare with small thresholds). */
    private static int words(String text, int from, int to) {
        final int cap = 16;
        int n = 0;
        boolean inWord = false;
        for (int i = from; i < to && n < cap; i++) {
            boolean letter = Character.isLetterOrDigit(text.charAt(i));
            if (letter && !inWord) {
                n++;
            }
            inWord = letter || inWord && (text.charAt(i) == '\'' || text.charAt(i) == '\u2019');
        }
        return n;
    }

    private Quote direct(String text, Direct d, EntityIndex index) {
        int start = d.first().open();
        int end = d.last().close();
        List<Span> parts = new ArrayList<>();
        if (d.parts.size() > 1) {
            for (MarkedQuote m : d.parts) {
                parts.add(Span.of(text, m.open(), m.close()));
            }
        }
        Attribution a = d.attribution;
        return new Quote(null, QuoteKind.DIRECT, start, end, text.substring(start, end), parts,
                a == null ? null : speaker(text, a.speaker(), index), a == null ? null : a.cue());
    }

    private static final java.util.Set<String> RELATIVES = java.util.Set.of("who", "which", "that");

    private static Speaker speaker(String text, Span span, EntityIndex index) {
        if (span == null) {
            return null;
        }
        Entity e = index.at(span.start(), span.end());
        if (e == null && RELATIVES.contains(span.text().toLowerCase(java.util.Locale.ROOT))) {
            e = index.antecedent(span.start(), 40); // "Rutte, who said ..." speaks for Rutte
        }
        return new Speaker(span.start(), span.end(), span.text(), e == null ? null : e.id(), e == null ? null : e.name());
    }

    /**
     * Whether a quoted fragment outside any attribution is somebody's words rather than a term, a title or a scare
     * quote: at least {@value #MIN_UNATTRIBUTED_WORDS} words, not Title Case, and not a noun phrase introduced by
     * an article ("a “coalition of the willing”").
     */
    static boolean speechFragment(String text, MarkedQuote m) {
        if (words(text, m.contentStart(), m.contentEnd()) < MIN_UNATTRIBUTED_WORDS || titleCase(text, m)) {
            return false;
        }
        return !termPosition(text, Math.max(0, m.open() - 40), m.open());
    }

    /**
     * A short fragment is somebody's word, not a term, when its sentence has a reporting cue outside it ("Trump
     * called the deal \u201cterrible\u201d"): the cue names a speaker even where the grammar found no full report.
     */
    private boolean cueOutside(DocumentWords lexed, Unit unit, MarkedQuote m) {
        List<Word> ws = lexed.window(unit.start(), unit.end());
        for (int i = 0; i < ws.size(); i++) {
            Word w = ws.get(i);
            if (w.start() >= m.open() && w.start() < m.close()) {
                continue;
            }
            CueLexicon.Match c = cues.at(ws, i);
            if (c != null && c.cueClass() != CueClass.SOURCE && !w.isCapitalised()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The start of "what X called" right before a quoted fragment ("what she called a \u201crant\u201d", "what the
     * mayor calls \u201cthe plan\u201d"), or -1. X is a pronoun or a name of up to three words.
     */
    private int whatTheyCalled(DocumentWords lexed, Unit unit, MarkedQuote m) {
        List<Word> ws = lexed.window(Math.max(unit.start(), m.open() - 80), m.open());
        int k = ws.size() - 1;
        // up to a few words of the named thing stand before the marks ("what they call Smith's \u201cmessage\u201d")
        while (k >= 2 && k >= ws.size() - 5 && !ws.get(k).lower().startsWith("call") && !ws.get(k).isPunct()) {
            k--;
        }
        if (k < 2 || !ws.get(k).lower().startsWith("call")) {
            return -1;
        }
        for (int w = k - 1; w >= 1 && w >= k - 3; w--) {
            Word speaker = ws.get(w);
            if (!SpeakerPhrases.PRONOUNS.contains(speaker.lower()) && !SpeakerPhrases.nameWord(speaker)) {
                return -1;
            }
            if (ws.get(w - 1).is("what")) {
                return ws.get(w - 1).start();
            }
        }
        return -1;
    }

    /** A value in markup left in the text (author="...", pic="..."): no one's words. */
    private static boolean attributeValue(String text, MarkedQuote m) {
        int i = m.open() - 1;
        while (i >= 0 && text.charAt(i) == ' ') {
            i--;
        }
        return i >= 0 && text.charAt(i) == '=';
    }

    /** Digits or symbols only ("783492272595750912" in markup) are no one's words. */
    private static boolean hasLetter(String text, MarkedQuote m) {
        for (int i = m.contentStart(); i < m.contentEnd(); i++) {
            if (Character.isLetter(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** More than half the words capitalised: a name or title ("The Long Road Home"), not speech. */
    static boolean titleCase(String text, MarkedQuote m) {
        int words = 0;
        int capitalised = 0;
        boolean inWord = false;
        for (int i = m.contentStart(); i < m.contentEnd(); i++) {
            char c = text.charAt(i);
            boolean letter = Character.isLetterOrDigit(c);
            if (letter && !inWord) {
                words++;
                capitalised += Character.isUpperCase(c) ? 1 : 0;
            }
            inWord = letter;
        }
        return capitalised * 2 > words;
    }

    private static final java.util.Set<String> TERM_LEADS = java.util.Set.of("the", "a", "an", "of", "on", "in",
            "at", "from", "by", "with", "for", "about", "his", "her", "their", "its", "our", "my", "your", "this",
            "these", "those", "so-called", "called", "dubbed", "named", "titled", "entitled", "word", "words", "term",
            "phrase", "slogan");

    /** True when the word before an opening mark makes the quotation a name or term (article, preposition, ...). */
    static boolean termPosition(String text, int from, int open) {
        int b = open - 1;
        while (b >= from && Character.isWhitespace(text.charAt(b))) {
            b--;
        }
        int e = b + 1;
        while (b >= from && (Character.isLetter(text.charAt(b)) || text.charAt(b) == '-' || text.charAt(b) == '\''
                || text.charAt(b) == '\u2019')) {
            b--;
        }
        if (e == b + 1) {
            return false;
        }
        String before = text.substring(b + 1, e).toLowerCase(java.util.Locale.ROOT).replace('\u2019', '\'');
        return TERM_LEADS.contains(before) || before.endsWith("'s");
    }

    /** Index of the unit holding {@code offset} (or the last one starting before it). */
    static int unitOf(List<Unit> units, int offset) {
        int lo = 0;
        int hi = units.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (units.get(mid).start() <= offset) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }
}
