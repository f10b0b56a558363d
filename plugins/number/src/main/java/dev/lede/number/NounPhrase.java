package dev.lede.number;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A small noun-phrase reader for the words after a number, using only the lexemes and lexical cues (closed-class
 * words end a phrase; plural nouns end in "s" or are irregular). It finds the head noun a number counts and skips
 * the adjectives, names and nouns that modify it: "500 [knee] operations", "2,400 [social housing] units",
 * "40,000 [Model Y] cars", "one [Champions League] title". Hand-written because a part-of-speech tagger would cost
 * far more than the number analyzer itself, and the phrases after numbers are short and regular.
 */
final class NounPhrase {

    /** The head noun as written and the lexeme after it. */
    record Head(String text, int to) {
    }

    /** Words of a phrase before its head: at most this many modifiers ("three Champions League titles"). */
    static final int MAX_MODIFIERS = 3;

    /** Closed-class words and common adverbs: a noun phrase after a number ends before them. */
    private static final Set<String> STOP_WORDS = Set.of(
            // articles, determiners, quantifiers
            "the", "a", "an", "this", "that", "these", "those", "each", "every", "some", "any", "no", "all", "both",
            "either", "neither", "another", "many", "much", "most", "several", "few", "such",
            // prepositions
            "of", "in", "on", "at", "to", "for", "from", "by", "with", "without", "into", "onto", "over", "under",
            "after", "before", "during", "since", "until", "till", "than", "as", "about", "across", "against", "among",
            "amid", "between", "through", "throughout", "per", "via", "within", "near", "off", "up", "down", "out",
            "around", "behind", "beyond", "despite", "inside", "outside", "toward", "towards", "upon", "like", "unlike",
            "including", "versus", "vs", "apiece",
            // conjunctions and relatives
            "and", "or", "but", "nor", "so", "yet", "while", "because", "if", "when", "where", "who", "which", "whose",
            "whom", "what", "whether", "though", "although", "unless", "whereas", "then",
            // pronouns and possessives
            "i", "me", "my", "we", "us", "our", "you", "your", "he", "him", "his", "she", "her", "it", "its", "they",
            "them", "their", "one", "ones", "themselves", "itself", "himself", "herself",
            // auxiliaries and the commonest verbs after a count
            "is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had", "having", "do", "does",
            "did", "will", "would", "can", "could", "may", "might", "must", "shall", "should", "said", "say", "says",
            "get", "got", "went", "came", "made", "took", "gave", "left", "died", "won", "lost",
            // adverbs of time, place and degree
            "not", "also", "only", "just", "still", "already", "again", "ago", "later", "earlier", "now", "there",
            "here", "yesterday", "today", "tomorrow", "tonight", "last", "next", "ever", "never", "too", "very",
            "even", "instead", "together", "alone", "away", "back", "respectively", "altogether", "overall",
            "annually", "daily", "weekly", "monthly", "yearly", "along", "alongside", "ahead", "aboard", "past",
            "beside", "else",
            // negated auxiliaries before their "'t": "wasn't", "don't"
            "wasn", "isn", "aren", "weren", "don", "doesn", "didn", "couldn", "wouldn", "shouldn", "hasn", "haven",
            "hadn", "ain", "mustn", "needn");

    /** Words that modify a counted noun but are never one: "30 more villages", "two other men". */
    private static final Set<String> NEVER_HEADS = Set.of("more", "other", "others", "additional", "extra", "fewer",
            "less", "own", "same", "new", "first", "second", "third", "last", "next", "further", "different",
            "separate", "straight", "consecutive", "successive", "whole", "entire", "full", "odd", "plus", "minus",
            "percent", "per", "cent", "dead", "injured", "wounded", "killed", "missing", "alive", "old", "young",
            // adjectives and suffixes after a hyphen: "a 5,000-strong crowd", "a 10-fold rise", "30-ish"
            "strong", "fold", "ish", "something", "long", "wide", "high", "deep", "tall", "thick", "nil", "all");

    /** Lower-case words ending in "s" that are not plural nouns. */
    private static final Set<String> NOT_PLURALS = Set.of("is", "was", "has", "his", "its", "this", "thus", "as",
            "us", "yes", "does", "goes", "always", "perhaps", "sometimes", "besides", "towards", "across", "unless",
            "less", "plus", "whereas", "afterwards", "nevertheless", "nonetheless", "news", "series", "percents",
            "ones", "others", "hers", "ours", "yours", "theirs", "whose", "lbs", "mins", "hrs", "yrs", "kms", "secs",
            "gals", "mls", "dzs", "cents", "tens", "dozens", "hundreds", "thousands", "millions", "billions",
            "trillions", "seconds", "minus", "versus", "previous", "various", "serious", "famous", "nervous",
            "anxious", "obvious", "enormous", "numerous", "gross", "alias", "gas", "mass", "class", "pass", "cross",
            "loss", "boss", "press", "process", "access", "success", "business", "address", "progress", "congress",
            "stress", "status", "bonus", "virus", "campus", "census", "consensus", "focus", "chaos", "says", "seems",
            "means", "makes", "takes", "comes", "gets", "needs", "wants", "rises", "falls", "remains", "includes",
            "represents", "shows", "sees", "marks", "reaches", "hits", "tops", "totals", "equals", "gives", "leaves",
            "brings", "plans", "whereabouts", "overseas", "downstairs", "upstairs", "indoors", "outdoors", "becomes",
            "begins", "continues", "appears", "expects", "believes", "knows", "thinks", "tells", "asks", "follows");

