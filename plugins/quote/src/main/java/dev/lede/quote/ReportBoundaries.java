package dev.lede.quote;

import java.util.List;
import java.util.Set;

/**
 * Where reported content ends: at a clause break (";", a dash, ", including", ", but"), at the comma closing a
 * subordinate clause, where another speaker or a new clause with its own finite verb begins ("..., and Republicans
 * want"), or where only an occasion or a time follows the cue ("..., officials said on Monday."). The grammar asks
 * these questions of the words of one sentence; keeping them apart keeps the grammar to the constructions.
 */
final class ReportBoundaries {
    private final CueLexicon cues;
    private final SpeakerPhrases phrases;

    ReportBoundaries(CueLexicon cues, SpeakerPhrases phrases) {
        this.cues = cues;
        this.phrases = phrases;
    }

    static final Set<String> CONTRASTS = Set.copyOf(List.of("but", "though", "although", "while", "whereas",
            "yet"));

    static final Set<String> SUBORDINATORS = Set.copyOf(List.of("although", "though", "while", "because",
            "as", "if", "when", "after", "before", "since", "whereas", "despite", "lest", "unless"));

    /** After a comma, these open an appositive or an adverbial that reported content rarely runs into. */
    private static final Set<String> APPOSITION_STARTS = Set.copyOf(List.of("including", "which", "where", "when", "the", "a", "an",
            "in", "on", "at", "after", "before", "as", "with", "for"));

    static final Set<String> OCCASION_PREPOSITIONS = Set.copyOf(List.of("in", "at", "on", "during", "since",
            "via", "through"));

    private static final Set<String> OCCASIONS = Set.copyOf(List.of("statement", "statements", "interview",
            "interviews", "speech", "speeches", "rally", "rallies", "conference", "briefing", "hearing", "debate",
            "event", "appearance", "tweet", "tweets", "post", "posts", "op-ed", "email", "memo", "remarks",
            "address", "forum", "town", "meeting", "visit", "trip", "stop", "broadcast", "show", "podcast",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "morning", "afternoon",
            "evening", "night", "weekend", "yesterday", "today", "recent"));

    /** A prepositional phrase telling the occasion of the report ("in a statement", "during Monday's debate"). */
    static boolean occasion(List<Word> ws, int k, int to) {
        if (!OCCASION_PREPOSITIONS.contains(ws.get(k).lower())) {
            return false;
        }
        for (int j = k + 1; j < to && j <= k + 4; j++) {
            String w = ws.get(j).lower();
            if (OCCASIONS.contains(w) || w.endsWith("'s") && OCCASIONS.contains(w.substring(0, w.length() - 2))) {
                return true;
            }
            if (ws.get(j).isPunct()) {
                return false;
            }
        }
        return ws.get(k).is("during") || ws.get(k).is("since");
    }

    static final Set<String> TAIL_WORDS = Set.copyOf(List.of("on", "in", "at", "last", "this", "during",
            "a", "an", "the", "week", "month", "year", "again", "too", "also", "recently", "earlier", "later",
            "privately", "publicly", "repeatedly", "previously", "then", "now", "today", "yesterday", "tonight",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "morning", "night",
            "afternoon", "evening", "weekend", "statement", "interview", "of", "to", "reporters", "journalists"));

    /** Only an occasion or a time follows the cue ("..., officials said on Monday."): the content came before. */
    static boolean adverbialTail(List<Word> ws, int from, int end) {
        if (from >= end || occasion(ws, from, end)) {
            return true;
        }
        for (int k = from; k < end; k++) {
            Word w = ws.get(k);
            if (!w.isPunct() && !TAIL_WORDS.contains(w.lower()) && !w.isCapitalised() && !Character.isDigit(w.text().charAt(0))) {
                return false;
            }
        }
        return true;
    }

