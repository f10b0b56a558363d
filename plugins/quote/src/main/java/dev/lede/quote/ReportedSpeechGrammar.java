package dev.lede.quote;

import dev.lede.annotation.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * Finds reported speech in one sentence: "X said (that) ...", "X told reporters that ...", "..., X said.",
 * "According to X, ...", "..., according to X.", "..., adding that ...". The content is the reported clause.
 */
final class ReportedSpeechGrammar {
    private static final Set<String> NOUN_BEFORE = Set.copyOf(List.of("the", "a", "an", "his", "her", "their", "its", "our",
            "my", "your", "this", "these", "those", "such", "new", "any", "no"));
    private static final Set<String> ADVERBIAL_STARTS = Set.copyOf(List.of("in", "on", "at", "during", "after", "before",
            "while", "to", "via", "through", "last", "this", "monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "yesterday", "today", "tonight", "earlier", "later", "recently", "again",
            "repeatedly", "privately", "publicly", "separately", "afterward", "afterwards", "late", "early", "of"));
    private static final Set<String> ADDRESSEES = Set.copyOf(List.of("reporters", "him", "her", "them", "us", "me", "journalists",
            "supporters", "voters", "lawmakers", "listeners", "viewers", "attendees", "students", "congress"));

    /** "by saying", "after warning": a participle cue whose speaker is the subject of the sentence. */
    private static final Set<String> PARTICIPLE_LEADS = Set.copyOf(List.of("by", "after", "before", "while", "when",
            "for", "without", "in", "also", "repeatedly", "then"));

    /** Documents and figures that "show" or "find" things as speakers do. */
    private static final Set<String> SOURCE_NOUNS = Set.copyOf(List.of("poll", "polls", "survey", "surveys", "study",
            "studies", "report", "reports", "analysis", "data", "average", "averages", "research", "documents",
            "records", "figures", "statistics", "numbers", "estimates", "review", "audit", "investigation", "memo",
            "letter", "filing", "filings", "complaint", "lawsuit", "statement", "ruling", "findings", "evidence",
            "footage", "video", "videos", "transcript", "emails", "results", "returns", "projections", "models",
            "slide", "slides", "chart", "charts", "tally", "count", "ad", "ads", "map", "maps"));

    private final CueLexicon cues;
    private final SpeakerPhrases phrases;
    private final ReportBoundaries boundaries;

    ReportedSpeechGrammar(CueLexicon cues) {
        this.cues = cues;
        this.phrases = new SpeakerPhrases(cues);
        this.boundaries = new ReportBoundaries(cues, phrases);
    }

    /**
     * Reported speech in the words of one sentence.
     *
     * @param masked      true for word indices inside direct quotes or their attributions (never cues or content)
     * @param fragment    true for word indices inside quoted fragments (not attributed direct quotes)
     * @param knownSpeaker the speaker already attributed in this sentence, or null (for ", adding that ...")
     */
    List<ReportedSpeech> find(String text, List<Word> ws, IntPredicate masked, IntPredicate fragment, Span knownSpeaker) {
        List<ReportedSpeech> out = new ArrayList<>();
        Span lastSpeaker = knownSpeaker;
        Boolean headline = null; // computed when a capitalised cue shows up
        int n = ws.size();
        int end = n;
        while (end > 0 && ws.get(end - 1).isPunct() && !ws.get(end - 1).is(")") && !isQuoteMark(ws.get(end - 1))) {
            end--;
        }
        for (int i = 0; i < end; i++) {
            if (masked.test(i)) {
                continue;
            }
            CueLexicon.Match c = cues.at(ws, i);
            if (c != null && i > 0 && ws.get(i).isCapitalised()) {
                if (headline == null) {
                    headline = titleCase(ws);
                }
                if (!headline) {
                    continue;
                }
            }
            if (c == null) {
                continue;
            }
            if (c.cueClass() == CueClass.NAMING && afterWhat(ws, i)) {
                continue; // "what she called a \u201crant\u201d": the quote finder keeps the whole phrase
            }
            if (c.cueClass() == CueClass.QUOTE && !(c.to() < end && ws.get(c.to()).is("that")) // "joked that ..."
                    || i > 0 && NOUN_BEFORE.contains(ws.get(i - 1).lower())
                    || i > 0 && ws.get(i - 1).lower().endsWith("'s")) {
                continue; // "the claims that", "Trump's plans"
            }
            if (cues.nounLike(ws.get(i).lower()) && (!strongCue(ws, c, end)
                    || sourceSubject(ws, i) == 0 && i > 1 && SpeakerPhrases.DETERMINERS.contains(ws.get(i - 2).lower())
                    && !ws.get(i - 1).isCapitalised() && !ws.get(i - 1).isPunct())) {
                continue; // "the greatest fear that ...": a noun after all
            }
            ReportedSpeech r = c.cueClass() == CueClass.SOURCE ? according(text, ws, c, end, masked)
                    : verb(text, ws, c, end, masked, knownSpeaker);
            int before = SpeakerPhrases.skipBack(ws, i, 0) - 1; // "and has said", "but also warned"
            if (r == null && before >= 0 && (ws.get(before).is("and") || ws.get(before).is("but") || ws.get(before).is("or"))
                    && c.cueClass() != CueClass.SOURCE && c.cueClass() != CueClass.NAMING) {
                // "... attacked the police and blamed ...": the second verb shares the subject
                int k = contentStart(ws, c, end);
                r = k < 0 ? null : make(text, ws, k, end, null, c, masked);
                Span subject = lastSpeaker != null ? lastSpeaker : span(text, ws, phrases.subject(ws, 0, i));
                r = r == null || subject == null ? null : r.withSpeaker(subject);
            }
            if (r != null && c.cueClass() == CueClass.NAMING && !holdsFragment(ws, r.content(), fragment)
                    && !predicative(ws, c, end)) {
                r = null;
            }
            if (r != null && c.cueClass() == CueClass.SOURCE && !out.isEmpty()
                    && r.content().start() <= out.get(out.size() - 1).cue().start()
                    && out.get(out.size() - 1).cue().end() <= r.content().end()) {
                // "X plans to go, according to an aide": the whole report is the aide's, X's cue is part of it
                out.remove(out.size() - 1);
            }
            if (r != null) {
                out.add(r);
                lastSpeaker = r.speaker() != null ? r.speaker() : lastSpeaker;
                // cues inside the reported content are part of it, not new quotes
                i = Math.max(c.to() - 1, lastWordBefore(ws, r.content().end()));
            }
        }
        return out;
    }