    /** Plurals not made with "s", and nouns that count as their own plural. */
    private static final Set<String> IRREGULAR_PLURALS = Set.of("people", "children", "men", "women", "police",
            "personnel", "staff", "cattle", "sheep", "fish", "deer", "aircraft", "livestock", "persons", "teeth",
            "mice", "geese", "feet", "alumni", "criteria", "phenomena", "bacteria", "data", "media", "spacecraft",
            "offspring", "salmon", "troops", "clergy", "folk", "poultry", "crew");

    /** Nouns that modify other nouns in their plural form: "four singles titles", "two arms deals". */
    private static final Set<String> PLURAL_MODIFIERS = Set.of("sports", "singles", "doubles", "arms", "goods",
            "savings", "sales", "earnings", "customs", "rights", "services", "electronics", "communications", "parts",
            "futures", "securities", "operations", "sciences", "humanities", "affairs", "systems", "weapons");

    private static final Set<String> DEMONYMS_NOT_IN_ANS = Set.of("Israelis", "Iraqis", "Pakistanis", "Saudis",
            "Kuwaitis", "Somalis", "Yemenis", "Omanis", "Qataris", "Emiratis", "Bangladeshis", "Nepalis", "Azeris",
            "Kurds", "Thais", "Scots", "Swiss", "Britons", "Poles", "Turks", "Uzbeks", "Kazakhs", "Tajiks", "Serbs",
            "Croats", "Czechs", "Danes", "Finns", "Swedes", "Greeks", "Arabs", "Jews", "Sikhs", "Muslims", "Hindus",
            "Christians");

    private final NumberWords numberWords = NumberWords.get();

    /** A word of the phrase over lexemes [from, to): hyphenated compounds ("part-time") and "U.S." are one word. */
    private record Word(int from, int to, String text, String lower) {
        boolean capitalized() {
            return Character.isUpperCase(text.charAt(0));
        }
    }

    static boolean isStopWord(String lower) {
        return STOP_WORDS.contains(lower);
    }

    /**
     * The head of the phrase after a plural number ("2,400 social housing units" -> units): the first plural noun
     * within {@link #MAX_MODIFIERS} modifiers. A capitalised plural ("Champions") gives way to a later lower-case
     * one ("Champions League titles") and heads the phrase only when none follows ("3 million Syrians").
     */
    Head pluralHead(List<Lexeme> lx, int j) {
        return pluralHead(lx, j, MAX_MODIFIERS);
    }

    /** Without the noun-phrase reading: only a plural noun right after the number ("50 countries"). */
    Head adjacentHead(List<Lexeme> lx, int j) {
        Head h = pluralHead(lx, j, 0);
        return h == null || EventCounts.isTimes(h.text()) ? null : h;
    }

    private Head pluralHead(List<Lexeme> lx, int j, int maxModifiers) {
        List<Word> words = words(lx, j, maxModifiers + 1);
        Word capitalHead = null;
        for (int k = 0; k < words.size(); k++) {
            Word w = words.get(k);
            if (!isPlural(w)) {
                continue;
            }
            if (!w.capitalized()) {
                // nouns used in the plural as modifiers: "singles titles", "sports cars" (but "adults smokes")
                while (PLURAL_MODIFIERS.contains(w.lower()) && k + 1 < words.size() && !words.get(k + 1).capitalized()
                        && isPlural(words.get(k + 1))) {
                    w = words.get(++k);
                }
                return new Head(w.text(), w.to());
            }
            if (capitalHead == null && isCapitalPluralHead(w.text())) {
                capitalHead = w;
            }
        }
        if (capitalHead != null && capitalHead == lastPlural(words)) {
            return new Head(capitalHead.text(), capitalHead.to());
        }
        return null;
    }

    private Word lastPlural(List<Word> words) {
        Word last = null;
        for (Word w : words) {
            if (isPlural(w)) {
                last = w;
            }
        }
        return last;
    }

    private boolean isPlural(Word w) {
        return w.capitalized() && DEMONYMS_NOT_IN_ANS.contains(w.text()) || isPlural(w.lower());
    }

    /**
     * The head after "one": the last noun before the phrase ends or a verb begins ("one woman was", "one Champions
     * League title", "one man died"). Names are not counted nouns here ("one Direction").
     */
    Head singularHead(List<Lexeme> lx, int j) {
        List<Word> words = words(lx, j, MAX_MODIFIERS + 1);
        Word head = null;
        for (int k = 0; k < words.size(); k++) {
            Word w = words.get(k);
            if (k > 0 && looksLikeVerbOrAdverb(w.lower())) {
                break;
            }
            head = w;
        }
        if (head == null || head.capitalized() || !isSingularNoun(head.lower())) {
            return null;
        }
        return new Head(head.text(), head.to());
    }

