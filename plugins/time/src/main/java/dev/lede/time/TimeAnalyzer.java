package dev.lede.time;

import dev.lede.analyzer.Analyzer;
import dev.lede.annotation.Sentence;
import dev.lede.document.AnnotatedDocument;
import dev.lede.document.Layers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the dates, times, durations and sets of a document and resolves them against its reference date: cuts the
 * text into pieces, lets the {@link Grammar} try the pieces that can open an expression, and resolves each match in
 * its clause's tense.
 */
final class TimeAnalyzer implements Analyzer {
    private final PieceScanner scanner;
    private final TenseReader tenses;
    private final GrammarOptions options;

    TimeAnalyzer(Lexicon lexicon, TenseReader tenses, GrammarOptions options) {
        this.scanner = new PieceScanner(lexicon);
        this.tenses = tenses;
        this.options = options;
    }

    @Override
    public void analyze(AnnotatedDocument doc) {
        String metadataDate = doc.document().metadata().date();
        LocalDate reference = ReferenceDate.of(metadataDate, doc.layer(Layers.DATELINE));
        java.time.LocalTime time = ReferenceDate.parse(metadataDate) != null ? ReferenceDate.timeOf(metadataDate) : null;
        doc.put(TimeAnalyzerProvider.TIMES, find(doc.text(), doc.layer(Layers.SENTENCES), new Anchor(reference, time)));
    }

    List<TimeExpression> find(String text, List<Sentence> sentences, LocalDate reference) {
        return find(text, sentences, new Anchor(reference));
    }

    private List<TimeExpression> find(String text, List<Sentence> sentences, Anchor anchor) {
        List<Piece> pieces = scanner.scan(text);
        int[] sentenceOf = sentenceIndex(pieces, sentences);
        int[] sentenceFirst = new int[pieces.size()];
        int[] sentenceEnd = new int[pieces.size()];
        for (int k = 0; k < pieces.size(); k++) {
            sentenceFirst[k] = k > 0 && sentenceOf[k - 1] == sentenceOf[k] ? sentenceFirst[k - 1] : k;
        }
        for (int k = pieces.size() - 1; k >= 0; k--) {
            sentenceEnd[k] = k + 1 < pieces.size() && sentenceOf[k + 1] == sentenceOf[k] ? sentenceEnd[k + 1] : k + 1;
        }
        Grammar grammar = new Grammar(pieces, options);
        List<TimeExpression> out = new ArrayList<>();
        Cal lastDay = null;
        Cal lastQuarter = null;
        Cal lastDated = null;
        int i = 0;
        while (i < pieces.size()) {
            if ((i & 1023) == 0 && Thread.currentThread().isInterrupted()) {
                throw new IllegalStateException("interrupted");
            }
            if (!Starters.canStart(pieces, i)) {
                i++;
                continue;
            }
            Grammar.Parse parse = grammar.parseAt(i);
            if (parse == null || insideIdentifier(pieces, parse)) {
                i++;
                continue;
            }
            Tense tense = tenses.tense(pieces, parse.from(), parse.to(), sentenceFirst[parse.from()],
                    sentenceEnd[parse.from()]);
            Context context = new Context(anchor, tense, lastDay, lastQuarter, lastDated);
            Meaning.Value value = parse.meaning().resolve(context);
            if (value.timex() != null) {
                int start = pieces.get(parse.from()).start();
                int end = pieces.get(parse.to() - 1).end();
                out.add(new TimeExpression(start, end, text.substring(start, end), value.type(), value.timex(),
                        parse.mod(), value.unanchored() ? Boolean.TRUE : null));
                Cal cal = calOf(parse.meaning(), context);
                if (cal != null && cal.isFullDay()) {
                    lastDay = cal;
                }
                if (cal != null && cal.year() != Cal.UNKNOWN && !anaphoric(parse.meaning())) {
                    lastDated = cal;
                }
                if (cal != null && cal.grain() == Grain.QUARTER && cal.year() != Cal.UNKNOWN && cal.part() > 0
                        && !anaphoric(parse.meaning())) {
                    lastQuarter = cal;
                }
            }
            i = parse.to();
        }
        return out;
    }

    private static boolean anaphoric(Meaning m) {
        return m instanceof Meaning.Dated d && d.date() != null && d.date().anaphoric();
    }

    /** The calendar value a dated expression names (later bare clock times and quarters refer back to it). */
    private static Cal calOf(Meaning m, Context c) {
        if (m instanceof Meaning.Dated d && d.date() != null) {
            return d.date().cal(c);
        }
        if (m instanceof Meaning.EndOf e) {
            return e.date().cal(c);
        }
        return null;
    }

    /** A match glued to letters or digits on either side is part of a code or an address ("cc23-413d"), not a time. */
    private static boolean insideIdentifier(List<Piece> pieces, Grammar.Parse parse) {
        int from = parse.from();
        int to = parse.to();
        Piece first = pieces.get(from);
        if (from > 0 && !first.spaceBefore()) {
            Piece before = pieces.get(from - 1);
            if (before.kind() != Piece.Kind.PUNCT) {
                return true;
            }
            // "82-2100", "+86 2010-2015-86": digits joined by dashes or slashes are a number, not a date
            if ((before.is("-") || before.is("/")) && from > 1 && !before.spaceBefore()
                    && pieces.get(from - 2).isNumber()) {
                return true;
            }
        }
        if (to < pieces.size()) {
            Piece after = pieces.get(to);
            if (!after.spaceBefore() && after.kind() != Piece.Kind.PUNCT) {
                return true;
            }
            if (!after.spaceBefore() && (after.is("-") || after.is("/")) && to + 1 < pieces.size()
                    && pieces.get(to + 1).isNumber() && !pieces.get(to + 1).spaceBefore()) {
                return true;
            }
        }
        return false;
    }

    private static int[] sentenceIndex(List<Piece> pieces, List<Sentence> sentences) {
        int[] of = new int[pieces.size()];
        int s = 0;
        for (int i = 0; i < pieces.size(); i++) {
            int start = pieces.get(i).start();
            while (s < sentences.size() - 1 && sentences.get(s).end() <= start) {
                s++;
            }
            of[i] = s;
        }
        return of;
    }

}
