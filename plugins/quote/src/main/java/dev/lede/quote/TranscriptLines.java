package dev.lede.quote;

import dev.lede.annotation.Paragraph;

import java.util.ArrayList;
import java.util.List;

/**
 * Interview transcripts: paragraphs that open with a speaker label in capitals and a colon ("WALLACE: Do you ...",
 * "Q: ..."). The label is the speaker, not a quote; the rest of the paragraph is what the speaker said. A quotation
 * mark some sites put before each transcript paragraph is skipped.
 */
final class TranscriptLines {
    /** A transcript line: label {@code [labelStart, labelEnd)} and the words {@code [start, end)}. */
    record Line(int labelStart, int labelEnd, int colon, int start, int end) {
    }

    private static final int MAX_LABEL = 30;
    /** Capitalised labels that head a paragraph without naming a speaker. */
    private static final java.util.Set<String> NOT_SPEAKERS = java.util.Set.of("UPDATE", "UPDATED", "NOTE",
            "EDITOR'S NOTE", "CORRECTION", "WATCH", "READ", "READ MORE", "RELATED", "PHOTOS", "VIDEO", "BREAKING",
            "ALSO", "SEE", "MORE", "SOURCE", "SOURCES", "AP", "PS", "P.S.", "CLARIFICATION", "DISCLOSURE",
            "DISCLAIMER", "NOTE TO READERS", "FULL DISCLOSURE", "WARNING", "SPOILER", "TIP", "TL;DR");

    private TranscriptLines() {
    }

    static List<Line> find(String text, List<Paragraph> paragraphs) {
        List<Line> out = new ArrayList<>();
        for (Paragraph para : paragraphs) {
            // a transcript may come one turn per line inside a paragraph
            for (int lineStart = para.start(); lineStart < para.end(); ) {
                int lineEnd = text.indexOf('\n', lineStart);
                lineEnd = lineEnd < 0 || lineEnd > para.end() ? para.end() : lineEnd;
                Line line = line(text, new Paragraph(lineStart, lineEnd));
                if (line != null) {
                    out.add(line);
                }
                lineStart = lineEnd + 1;
            }
        }
        return out;
    }

    private static Line line(String text, Paragraph p) {
        int i = p.start();
        while (i < p.end() && (Character.isWhitespace(text.charAt(i)) || "\"\u201c\u201d".indexOf(text.charAt(i)) >= 0)) {
            i++;
        }
        int labelStart = i;
        int letters = 0;
        while (i < p.end() && i - labelStart <= MAX_LABEL) {
            char c = text.charAt(i);
            if (Character.isUpperCase(c)) {
                letters++;
            } else if (c != ' ' && c != '.' && c != '\'' && c != '-' && c != '\u2019') {
                break;
            }
            i++;
        }
        if (letters == 0 || i >= p.end() || text.charAt(i) != ':' || i - labelStart > MAX_LABEL) {
            return null;
        }
        int colon = i;
        if (NOT_SPEAKERS.contains(text.substring(labelStart, colon).strip().replace('\u2019', '\''))) {
            return null;
        }
        int start = SentenceUnits.skipSpace(text, colon + 1, p.end());
        int end = SentenceUnits.trimEnd(text, start, p.end());
        while (end > start && "\"\u201d".indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        if (end - start < 2) {
            return null;
        }
        return new Line(labelStart, SentenceUnits.trimEnd(text, labelStart, colon), colon, start, end);
    }
}
