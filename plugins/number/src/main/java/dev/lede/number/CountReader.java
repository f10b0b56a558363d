package dev.lede.number;

import dev.lede.annotation.NumberType;

import java.util.List;
import java.util.Set;

/**
 * A number with the noun it counts, the way GDELT records amounts: "50 countries", "2,000 troops", "12 people".
 * The noun is kept as written; only words that look like plural nouns count.
 */
final class CountReader {
    /** Lower-case words ending in "s" that are not plural nouns. */
    private static final Set<String> NOT_COUNTED = Set.copyOf(List.of("is", "was", "has", "his", "its", "this",
            "thus", "as", "us",
            "yes", "does", "goes", "always", "perhaps", "sometimes", "besides", "towards", "across", "unless", "less",
            "plus", "whereas", "afterwards", "news", "series", "times", "percents", "ones", "others", "hers", "ours",
            "yours", "theirs", "whose", "lbs", "mins", "hrs", "yrs", "kms", "secs", "gals", "mls", "dzs", "cents",
            "tens", "dozens", "hundreds", "thousands", "millions", "billions", "trillions", "seconds", "minus", "versus",
            "previous", "various", "serious", "famous", "nervous", "anxious", "obvious", "enormous", "numerous", "gross",
            "alias", "bus", "gas", "yrs", "mass", "class", "pass", "cross", "loss", "boss", "press", "process", "access",
            "success", "business", "address", "progress", "congress", "stress", "status", "bonus", "virus", "campus",
            "census", "consensus", "focus", "chaos", "has", "does", "says", "was", "seems", "means", "makes", "takes",
            "comes", "gets", "goes", "needs", "wants", "rises", "falls", "remains", "includes", "represents", "shows",
            "sees", "marks", "reaches", "hits", "tops", "totals", "equals", "gives", "leaves", "brings", "plans"));
    private static final Set<String> IRREGULAR_PLURALS = Set.of("people", "children", "men", "women", "police",
            "personnel", "staff", "cattle", "sheep", "fish", "deer", "aircraft", "livestock", "youths", "persons");

    private static final Set<String> DEMONYMS_IN_IS = Set.of("Israelis", "Iraqis", "Pakistanis", "Saudis", "Kuwaitis",
            "Somalis", "Yemenis", "Omanis", "Qataris", "Emiratis", "Bangladeshis", "Nepalis", "Azeris", "Kurds", "Thais",
            "Scots", "Swiss", "Britons", "Poles", "Turks", "Uzbeks", "Kazakhs", "Tajiks", "Serbs", "Croats", "Czechs",
            "Danes", "Finns", "Swedes", "Greeks", "Arabs", "Jews", "Sikhs", "Muslims", "Hindus", "Christians");

    /** Adjectives news puts between a number and what it counts. */
    private static final Set<String> MODIFIERS = Set.of("more", "other", "new", "additional", "extra", "armed",
            "civilian", "foreign", "local", "young", "elderly", "senior", "former", "injured", "wounded", "dead",
            "separate", "different", "major", "key", "small", "large", "suspected", "alleged", "unarmed", "innocent",
            // nouns used as modifiers: "six police officers", "40 aid workers"
            "police", "security", "staff", "army", "aid", "border", "government", "health", "rescue", "fire", "party",
            "family", "crew", "opposition", "rebel", "militia", "coalition", "state", "tax", "oil", "news");

    private final NumberWords words = NumberWords.get();

    /** A number with the noun it counts: "50 countries", "2,000 troops", "12 people". */
    void count(List<Lexeme> lx, Expression ex) {
        int j = ex.to;
        if (j >= lx.size() || ex.numeral == null || ex.numeral.bareFraction() || ex.value != Math.rint(ex.value)
                || ex.value < 2) {
            return;
        }
        Lexeme l = lx.get(j);
        if (!l.isWord() || l.gap() != 1) {
            return;
        }
        // one modifier may stand between: "12 Israeli soldiers", "30 more villages"
        if ((l.isCapitalized() || MODIFIERS.contains(l.lower())) && j + 1 < lx.size() && lx.get(j + 1).isWord()
                && lx.get(j + 1).gap() == 1 && !lx.get(j + 1).isCapitalized() && isCountNoun(lx.get(j + 1).lower())
                && !NOT_COUNTED.contains(l.lower())) {
            l = lx.get(++j);
        }
        boolean demonym = isDemonymPlural(l.text());
        if (l.isCapitalized() && !demonym) {
            return;
        }
        if (demonym || isCountNoun(l.lower())) {
            ex.type = NumberType.COUNT;
            ex.unit = l.text();
            ex.to = j + 1;
        }
    }

    /** "3 million Syrians", "40 Israelis": people named by their nation count like any plural noun. */
    private static boolean isDemonymPlural(String w) {
        boolean capitalOnly = Character.isUpperCase(w.charAt(0)) && w.substring(1).chars().allMatch(Character::isLowerCase);
        return capitalOnly && w.length() > 4 && w.endsWith("ans") || DEMONYMS_IN_IS.contains(w);
    }

    private boolean isCountNoun(String s) {
        if (IRREGULAR_PLURALS.contains(s)) {
            return true;
        }
        if (s.length() < 4 || !s.endsWith("s") || s.endsWith("ss") || s.endsWith("us") || s.endsWith("is")
                || s.endsWith("'s")) {
            return false;
        }
        return !NOT_COUNTED.contains(s) && !words.contains(s);
    }
}