    static boolean clauseBreak(List<Word> ws, int k, int to) {
        Word w = ws.get(k);
        if (ReportedSpeechGrammar.isQuoteMark(w) && ws.get(k - 1).is(",")) {
            w = ws.get(k - 1); // ",\u201d but ...": the comma inside the closing mark
        }
        if (w.is(";") || w.is("\u2014") || w.is("\u2013") || w.is("\u2015")
                || w.is("-") && k + 1 < to && ws.get(k + 1).is("-")) {
            return true;
        }
        if (w.is(",") && k + 1 < to && APPOSITION_STARTS.contains(ws.get(k + 1).lower())) {
            return true;
        }
        if (w.is(",") && k + 1 < to && CONTRASTS.contains(ws.get(k + 1).lower())) {
            return true;
        }
        // ", implicitly putting his name on the line": a participle clause about the speaker, not the report
        int j = k + 1;
        if (w.is(",") && j < to && ws.get(j).lower().endsWith("ly") && !ws.get(j).isCapitalised()) {
            j++;
        }
        if (!(w.is(",") && j < to && ws.get(j).lower().length() > 5 && ws.get(j).lower().endsWith("ing")
                && !ws.get(j).isCapitalised())) {
            return false;
        }
        for (int x = j + 1; x + 1 < to; x++) {
            if ((ws.get(x).is("and") || ws.get(x).is("or")) && ws.get(x + 1).lower().endsWith("ing")) {
                return false; // "uniting Europe, ramping up production, and expanding ...": a list, one report
            }
        }
        return true;
    }

    /** In "Although X admitted Y, Z ...", the report ends at the comma that closes the subordinate clause. */
    static int subordinateEnd(List<Word> ws, int cue, int to) {
        int first = 0;
        while (first < cue && (ws.get(first).isPunct() || ws.get(first).is("and") || ws.get(first).is("but"))) {
            first++; // "And while Trump has railed against ..., he ..."
        }
        if (first >= cue || !SUBORDINATORS.contains(ws.get(first).lower())) {
            return to;
        }
        for (int k = 0; k < cue; k++) {
            if (ws.get(k).is(",")) {
                return to; // the clause closed before the cue
            }
        }
        for (int k = cue; k < to; k++) {
            if (ws.get(k).is(",")) {
                return k;
            }
        }
        return to;
    }

    /** A new subject with a reporting verb of its own starts at word {@code k} ("Democrats accused", "she said"). */
    boolean otherSpeaker(List<Word> ws, int k, int to) {
        int[] np = phrases.after(ws, k, to);
        if (np == null || np[1] >= to || np[1] - np[0] > 4 || !ws.get(k).isCapitalised()
                && !SpeakerPhrases.PRONOUNS.contains(ws.get(k).lower())) {
            return false;
        }
        CueLexicon.Match c = cues.at(ws, np[1]);
        String form = ws.get(np[1]).lower();
        return c != null && c.cueClass() != CueClass.QUOTE && c.cueClass() != CueClass.NAMING
                && !cues.nounLike(form) && !form.endsWith("ing");
    }

    /**
     * A clause with a subject and a finite verb of its own starts at word {@code k} ("the downgrade is casting",
     * "Republicans want", "she opposed"): after ", and" it is a new sentence part, not more of the report.
     */
    boolean newClause(List<Word> ws, int k, int to) {
        int[] np = phrases.after(ws, k, to);
        if (np == null || np[1] >= to || np[1] - np[0] > 5) {
            return false;
        }
        int v = np[1];
        while (v < to - 1 && ws.get(v).lower().endsWith("ly") && !ws.get(v).isCapitalised()) {
            v++; // "Clinton likewise said", "she also warned"
        }
        if (ws.get(v).is("also") || ws.get(v).is("still") || ws.get(v).is("never") || ws.get(v).is("not")) {
            v = Math.min(v + 1, to - 1);
        }
        String verb = ws.get(v).lower();
        return auxiliary(verb) || pastForm(verb) && !ws.get(v).isCapitalised()
                || cues.at(ws, v) != null && !verb.endsWith("ing");
    }