    private static final Set<String> NOT_PREDICATES = Set.copyOf(List.of("few", "lot", "couple", "number", "day",
            "week", "month", "year", "bit", "time", "total", "dozen", "hundred", "thousand", "million", "series",
            "press", "news", "meeting", "vote", "halt", "truce", "strike", "recess", "hearing", "second", "third"));

    /**
     * A naming verb with an object and a predicate of its own is a report even without quotation marks: "called
     * the plan a disgrace", "described her rival as a fraud". Phoning someone ("called the mayor on Friday") or
     * convening something ("called a press conference") has no such predicate.
     */
    private static boolean predicative(List<Word> ws, CueLexicon.Match c, int end) {
        String form = ws.get(c.from()).lower();
        boolean calling = form.startsWith("call");
        boolean as = form.startsWith("describ") || form.startsWith("characteri") || form.startsWith("label")
                || form.startsWith("brand") || form.startsWith("view");
        boolean likening = form.startsWith("compar") || form.startsWith("liken");
        if (!calling && !as && !likening) {
            return false;
        }
        for (int j = c.to() + 1; j < end && j <= c.to() + 12; j++) {
            Word w = ws.get(j);
            if (w.isPunct()) {
                return false;
            }
            if (calling && (w.is("a") || w.is("an")) && j + 1 < end && !ws.get(j + 1).isPunct()
                    && !NOT_PREDICATES.contains(ws.get(j + 1).lower())) {
                return true;
            }
            if (as && w.is("as") && j + 1 < end) {
                return true;
            }
            if (likening && w.is("to") && j > c.to() + 1 && j + 1 < end) {
                return true; // "compared his struggles to those of ...", "likened the channel to the BBC"
            }
            if (calling && j == c.to() + 1 && OBJECT_PRONOUNS.contains(ws.get(c.to()).lower()) && adjective(w)) {
                return true; // "called it unacceptable", "called them dishonest"
            }
            if (calling && j == c.to() + 2 && ws.get(c.to()).is("the") && adjective(w) && j + 1 < end
                    && (ws.get(j + 1).isPunct() || ws.get(j + 1).is("and"))) {
                return true; // "called the charges unfounded"
            }
            if (w.is("to") || w.is("for") || w.is("on") || w.is("that") || w.is("and")) {
                return false; // "called Democrats to the stage", "called him on Friday"
            }
        }
        return false;
    }

    private static final Set<String> OBJECT_PRONOUNS = Set.copyOf(List.of("it", "him", "her", "them", "this", "that"));
    private static final List<String> ADJECTIVE_ENDINGS = List.of("ous", "ful", "ive", "ible", "able", "ic", "al",
            "ent", "ant", "less", "ish", "ary", "ed");

    /** A lower-case word with a typical adjective ending ("unacceptable", "dangerous", "unfounded"). */
    private static boolean adjective(Word w) {
        String l = w.lower();
        return !w.isCapitalised() && l.length() > 4 && ADJECTIVE_ENDINGS.stream().anyMatch(l::endsWith);
    }

    /** "what she called", "what the mayor calls": the cue's subject follows a "what" that opens a relative. */
    private static boolean afterWhat(List<Word> ws, int cue) {
        for (int w = cue - 1; w >= 1 && w >= cue - 3; w--) {
            Word speaker = ws.get(w);
            if (!SpeakerPhrases.PRONOUNS.contains(speaker.lower()) && !SpeakerPhrases.nameWord(speaker)) {
                return false;
            }
            if (ws.get(w - 1).is("what")) {
                return true;
            }
        }
        return false;
    }

    /** A word in capitals only ("WASHINGTON"), as a dateline opens a story. */
    private static boolean dateline(Word w) {
        String t = w.text();
        return t.length() >= 3 && t.chars().allMatch(ch -> Character.isUpperCase(ch) || ch == '.');
    }

