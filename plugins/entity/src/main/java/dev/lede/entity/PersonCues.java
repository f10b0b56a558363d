package dev.lede.entity;

import dev.lede.annotation.EntityType;
import dev.lede.entity.gazetteer.Gazetteer;
import dev.lede.entity.gazetteer.GazetteerCategory;
import dev.lede.entity.model.NameSpan;
import dev.lede.entity.model.Words;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Context that says a name is a person whatever the tagger thought: an appositive with a person noun ("Valeska
 * Paris, an Australian woman", "Ana Rolt, the former minister") or an age ("Ana Rolt, 34,"), a list of people
 * ("Romelu Lukaku, Yannick Carrasco, and Dries Mertens") or an organisation's possessive ("DAB 's Ben Chan").
 * News introduces people this way; the tagger, reading only two words around, misses it when the name's words
 * are unknown or also places. Stateless, thread-safe.
 */
final class PersonCues {
    /** Common nouns (roles and titles in lower case) that, heading an appositive, describe a person. */
    private static final Set<String> PERSON_NOUNS = Set.of("woman", "man", "girl", "boy", "mother", "father",
            "wife", "husband", "son", "daughter", "widow", "widower", "teenager", "student", "resident", "actor",
            "actress", "author", "writer", "novelist", "poet", "singer", "songwriter", "musician", "artist", "player",
            "footballer", "lawyer", "attorney", "politician", "journalist", "reporter", "activist", "photographer",
            "teacher", "scientist", "researcher", "economist", "analyst", "veteran", "citizen", "grandmother",
            "grandfather", "businessman", "businesswoman", "entrepreneur", "campaigner", "candidate", "lawmaker",
            "member", "founder", "co-founder", "leader", "curator", "designer", "filmmaker", "director", "producer",
            "spokesman", "spokeswoman", "spokesperson", "official", "officer", "survivor", "victim", "refugee",
            "priest", "nun", "doctor", "nurse", "professor", "lecturer", "athlete", "coach", "captain", "striker",
            "midfielder", "defender", "goalkeeper", "pilot", "soldier", "engineer", "farmer", "worker", "mayor",
            "senator", "minister", "president", "chairman", "chairwoman", "executive", "employee", "scientologist");

    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "at", "from", "to", "near", "into", "outside",
            "across", "toward", "towards", "via", "of", "on");

    /** Words that may stand between the determiner and the person noun ("a former senior", "an Australian"). */
    private static final int MAX_MODIFIERS = 4;

    private final Gazetteer gazetteer;

    PersonCues(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** Whether the words right after the name introduce it as a person. */
    boolean introducesPerson(Words words, NameSpan s) {
        int i = s.end();
        int end = words.sentenceEnd()[s.first()];
        if (i + 2 >= end || !words.word(i).equals(",")) {
            return false;
        }
        if (s.first() > words.sentenceStart()[s.first()]
                && PLACE_PREPOSITIONS.contains(words.word(s.first() - 1).toLowerCase(Locale.ROOT))) {
            return false;   // "born in Powderly, the son of ...": the appositive describes the sentence's subject
        }
        i++;
        if (isAge(words.word(i)) && words.word(i + 1).equals(",")) {
            return true;
        }
        String det = words.word(i);
        if (!det.equals("a") && !det.equals("an") && !det.equals("the")) {
            return false;
        }
        for (int k = i + 1; k < end && k <= i + 1 + MAX_MODIFIERS; k++) {
            String w = words.word(k);
            if (isPersonNoun(w)) {
                return k + 1 >= end || endsNounPhrase(words.word(k + 1));
            }
            char c = w.charAt(0);
            boolean modifier = Character.isLowerCase(c) || Character.isDigit(c)
                    || GazetteerCategory.NORP.in(gazetteer.categories(w));
            if (!modifier) {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether a two-word name that starts with a known first name (even one that is also a town: "Ben", "Holden")
     * follows an organisation's possessive: "DAB 's Ben Chan", "FTU 's Alice Mak". The caller leaves names the
     * tagger read as organisations alone ("the League's Charlotte Panthers").
     */
    boolean possessedPerson(Words words, List<NameSpan> sorted, int k) {
        NameSpan s = sorted.get(k);
        if (s.end() - s.first() != 2 || s.first() < 2 || k == 0) {
            return false;
        }
        NameSpan owner = sorted.get(k - 1);
        if (owner.end() != s.first() - 1 || owner.type() == EntityType.PERSON) {
            return false;   // "Lawrence Lessig 's Free Culture": a person's possession is a work, not a person
        }
        String before = words.word(s.first() - 1);
        if (!NameLexicon.isPossessive(before)) {
            return false;
        }
        String given = words.word(s.first());
        String surname = words.word(s.first() + 1);
        int never = GazetteerCategory.COUNTRY.bit() | GazetteerCategory.NORP.bit() | GazetteerCategory.TITLE.bit()
                | GazetteerCategory.PRODUCT.bit();
        int g = gazetteer.categories(given);
        int f = gazetteer.categories(surname);
        return GazetteerCategory.isGivenName(g) && (g & never) == 0
                && (f & never) == 0 && isNameShaped(surname) && !NameLexicon.isInstitutionWord(surname);
    }

    /**
     * Whether a two-word name tagged as a place reads as a first name and a surname: "Victoria Rowell", "Georgia
     * Stevens", "Ben Elton". The tagger leans on the gazetteer, where Victoria and Georgia are also states; a second
     * word that is no place, group, title or institution word, and a pair the gazetteer does not know as a place,
     * say the pair names a person.
     */
    boolean givenNameAndSurname(Words words, NameSpan s) {
        if (s.end() - s.first() != 2) {
            return false;
        }
        String given = words.word(s.first());
        String surname = words.word(s.first() + 1);
        int g = gazetteer.categories(given);
        int places = GazetteerCategory.COUNTRY.bit() | GazetteerCategory.REGION.bit() | GazetteerCategory.CITY.bit();
        return GazetteerCategory.isGivenName(g)
                && isNameShaped(given) && isNameShaped(surname)
                && (gazetteer.categories(surname) & NOT_PERSON) == 0
                && (gazetteer.categories(words.phrase(s.first(), s.end())) & places) == 0
                && !NameLexicon.isInstitutionWord(surname);
    }

    /** A capitalised word with lower-case letters after the first ("Chan", not "FTU" or "chan"). */
    private static boolean isNameShaped(String w) {
        return w.length() >= 2 && Character.isUpperCase(w.charAt(0)) && !NameLexicon.isAllCaps(w);
    }

    /** Whether a word can follow the head of the appositive: not another noun ("the member state"). */
    private static boolean endsNounPhrase(String next) {
        return !Character.isLetter(next.charAt(0)) || NameLexicon.FUNCTION_WORDS.contains(next) || next.equals("who");
    }

    private static final int NOT_PERSON = GazetteerCategory.COUNTRY.bit() | GazetteerCategory.CITY.bit()
            | GazetteerCategory.REGION.bit() | GazetteerCategory.NORP.bit() | GazetteerCategory.TITLE.bit()
            | GazetteerCategory.PRODUCT.bit();

    /**
     * Whether a two- or three-word name of plain name-shaped words (no place, group or institution word) stands in
     * a list next to a full person name: "Romelu Lukaku, Yannick Carrasco, and Dries Mertens".
     *
     * @param sorted all spans of the document in text order
     * @param k      the index of the name in {@code sorted}
     */
    boolean listedWithPeople(Words words, List<NameSpan> sorted, int k) {
        NameSpan s = sorted.get(k);
        int n = s.end() - s.first();
        if (n < 2 || n > 3) {
            return false;
        }
        for (int i = s.first(); i < s.end(); i++) {
            String w = words.word(i);
            if (w.length() < 2 || !Character.isUpperCase(w.charAt(0)) || NameLexicon.isAllCaps(w)
                    || (gazetteer.categories(w) & NOT_PERSON) != 0 || NameLexicon.isInstitutionWord(w)) {
                return false;
            }
        }
        if (s.first() > 0 && words.word(s.first() - 1).equals("of")) {
            return false;   // "Raymond Chan of People Power": an affiliation, not a list item
        }
        NameSpan prev = k > 0 ? sorted.get(k - 1) : null;
        NameSpan prev2 = k > 1 ? sorted.get(k - 2) : null;
        NameSpan next = k + 1 < sorted.size() ? sorted.get(k + 1) : null;
        boolean afterPerson = prev != null && isFullPerson(prev) && isListSeparator(words, prev.end(), s.first());
        boolean beforePerson = next != null && isFullPerson(next) && isListSeparator(words, s.end(), next.first());
        // a comma alone also separates an appositive ("the United Nations, Madeleine Albright,"): it needs "and"
        // or a third person before
        boolean and = afterPerson && words.word(s.first() - 1).equals("and")
                || beforePerson && words.word(next.first() - 1).equals("and");
        boolean thirdPerson = afterPerson && prev2 != null && isFullPerson(prev2)
                && isListSeparator(words, prev2.end(), prev.first());
        return and || thirdPerson;
    }

    private static boolean isFullPerson(NameSpan s) {
        return s.type() == EntityType.PERSON && s.end() - s.first() >= 2;
    }

    /** Whether words {@code [from, to)} are ",", "and" or ", and". */
    private static boolean isListSeparator(Words words, int from, int to) {
        if (to <= from || to - from > 2) {
            return false;
        }
        String between = words.phrase(from, to);
        return between.equals(",") || between.equals("and") || between.equals(", and");
    }

    private boolean isPersonNoun(String w) {
        if (!Character.isLowerCase(w.charAt(0))) {
            return false;
        }
        String lw = w.toLowerCase(Locale.ROOT);
        return PERSON_NOUNS.contains(lw) || lw.endsWith("-year-old");
    }

    /** An age as news writes it after a name: one or two digits, 1 to 109. */
    private static boolean isAge(String w) {
        if (w.isEmpty() || w.length() > 2 || !w.chars().allMatch(Character::isDigit)) {
            return false;
        }
        return Integer.parseInt(w) > 0;
    }
}
