package dev.lede.quote;

import dev.lede.annotation.Span;

import java.util.List;

/**
 * Reads the attribution beside a quotation: after it ({@code ," Zelensky said.}, {@code ," said Rutte.},
 * {@code " ― Jane Doe}) or before it ({@code Zelensky said: "}, {@code noting: "}, {@code According to X, "}).
 */
final class AttributionGrammar {
    private final CueLexicon cues;
    private final SpeakerPhrases phrases;

    AttributionGrammar(CueLexicon cues) {
        this.cues = cues;
        this.phrases = new SpeakerPhrases(cues);
    }

    /** The attribution in {@code [from, to)}, the text right after a closing mark. */
    Attribution after(String text, DocumentWords words, int from, int to) {
        List<Word> ws = words.window(from, to);
        int n = ws.size();
        int i = 0;
        while (i < n && (ws.get(i).is(",") || ws.get(i).is("(") )) {
            i++;
        }
        if (i >= n) {
            return null;
        }
        Word first = ws.get(i);
        if ("\u2015\u2014\u2013-".contains(first.text())) {
            int[] sp = phrases.after(ws, i + 1, n);
            if (sp != null && sp[0] == i + 1 && (sp[1] == n || ws.get(sp[1]).is(",") || ws.get(sp[1]).isPunct())) {
                return attribution(text, ws, sp, i, i + 1);
            }
            return null;
        }
        if (first.isPunct() && !first.is(",")) {
            return null; // the sentence ended: "..." The next one is not an attribution
        }
        CueLexicon.Match c = cues.at(ws, i);
        if (c != null) {
            int[] sp = phrases.after(ws, c.to(), n);
            if (sp == null) {
                return null;
            }
            return attribution(text, ws, sp, c.from(), c.to());
        }
        int[] sp = phrases.after(ws, i, n);
        if (sp == null) {
            return null;
        }
        boolean appositive = sp[1] < n && ws.get(sp[1]).is(",");
        for (int j = sp[1]; j < n && j < i + 24; j++) {
            Word w = ws.get(j);
            if (w.is(".") || w.is("!") || w.is("?") || w.is(";")) {
                return null;
            }
            c = cues.at(ws, j);
            if (c == null || c.cueClass() == CueClass.SOURCE || w.isCapitalised()) {
                continue;
            }
            if (SpeakerPhrases.passive(ws, j, sp[1])) {
                return null;
            }
            int k = SpeakerPhrases.skipBack(ws, j, sp[1]);
            boolean adjacent = k == sp[1] || appositive && ws.get(k - 1).is(",");
            if (adjacent && quoteEndsSentence(text, from) && reportFollows(ws, c.to(), n)) {
                return null; // "...timing." Gov. Smith said it would be improper: a new sentence, not an attribution
            }
            return adjacent ? attribution(text, ws, sp, c.from(), c.to()) : null;
        }
        return null;
    }

    /** True when the quotation closing at {@code close} ends with a full stop, question or exclamation mark. */
    private static boolean quoteEndsSentence(String text, int close) {
        int i = close - 1;
        while (i > 0 && "\"'\u201d\u2019\u00bb".indexOf(text.charAt(i)) >= 0) {
            i--;
        }
        return i >= 0 && ".!?".indexOf(text.charAt(i)) >= 0;
    }

    /** More than a few words follow the cue before the sentence ends: they are reported content of their own. */
    private static boolean reportFollows(List<Word> ws, int from, int n) {
        if (from < n && ws.get(from).isPunct()) {
            return false; // "she said, but ..."
        }
        int words = 0;
        for (int k = from; k < n; k++) {
            Word w = ws.get(k);
            if (w.is(".") || w.is("!") || w.is("?")) {
                break;
            }
            if (w.is("that")) {
                return true;
            }
            words += w.isPunct() ? 0 : 1;
        }
        return words > 5;
    }

    /** The attribution in {@code [from, to)}, the text of the sentence before an opening mark. */
    Attribution before(String text, DocumentWords words, int from, int to) {
        List<Word> ws = words.window(from, to);
        int n = ws.size();
        if (n == 0) {
            return null;
        }
        int k = n;
        Word last = ws.get(n - 1);
        boolean marked = last.is(":") || last.is(",");
        if (marked) {
            k = n - 1;
        } else if (last.isPunct()) {
            return null;
        }
        int reach = marked ? 7 : 2;
        for (int j = k - 1; j >= 0 && j >= k - reach; j--) {
            CueLexicon.Match c = cues.at(ws, j);
            if (c == null || c.to() > k) {
                continue;
            }
            if (c.cueClass() == CueClass.SOURCE) {
                int[] sp = phrases.after(ws, c.to(), k);
                return sp == null ? null : attribution(text, ws, sp, c.from(), c.to());
            }
            if (!marked && !(c.to() == k || c.to() == k - 1 && ws.get(k - 1).is("that"))) {
                return null;
            }
            if (SpeakerPhrases.passive(ws, j, 0)) {
                return null;
            }
            int[] sp = phrases.before(ws, j, 0);
            if (sp == null && (ws.get(j).lower().endsWith("ing") || j > 0 && ws.get(j - 1).is(","))) {
                sp = phrases.subject(ws, 0, j);
            }
            if (sp == null && !marked) {
                return null;
            }
            return attribution(text, ws, sp, c.from(), c.to());
        }
        return null;
    }

    private static Attribution attribution(String text, List<Word> ws, int[] sp, int cueFrom, int cueTo) {
        Span cue = Span.of(text, ws.get(cueFrom).start(), ws.get(cueTo - 1).end());
        Span speaker = sp == null ? null : Span.of(text, ws.get(sp[0]).start(), ws.get(sp[1] - 1).end());
        int end = Math.max(cue.end(), speaker == null ? 0 : speaker.end());
        return new Attribution(speaker, cue, end);
    }
}