    /**
     * Where the story starts after a dateline ("WASHINGTON \u2014", "ROTTERDAM, Netherlands, March 12 (Reuters) -"):
     * just after the first dash within its first few words, or 0 when there is none.
     */
    private static int afterDateline(List<Word> ws, int to) {
        for (int k = 1; k < Math.min(to - 1, 16); k++) {
            if ("\u2015\u2014\u2013-".contains(ws.get(k).text())) {
                return k + 1;
            }
        }
        return 0;
    }

    private static boolean that(List<Word> ws, int from, int to) {
        for (int k = from; k < to; k++) {
            if (ws.get(k).is("that") || ws.get(k).is(":")) {
                return true;
            }
        }
        return false;
    }

    /** Words after which a noun-like cue form is a verb when an infinitive or an object follows. */
    private static final Set<String> VERB_SLOT = Set.copyOf(List.of(",", "and", "who", "that", "which", "also",
            "still", "now", "often", "repeatedly"));

    /** A noun-like cue counts only before "that"/":" or right after a pronoun or name ("the party plans" is not). */
    private static boolean strongCue(List<Word> ws, CueLexicon.Match c, int end) {
        if (c.to() < end && (ws.get(c.to()).is("that") || ws.get(c.to()).is(":"))) {
            return true;
        }
        int i = c.from();
        if (i > 0 && VERB_SLOT.contains(ws.get(i - 1).lower()) && (infinitive(ws, c.to(), end)
                || !ws.get(i - 1).is(",") && !ws.get(i - 1).is("and") && c.to() < end
                && SpeakerPhrases.DETERMINERS.contains(ws.get(c.to()).lower()))) {
            return true; // "Pence, plans to release", "cities that support the rules": a verb in a verb's place
        }
        if (i > 0 && SOURCE_NOUNS.contains(ws.get(i - 1).lower()) || sourceSubject(ws, i) > 0) {
            return true; // "the poll shows", "a study finds", "an analysis of the filings shows"
        }
        return i > 0 && (SpeakerPhrases.PRONOUNS.contains(ws.get(i - 1).lower()) && !ws.get(i - 1).is("it")
                || SpeakerPhrases.nameWord(ws.get(i - 1)) && !SpeakerPhrases.DETERMINERS.contains(ws.get(i - 1).lower()));
    }

    /**
     * The length of a subject that opens the sentence and is headed or modified by a document or figure ("The
     * average of polls taken this week shows", "Video of the arrest shows"), or 0. The whole phrase is the source.
     */
    static int sourceSubject(List<Word> ws, int cue) {
        String first = ws.get(0).lower();
        String verb = ws.get(cue).lower();
        if (cue < 2 || cue > 20 || !SpeakerPhrases.nameWord(ws.get(0)) || first.endsWith("ed") || first.endsWith("ing")
                || !(verb.startsWith("show") || verb.startsWith("find") || verb.startsWith("suggest")
                || verb.startsWith("indicate") || verb.startsWith("reveal") || verb.startsWith("estimate"))) {
            return 0; // "Based on the evidence ...": an opening phrase, not a subject
        }
        boolean source = false;
        for (int k = 0; k < cue; k++) {
            Word w = ws.get(k);
            if (w.isPunct() && !w.is("'") && !w.is("\u2019")) {
                return 0;
            }
            source |= SOURCE_NOUNS.contains(w.lower());
        }
        return source ? cue : 0;
    }

    private static final List<String> SPEAKING = List.of("spok", "speak", "talk");

    /** Verbs that charge someone with something: "accused X of Y", "blamed X for Y". */
    private static final List<String> ACCUSATIONS = List.of("accus", "blam", "critici", "prais", "fault", "thank",
            "credit", "condemn", "chastis", "applaud", "slam", "blast");

    /** After a verb of belief, these start an object rather than a believed clause ("knew him", "felt betrayed"). */
    private static final Set<String> NOT_CLAUSE_STARTS = Set.copyOf(List.of("him", "her", "them", "me", "us",
            "it", "so", "about", "of", "for", "with", "like", "as", "in", "on", "at", "by", "from", "up", "out",
            "off", "back", "down", "more", "less", "better", "worse", "well", "badly", "good", "bad", "much",
            "nothing", "something", "anything", "everything"));

    /** A headline in Title Case ("Obama Says Museum Will Open"): capitalised cues count there. */
    private static boolean titleCase(List<Word> ws) {
        int words = 0;
        int caps = 0;
        for (Word w : ws) {
            if (!w.isPunct() && w.text().length() > 3) {
                words++;
                caps += w.isCapitalised() ? 1 : 0;
            }
        }
        return words >= 3 && caps == words;
    }