    /** A reporting verb opens the relative clause at word {@code k} ("who says", "who has argued"). */
    boolean relativeCue(List<Word> ws, int k) {
        int j = SpeakerPhrases.skipForward(ws, k);
        CueLexicon.Match c = j < ws.size() ? cues.at(ws, j) : null;
        return c != null && c.cueClass() != CueClass.QUOTE && c.cueClass() != CueClass.NAMING;
    }

    boolean secondCue(List<Word> ws, int k) {
        if (ws.get(k).is("according")) {
            return true;
        }
        if (ws.get(k).is("also") && k + 1 < ws.size()) {
            k++;
        }
        CueLexicon.Match c = cues.at(ws, k);
        if (c == null || c.cueClass() == CueClass.QUOTE) {
            return false;
        }
        String form = ws.get(k).lower();
        if (ws.get(k - 1).is(",")) {
            return form.endsWith("ing");
        }
        if (k > 1 && ws.get(k - 2).is(",") && (ws.get(k - 1).is("and") || ws.get(k - 1).is("but"))
                && form.endsWith("ing") && !cues.nounLike(form)) {
            return true; // "..., and calling for ...": the subject's next report
        }
        // "... and blamed", "... and describe their actions as ...": a second verb of the same subject
        return !cues.nounLike(form) && !form.endsWith("ing")
                || cues.nounLike(form) && ws.get(k - 1).is("and") && ReportedSpeechGrammar.infinitive(ws, c.to(), ws.size()); // "and plans to"
    }

    private static final Set<String> FINITE_MARKERS = Set.copyOf(List.of("is", "are", "was", "were", "has", "have",
            "had", "will", "would", "can", "could", "should", "may", "might", "must", "did", "does", "do", "won't",
            "can't", "don't", "doesn't", "didn't", "isn't", "wasn't", "aren't", "weren't", "hasn't", "haven't"));

    /**
     * Content from {@code from} to {@code to} reads as a clause with a verb of its own ("a curfew would continue",
     * "Clinton reached out"), not a bare object ("cited the figure"): a time or place phrase after a clause
     * belongs to what was said; after an object it tells where the speaker said it.
     */
    static boolean finiteClause(List<Word> ws, int from, int to) {
        if (from < to) {
            String first = ws.get(from).lower();
            int apostrophe = first.indexOf('\'');
            first = apostrophe > 0 ? first.substring(0, apostrophe) : first; // "she's", "they're"
            if (SpeakerPhrases.PRONOUNS.contains(first) && !first.equals("who")) {
                return true;
            }
        }
        for (int k = from; k < to; k++) {
            String w = ws.get(k).lower();
            if (auxiliary(w) || k > from && pastForm(w) && !ws.get(k).isCapitalised()
                    && !SpeakerPhrases.DETERMINERS.contains(ws.get(k - 1).lower())) { // not "some pointed advice"
                return true;
            }
        }
        return false;
    }

    /** A finite verb with no subject before it opens a coordinated verb phrase: "and attempted", "but has been". */
    static boolean finiteVerb(List<Word> ws, int k) {
        if (ws.get(k).is("then") || ws.get(k).is("also") || ws.get(k).is("later")) {
            k++;
        }
        if (k >= ws.size() || ws.get(k).isCapitalised()) {
            return false;
        }
        String w = ws.get(k).lower();
        return auxiliary(w) || pastForm(w);
    }

    /** An auxiliary, a modal or a negated verb ("would", "has", "didn't"): the word makes its clause finite. */
    private static boolean auxiliary(String lower) {
        return FINITE_MARKERS.contains(lower) || lower.endsWith("n't");
    }

    /** A past-tense form ("reached", "attempted"; not "red" or "bed"). */
    private static boolean pastForm(String lower) {
        return lower.length() > 4 && lower.endsWith("ed");
    }
}