    /** A lower-case word that can be a singular counted noun ("game", "woman"): not a plural, verb or modifier. */
    boolean isSingularNoun(String lower) {
        return lower.length() >= 3 && !STOP_WORDS.contains(lower) && !NEVER_HEADS.contains(lower)
                && !numberWords.contains(lower) && !isPlural(lower) && !looksLikeVerbOrAdverb(lower)
                && !lower.endsWith("s") && lower.chars().allMatch(Character::isLetter);
    }

    /** Irregular past tenses: they end the phrase after "one" like a regular "-ed" ("one resident told"). */
    private static final Set<String> IRREGULAR_PASTS = Set.of("told", "took", "went", "saw", "ran", "fell", "rose",
            "found", "became", "began", "brought", "bought", "thought", "knew", "kept", "held", "paid", "sent", "spent",
            "built", "led", "met", "sold", "stood", "wrote", "spoke", "drove", "flew", "fought", "caught", "taught",
            "felt", "heard", "meant", "chose", "broke", "struck", "shot", "stole", "swore", "threw", "woke", "won");

    /** "died", "quickly", "says", "saying", "told": a word that ends a phrase after its noun. */
    private static boolean looksLikeVerbOrAdverb(String lower) {
        if (IRREGULAR_PASTS.contains(lower)) {
            return true;
        }
        int n = lower.length();
        return n > 4 && (lower.endsWith("ed") || lower.endsWith("ly")) || n > 5 && lower.endsWith("ing")
                || n > 3 && lower.endsWith("s") && !lower.endsWith("ss") && !lower.endsWith("us") && !lower.endsWith("is");
    }

    /** The words of the phrase at {@code j}, up to {@code max}, ending before punctuation, numbers or stop words. */
    private List<Word> words(List<Lexeme> lx, int j, int max) {
        List<Word> out = new ArrayList<>(max);
        int k = j;
        while (out.size() < max && k < lx.size()) {
            Lexeme l = lx.get(k);
            if (l.isDigits() && l.gap() == 1 && !out.isEmpty() && out.get(out.size() - 1).capitalized()) {
                // a model's number inside a name: "Model 3 sedans", "Boeing 737 jets"
                out.add(new Word(k, k + 1, l.text(), l.text()));
                k++;
                continue;
            }
            if (!l.isWord() || l.gap() < 1 || l.gap() > 2) {
                break;
            }
            int end = wordEnd(lx, k);
            String text = text(lx, k, end);
            String lower = text.toLowerCase(java.util.Locale.ROOT);
            if (STOP_WORDS.contains(lower) || numberWords.contains(lower)) {
                break;
            }
            out.add(new Word(k, end, text, lower));
            k = end;
        }
        return out;
    }

    /** The end of the word at {@code k}: hyphenated parts ("part-time", "Covid-19") and dotted initials ("U.S."). */
    private static int wordEnd(List<Lexeme> lx, int k) {
        int n = lx.size();
        int end = k + 1;
        while (end + 1 < n && (lx.get(end).is('-') || lx.get(end).is('‑')) && lx.get(end).glued()
                && lx.get(end + 1).glued() && (lx.get(end + 1).isWord() || lx.get(end + 1).isDigits())) {
            end += 2;
        }
        if (end == k + 1 && lx.get(k).text().length() == 1 && Character.isUpperCase(lx.get(k).text().charAt(0))) {
            while (end + 1 < n && lx.get(end).is('.') && lx.get(end).glued() && lx.get(end + 1).glued()
                    && lx.get(end + 1).isWord() && lx.get(end + 1).text().length() == 1) {
                end += 2;
            }
            if (end > k + 1 && end < n && lx.get(end).is('.') && lx.get(end).glued()) {
                end++;
            }
        }
        return end;
    }

    private static String text(List<Lexeme> lx, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int k = from; k < to; k++) {
            b.append(lx.get(k).text());
        }
        return b.toString();
    }

    /** "people", "goalkeepers", "year-olds": a plural noun, judged by its last part. */
    boolean isPlural(String lower) {
        String last = lower.substring(lower.lastIndexOf('-') + 1);
        if (IRREGULAR_PLURALS.contains(last)) {
            return true;
        }
        if (last.length() < 4 || !last.endsWith("s") || last.endsWith("ss") || last.endsWith("us")
                || last.endsWith("is") || last.endsWith("'s")) {
            return false;
        }
        return !NOT_PLURALS.contains(last) && !numberWords.contains(last) && last.chars().allMatch(Character::isLetter);
    }

    /**
     * A capitalised plural that heads a phrase: a nation's people ("Syrians", "Israelis") or a capitalised word
     * that is not one of a name's words ("Oscars"); "iPhones" is written in lower case first and needs no check.
     */
    private static boolean isCapitalPluralHead(String w) {
        boolean capitalOnly = w.length() > 3 && w.substring(1).chars().allMatch(Character::isLowerCase);
        return capitalOnly || DEMONYMS_NOT_IN_ANS.contains(w);
    }
}