    private static boolean holdsFragment(List<Word> ws, Span content, IntPredicate fragment) {
        for (int k = 0; k < ws.size(); k++) {
            if (ws.get(k).start() >= content.start() && ws.get(k).end() <= content.end() && fragment.test(k)) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> INTRO_PREPOSITIONS = Set.copyOf(List.of("in", "at", "on", "during", "after",
            "before", "with", "through", "from", "for", "following", "amid", "under"));

    /** Word {@code i} lies in an opening prepositional phrase that a comma closes ("In a statement announcing X, ..."). */
    private static boolean inIntroPhrase(List<Word> ws, int i) {
        if (ws.isEmpty() || !INTRO_PREPOSITIONS.contains(ws.get(0).lower())) {
            return false;
        }
        for (int k = 1; k < i; k++) {
            if (ws.get(k).isPunct()) {
                return false;
            }
        }
        for (int k = i + 1; k < ws.size(); k++) {
            if (ws.get(k).is(",")) {
                return true;
            }
        }
        return false;
    }

    /** A comma right before word {@code i}, possibly inside a closing quotation mark (",\" adding that ..."). */
    private static boolean commaBefore(List<Word> ws, int i) {
        return i > 0 && ws.get(i - 1).is(",") || i > 1 && isQuoteMark(ws.get(i - 1)) && ws.get(i - 2).is(",");
    }

    /** "I think", "you know", "we want": the writer's or a speaker's own voice, not a report of someone's view. */
    private static boolean conversational(List<Word> ws, int[] sp) {
        if (sp[1] - sp[0] != 1) {
            return false;
        }
        String w = ws.get(sp[0]).lower();
        String verb = sp[1] < ws.size() ? ws.get(sp[1]).lower() : "";
        return w.equals("we") || w.equals("you") || w.equals("i") && (verb.startsWith("think") || verb.startsWith("want"));
    }

    private boolean firstCue(List<Word> ws, int i) {
        for (int k = 0; k < i; k++) {
            if (cues.at(ws, k) != null) {
                return false;
            }
        }
        return true;
    }

    private static Span span(String text, List<Word> ws, int[] range) {
        return range == null ? null : Span.of(text, ws.get(range[0]).start(), ws.get(range[1] - 1).end());
    }

    private static int lastWordBefore(List<Word> ws, int offset) {
        int k = 0;
        while (k < ws.size() && ws.get(k).end() <= offset) {
            k++;
        }
        return k - 1;
    }

    private ReportedSpeech according(String text, List<Word> ws, CueLexicon.Match c, int end, IntPredicate masked) {
        int[] sp = phrases.after(ws, c.to(), end);
        int i = c.from();
        if (opensSentence(ws, i)) {
            // "According to a complaint filed by the SEC, ...": the content follows the source's comma
            for (int k = c.to(); k < end && k < c.to() + 30; k++) {
                if (ws.get(k).is(",")) {
                    if (sp == null || sp[1] > k) {
                        sp = new int[] {c.to(), k};
                    }
                    return make(text, ws, k + 1, end, sp, c, masked);
                }
            }
            return null;
        }
        if (sp != null && i > 2 && (ws.get(i - 1).is(",") || ws.get(i - 1).is("\u2014"))) {
            return make(text, ws, 0, i - 1, sp, c, masked);
        }
        return null;
    }

    /** "According to" stands at the start of the sentence (after at most a word or two: "But according to"). */
    private static boolean opensSentence(List<Word> ws, int i) {
        return i <= 3 && (i == 0 || ws.get(0).isCapitalised() || ws.get(0).isPunct());
    }

    private ReportedSpeech verb(String text, List<Word> ws, CueLexicon.Match c, int end, IntPredicate masked,
                                Span knownSpeaker) {
        int i = c.from();
        String form = ws.get(i).lower();
        if (form.endsWith("ing") && (c.to() < end && (ws.get(c.to()).is("by") || ws.get(c.to()).is("from"))
                || i > 0 && (ws.get(i - 1).is("worth") || ws.get(i - 1).is("additional")))) {
            return null; // "Additional reporting by ...", "It is worth noting that": a credit line or the writer's aside
        }
        // ", adding that ...": the speaker is the subject of the sentence
        if (form.endsWith("ing") && i > 0 && (commaBefore(ws, i) || PARTICIPLE_LEADS.contains(ws.get(i - 1).lower()))) {
            int[] sp = knownSpeaker == null ? phrases.subject(ws, 0, i - 1) : null;
            int k = contentStart(ws, c, end);
            if (k < 0) {
                return null;
            }
            ReportedSpeech r = make(text, ws, k, end, sp, c, masked);
            if (r != null && knownSpeaker != null) {
                r = r.withSpeaker(knownSpeaker);
            }
            return r;
        }
        if (i == 0 && form.endsWith("ing")) {
            // "Claiming the criticism was unfair, Trump told Fox ...": the clause up to the comma, said by the subject
            for (int k = 1; k < end; k++) {
                if (ws.get(k).is(",")) {
                    int[] sp = phrases.subject(ws, k + 1, end);
                    int from = contentStart(ws, c, k);
                    String next = ws.get(c.to()).lower();
                    if (c.to() < k && (ReportBoundaries.OCCASION_PREPOSITIONS.contains(next) || next.equals("for"))) {
                        return null; // "Writing for the Times, she noted ...": where, not what
                    }
                    return sp == null || sp[0] != k + 1 || from < 0 ? null : make(text, ws, from, k, sp, c, masked);
                }
            }
            return null;
        }
        boolean stateThat = c.cueClass() == CueClass.ACT && c.to() < end && ws.get(c.to()).is("that");
        if (!stateThat && (SpeakerPhrases.passive(ws, i, 0) || passiveAfterAdverb(ws, i))) {
            return passiveBy(text, ws, c, end, masked);
        }
        if (form.endsWith("ed") && c.to() < end && ws.get(c.to()).is("by") && i > 1 && !ws.get(i - 1).isPunct()
                && !ws.get(i - 1).isCapitalised() && !SpeakerPhrases.PRONOUNS.contains(ws.get(i - 1).lower())) {
            ReportedSpeech reduced = reducedPassive(text, ws, c, end, masked);
            if (reduced != null) {
                return reduced; // "a view echoed by every expert": a participle after its noun, the agent speaks
            }
        }
        if (c.cueClass() == CueClass.THOUGHT && i > 0 && conversational(ws, new int[] {i - 1, i})
                && (i == 1 || ws.get(i - 2).isPunct() || ws.get(i - 2).is("and") || ws.get(i - 2).is("but"))) {
            return null; // "..., you know, ...", "I think": a filler or the writer's voice, whichever way it points
        }
        if (form.endsWith("ing") && !SpeakerPhrases.progressive(ws, i) && inIntroPhrase(ws, i)) {
            return null; // "In a statement announcing the pick, ...": a participle without a speaker of its own
        }
        int[] sp = sourceSubject(ws, i) > 0 && cues.nounLike(form) ? new int[] {0, i}
                : phrases.withHead(ws, phrases.before(ws, i, 0), 0);
        if (sp == null) {
            int head = catenativeHead(ws, i);
            sp = head < 0 ? null : phrases.withHead(ws, phrases.before(ws, head, 0), 0);
        }
        if (sp == null && i > 1 && ws.get(SpeakerPhrases.skipBack(ws, i, 0) - 1).is(",")) {
            // "Christie, who has campaigned ... since February, blasted ...": the subject opens the sentence
            int[] subject = phrases.subject(ws, 0, i);
            sp = subject != null && subject[0] <= 1 ? subject : null;
        }
        // "..., X said (on Monday)." : content before the speaker
        int tail = 0;
        boolean that = false;
        for (int k = c.to(); k < end; k++) {
            tail++;
            that |= ws.get(k).is("that") || ws.get(k).is(":");
        }
        // "The test, officials said, was the largest yet": the attribution interrupts the content
        if (sp != null && sp[0] > 2 && ws.get(sp[0] - 1).is(",") && c.to() < end && ws.get(c.to()).is(",")
                && end - c.to() > 3) {
            int leftFrom = 0;
            for (int k = 0; k + 1 < sp[0] - 1; k++) {
                if (ws.get(k).is(",") && ReportBoundaries.CONTRASTS.contains(ws.get(k + 1).lower())) {
                    leftFrom = k + 2; // "X had resisted, but the smog got so bad, he noted, that ...": the report is after "but"
                }
            }
            ReportedSpeech left = make(text, ws, leftFrom, sp[0] - 1, sp, c, masked);
            ReportedSpeech right = make(text, ws, c.to() + 1, end, sp, c, masked);
            if (right != null && leftFrom == 0 && inIntroPhrase(ws, sp[0] - 1)) {
                return right; // "During his years in office, she said, most voters ...": the opening phrase is the writer's
            }
            if (left != null && right != null) {
                Span content = Span.of(text, left.content().start(), right.content().end());
                return new ReportedSpeech(content, List.of(left.content(), right.content()), left.speaker(), left.cue());
            }
        }
        int clauseEnd = c.to();
        while (clauseEnd < end && !ws.get(clauseEnd).is(",")) {
            clauseEnd++;
        }
        // "..., said Ana Ruiz, an official with the agency that runs the port": "that" in the appositive is not content's
        if (i > 3 && commaBefore(ws, i) && !that(ws, c.to(), clauseEnd) && !form.endsWith("ing")) {
            int[] inv = phrases.after(ws, c.to(), end);
            if (inv != null) {
                inv = new int[] {inv[0], phrases.withModifier(ws, inv, end)};
            }
            if (inv != null && inv[0] == c.to() && (inv[1] == end || ws.get(inv[1]).isPunct())) {
                return make(text, ws, 0, i - 1, inv, c, masked); // "..., said Brian Baker, an adviser ..."
            }
        }
        // "..., lawmakers said Friday, as they met ...": a subordinate clause after the attribution is not content
        int tailEnd = end;
        for (int k = c.to(); k + 1 < end && k < c.to() + 7; k++) {
            if (ws.get(k).is(",") && ReportBoundaries.SUBORDINATORS.contains(ws.get(k + 1).lower())) {
                tailEnd = k;
                break;
            }
        }
        if (tailEnd < end && !that(ws, c.to(), tailEnd) && ReportBoundaries.adverbialTail(ws, c.to(), tailEnd)
                && sp != null && sp[0] > 3 && ws.get(sp[0] - 1).is(",")) {
            return make(text, ws, 0, sp[0] - 1, sp, c, masked);
        }
        if (!that && tail <= 6 && ReportBoundaries.adverbialTail(ws, c.to(), end)) {
            if (sp != null && sp[0] > 3 && ws.get(sp[0] - 1).is(",")) {
                return make(text, ws, 0, sp[0] - 1, sp, c, masked);
            }
        }
        if (sp == null && c.to() < end && ws.get(c.to()).is("that") && firstCue(ws, i)) {
            sp = phrases.subject(ws, 0, i); // "Those close to him say that ..."
        }
        if (sp == null) {
            return null;
        }
        int k = contentStart(ws, c, end);
        if (k < 0) {
            return null;
        }
        if (c.cueClass() == CueClass.THOUGHT && (!clauseStart(ws, k, c) || conversational(ws, sp))) {
            return null;
        }
        if (c.cueClass() == CueClass.ACT && !(k > c.to() && ws.get(k - 1).is("that"))) {
            return null;
        }
        int to = end;
        if (sp[1] - sp[0] == 1 && (ws.get(sp[0]).is("who") || ws.get(sp[0]).is("whom")) && sp[0] > 0
                && (ws.get(sp[0] - 1).is(",") || ws.get(sp[0] - 1).is("of"))) {
            for (int j = k + 1; j < end; j++) {
                if (ws.get(j).is(",")) {
                    to = j; // "The families, many of whom say the claims are false, met ...": the relative ends it
                    break;
                }
            }
        }
        return make(text, ws, k, to, sp, c, masked);
    }

    private static final Set<String> BE_FORMS = Set.copyOf(List.of("is", "was", "were", "are", "been", "be"));

    private static final Set<String> WH_WORDS = Set.copyOf(List.of("how", "why", "what", "whether", "when", "where",
            "who", "if"));

    private static final Set<String> AUXILIARIES = Set.copyOf(List.of("is", "was", "were", "are", "been", "be",
            "being", "has", "have", "had", "will", "would", "could", "may", "might", "not", "also", "first", "widely"));

    /**
     * "The plan was endorsed by the union", "Trump is supported by few papers": in the passive with an agent, the
     * agent is the speaker and the subject before the verb group is what was said or backed.
     */
    private ReportedSpeech passiveBy(String text, List<Word> ws, CueLexicon.Match c, int end, IntPredicate masked) {
        if (c.cueClass() != CueClass.SPEECH && c.cueClass() != CueClass.ACT || c.to() + 1 >= end
                || !ws.get(c.to()).is("by")) {
            return null;
        }
        int[] sp = phrases.after(ws, c.to() + 1, end);
        if (sp == null) {
            return null;
        }
        int aux = c.from();
        while (aux > 0 && (AUXILIARIES.contains(ws.get(aux - 1).lower())
                || ws.get(aux - 1).lower().endsWith("ly") && !ws.get(aux - 1).isCapitalised())) {
            aux--;
        }
        int from = aux;
        while (from > 0 && !ws.get(from - 1).isPunct() && !masked.test(from - 1)) {
            from--;
        }
        if (from == aux || from > 0 && !ws.get(from - 1).is(",") || from > 0 && aux - from > 6) {
            return null; // no subject, or one after a comma that may be an adverbial's
        }
        ReportedSpeech r = make(text, ws, from, aux, null, c, masked);
        if (r == null && aux - from == 1 && ws.get(from).isCapitalised()
                && !SpeakerPhrases.PRONOUNS.contains(ws.get(from).lower())) { // a name, not "They were backed by"
            Span content = Span.of(text, ws.get(from).start(), ws.get(from).end());
            r = new ReportedSpeech(content, List.of(), null, Span.of(text, ws.get(c.from()).start(), ws.get(c.to() - 1).end()));
        }
        return r == null ? null : r.withSpeaker(span(text, ws, sp));
    }

    /** Verbs that take another verb after "to" and share their subject with it ("refused to endorse"). */
    private static final Set<String> CATENATIVES = Set.copyOf(List.of("continue", "continues", "continued",
            "refuse", "refuses", "refused", "appear", "appears", "appeared", "seem", "seems", "seemed", "try", "tries",
            "tried", "decide", "decides", "decided", "vow", "vows", "vowed", "threaten", "threatens", "threatened",
            "promise", "promises", "promised", "plan", "plans", "planned", "hope", "hopes", "hoped", "need", "needs",
            "needed", "begin", "begins", "began", "start", "starts", "started", "fail", "fails", "failed", "decline",
            "declines", "declined", "seek", "seeks", "sought", "move", "moves", "moved", "want", "wants", "wanted",
            "going", "able", "likely", "expected", "set", "prepared", "ready", "willing", "used", "has", "have", "had"));

    /**
     * In "X continued to insist", "X has refused to endorse", the subject stands before the governing verb: the index
     * of that verb when word {@code cue} follows such a verb and "to", else -1.
     */
    private static int catenativeHead(List<Word> ws, int cue) {
        int k = cue - 1;
        if (k < 2 || !ws.get(k).is("to")) {
            return -1;
        }
        k--;
        while (k > 0 && ws.get(k).lower().endsWith("ly") && !ws.get(k).isCapitalised()) {
            k--; // "refused outright to", "continues publicly to"
        }
        return k > 0 && CATENATIVES.contains(ws.get(k).lower()) ? k : -1;
    }

    /** "was first reported", "were also seconded": a be-form before the cue past words the adverb test misses. */
    private static boolean passiveAfterAdverb(List<Word> ws, int cue) {
        if (ws.get(cue).lower().endsWith("ing")) {
            return false;
        }
        for (int k = cue - 1; k >= 0 && AUXILIARIES.contains(ws.get(k).lower()); k--) {
            if (BE_FORMS.contains(ws.get(k).lower())) {
                return true;
            }
        }
        return false;
    }

    /** "a record penalty imposed by the bureau": the noun phrase before the participle is the content. */
    private ReportedSpeech reducedPassive(String text, List<Word> ws, CueLexicon.Match c, int end, IntPredicate masked) {
        if (c.cueClass() != CueClass.SPEECH && c.cueClass() != CueClass.ACT || c.to() + 1 >= end) {
            return null;
        }
        int[] sp = phrases.after(ws, c.to() + 1, end);
        int from = c.from();
        while (from > 0 && c.from() - from < 6 && !ws.get(from - 1).isPunct()) {
            from--;
        }
        if (sp == null || from > 0 && !ws.get(from - 1).isPunct() || from == 0
                || !SpeakerPhrases.DETERMINERS.contains(ws.get(from).lower())) {
            return null; // only a noun phrase that stands on its own ("(a view echoed by ...)"), not a clause's tail
        }
        ReportedSpeech r = make(text, ws, from, c.from(), null, c, masked);
        return r == null ? null : r.withSpeaker(span(text, ws, sp));
    }

    /** Where the reported content begins after the cue: past an addressee, an adverbial and "that". */
    private int contentStart(List<Word> ws, CueLexicon.Match c, int end) {
        int k = c.to();
        if (k >= end) {
            return -1;
        }
        if (SPEAKING.stream().anyMatch(ws.get(c.from()).lower()::startsWith)) {
            return topic(ws, k, end);
        }
        if (k + 1 < end && ws.get(k).lower().endsWith("ly") && !ws.get(k).isCapitalised() && ws.get(k + 1).is("that")) {
            k++; // "complained bitterly that ...": the manner is the speaker's, the clause is the content
        }
        if (c.cueClass() == CueClass.TELL && !ws.get(k).is("that") && !ws.get(k).isPunct()) {
            int j = ADDRESSEES.contains(ws.get(k).lower()) ? k + 1 : -1;
            if (j < 0) {
                int[] np = phrases.after(ws, k, end);
                j = np == null ? -1 : np[1];
            }
            while (j >= 0 && j < end && ReportBoundaries.TAIL_WORDS.contains(ws.get(j).lower()) && !ws.get(j).is("that")
                    && !infinitive(ws, j, end)) {
                j++; // "told reporters on Monday", "told voters this weekend"
            }
            if (j >= 0 && j < end && (ws.get(j).is("that") || SpeakerPhrases.PRONOUNS.contains(ws.get(j).lower())
                    || infinitive(ws, j, end) // "asked the council to delay the vote"
                    || WH_WORDS.contains(ws.get(j).lower()) // "told reporters how surprised he was"
                    || ADDRESSEES.contains(ws.get(k).lower()))) {
                k = j;
            } else {
                // "told one of his young followers on a regular basis that ...": the content follows "that"
                for (int t = k; t < end && t < k + 15; t++) {
                    if (ws.get(t).is("that")) {
                        k = t;
                        break;
                    }
                }
            }
        }
        if (ACCUSATIONS.stream().anyMatch(ws.get(c.from()).lower()::startsWith)) {
            // "accused the North's leader, Kim Jong Un, of recklessness": the charge is the content
            for (int j = k; j < end && j < k + 10 && !ws.get(j).is(";")
                    && !(ws.get(j).is(",") && j + 1 < end && (ws.get(j + 1).is("and") || ws.get(j + 1).is("but"))); j++) {
                if (ws.get(j).is("of") || ws.get(j).is("for")) {
                    return j;
                }
            }
        }
        if (k < end && ADVERBIAL_STARTS.contains(ws.get(k).lower()) && !infinitive(ws, k, end)) {
            for (int j = k; j < end && j < k + 9; j++) {
                if (ws.get(j).is("that")) {
                    k = j;
                    break;
                }
                if (ws.get(j).is(",")) {
                    k = j + 1;
                    break;
                }
            }
        }
        if (k < end && (ws.get(k).is("that") || ws.get(k).is(":") || ws.get(k).is(","))) {
            k++;
        } else if (k + 1 < end && (ws.get(k).is("about") || ws.get(k).is("against") || ws.get(k).is("for"))) {
            k++; // "spoke about the economy", "railed against the deal": the topic is the content
        }
        return k;
    }

    /**
     * What a verb of speaking reports is its topic after "about" or "of" ("spoke to reporters about the deal");
     * without one it says where, to whom or how long someone spoke ("spoke at a rally", "spoke for an hour").
     * Returns -1 when no topic follows within a few words of the same clause.
     */
    private static int topic(List<Word> ws, int k, int end) {
        boolean adjacent = true; // only adverbs so far: "spoke (emotionally) of", not "a gathering of"
        for (int j = k; j < end && j < k + 8; j++) {
            Word w = ws.get(j);
            if (j + 1 < end && (w.is("about") && !amount(ws.get(j + 1)) || w.is("of") && adjacent)) {
                return j + 1;
            }
            if (w.isPunct() || w.is("that")) {
                return -1;
            }
            adjacent &= w.is("out") || w.lower().endsWith("ly");
        }
        return -1;
    }

    private static final Set<String> NUMBER_WORDS = Set.copyOf(List.of("one", "two", "three", "four", "five", "six",
            "seven", "eight", "nine", "ten", "twenty", "thirty", "forty", "fifty", "half", "an", "a"));

    /** "about five minutes", "about an hour": "about" as an estimate, not a topic. */
    private static boolean amount(Word w) {
        return Character.isDigit(w.text().charAt(0)) || NUMBER_WORDS.contains(w.lower());
    }

    /** "plans to visit", not "said to reporters": "to" before a verb, not before a noun phrase. */
    static boolean infinitive(List<Word> ws, int k, int end) {
        if (!ws.get(k).is("to") || k + 1 >= end) {
            return false;
        }
        Word next = ws.get(k + 1);
        return !next.isPunct() && !next.isCapitalised() && !Character.isDigit(next.text().charAt(0))
                && !SpeakerPhrases.DETERMINERS.contains(next.lower()) && !ADDRESSEES.contains(next.lower());
    }

    private static boolean clauseStart(List<Word> ws, int k, CueLexicon.Match c) {
        if (k > c.to()) {
            return true; // after "that" or an adverbial
        }
        Word w = ws.get(k);
        return !w.isPunct() && !NOT_CLAUSE_STARTS.contains(w.lower());
    }

    private ReportedSpeech make(String text, List<Word> ws, int from, int to, int[] sp, CueLexicon.Match c,
                                       IntPredicate masked) {
        while (from < to && ws.get(from).isPunct() && !isQuoteMark(ws.get(from))) {
            from++;
        }
        if (from == 0 && dateline(ws.get(0))) {
            from = afterDateline(ws, to); // "WASHINGTON (AP) \u2014 The bill ...": the dateline is the paper's
        }
        if (from > c.from()) {
            to = Math.min(to, boundaries.subordinateEnd(ws, c.from(), to));
        }
        for (int k = from; k < to; k++) {
            if (masked.test(k)) {
                to = k; // stop before a direct quote
                break;
            }
            if (k > from + 1 && (ws.get(k).is(",") || ws.get(k).is("and") || ws.get(k).is("but")) && k + 2 < to
                    && boundaries.secondCue(ws, k + 1)) {
                to = k; // "..., saying ...", "... and asserted that ...": a second report starts
                break;
            }
            if (k > from && ws.get(k).is(",") && k + 2 < to && (ws.get(k + 1).is("who") || ws.get(k + 1).is("which"))
                    && boundaries.relativeCue(ws, k + 2)) {
                to = k; // "endorsed Trump, who says he is honored": the relative clause is Trump's own report
                break;
            }
            if (k > from + 1 && (ws.get(k).is("and") || ws.get(k).is("but")) && boundaries.otherSpeaker(ws, k + 1, to)) {
                to = k; // "... and Democrats accused ...": another speaker's report starts
                break;
            }
            if (k > from + 1 && ws.get(k).is(",") && k + 2 < to && (ws.get(k + 1).is("and") || ws.get(k + 1).is("but"))
                    && boundaries.newClause(ws, k + 2, to)) {
                to = k; // "..., and the downgrade is casting a shadow": a clause of the writer's own follows
                break;
            }
            if (k > from && from > c.from() && (ws.get(k).is("and") || ws.get(k).is("but") || ws.get(k).is("or"))
                    && k + 1 < to && boundaries.finiteVerb(ws, k + 1) && !ReportBoundaries.finiteClause(ws, from, k)) {
                to = k; // "promised a veto and attempted ...": the subject's next act, the object is the report
                break;
            }
            if (k > from && from > c.from() && ReportBoundaries.occasion(ws, k, to) && !ReportBoundaries.finiteClause(ws, from, k)) {
                to = k; // "... in a statement on Thursday": when and where it was said, not what
                break;
            }
            if (k > from + 1 && boundaries.clauseBreak(ws, k, to)) {
                to = k; // "..., but ...", "...; ...", "... -- ...": the report ends with its clause
                break;
            }
        }
        while (to > from && ws.get(to - 1).isPunct() && !isQuoteMark(ws.get(to - 1)) && !ws.get(to - 1).is(")")) {
            to--;
        }
        int words = 0;
        for (int k = from; k < to; k++) {
            if (!ws.get(k).isPunct()) {
                words++;
            }
        }
        if (words < 2) {
            return null;
        }
        Span content = Span.of(text, ws.get(from).start(), ws.get(to - 1).end());
        Span speaker = sp == null ? null : Span.of(text, ws.get(sp[0]).start(), ws.get(sp[1] - 1).end());
        Span cue = Span.of(text, ws.get(c.from()).start(), ws.get(c.to() - 1).end());
        return new ReportedSpeech(content, List.of(), speaker, cue);
    }

    static boolean isQuoteMark(Word w) {
        return w.text().length() == 1 && "\"'\u201c\u201d\u2018\u2019\u00ab\u00bb\u201e".indexOf(w.text().charAt(0)) >= 0;
    }
}
