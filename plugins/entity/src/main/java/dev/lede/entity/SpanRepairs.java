package dev.lede.entity;

import dev.lede.annotation.EntityType;
import dev.lede.entity.gazetteer.Gazetteer;
import dev.lede.entity.gazetteer.GazetteerCategory;
import dev.lede.entity.model.NameSpan;
import dev.lede.entity.model.Words;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Repairs single names the tagger got almost right: strips titles, "The" and punctuation at the edges, splits a
 * title out of the middle ("NATO Secretary General Mark Rutte"), fixes types that word lists decide ("Patriot",
 * "World Health Organization", "Daniel Montalvo") and rejoins "X of Y" names cut at "of". Stateless, thread-safe.
 */
final class SpanRepairs {
    private final Gazetteer gazetteer;

    SpanRepairs(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /**
     * Repairs one tagged name; null when nothing of it is left. Three passes share this walk over the name, each
     * switchable: {@code edges} drops punctuation edges, a leading "The", trailing function words and caption labels,
     * and names that are descriptions ("pro-Beijing", "Warhol-like"); {@code titles} drops titles and portfolios
     * before a person's name and a role title after a place ("Los Angeles Sheriff"); {@code lexicon} lets word lists
     * and name heads decide the type ({@link #lexiconType}).
     */
    NameSpan trim(Words words, NameSpan s, boolean edges, boolean titles, boolean lexicon) {
        int first = s.first();
        int end = s.end();
        if (edges) {
            while (first < end && !Character.isLetterOrDigit(words.word(first).charAt(0))) {
                first++;
            }
            while (end > first && !Character.isLetterOrDigit(words.word(end - 1).charAt(0))) {
                end--;
            }
            if (end - first > 1 && (words.word(first).equals("The") || words.word(first).equals("the"))) {
                first++;
            }
            // a name never ends in a lower-case function word ("Polaroids of") nor in a caption label ("Image:")
            while (end - first > 1 && (NameLexicon.FUNCTION_WORDS.contains(words.word(end - 1))
                    || CAPTION_LABELS.contains(words.word(end - 1)) && end < words.size()
                    && words.word(end).equals(":"))) {
                end--;
            }
        }
        if (titles) {
            if ((s.type() == EntityType.ORGANIZATION || s.type() == EntityType.LOCATION) && end - first > 1
                    && gazetteer.contains(words.word(end - 1), GazetteerCategory.TITLE)
                    && !NameLexicon.FINAL_HEADS.containsKey(words.word(end - 1))) {
                // "Los Angeles Sheriff", "NASA Administrator": a title after a place or acronym names a role, not a
                // body ("Iron Lady" stays: "Iron" is neither)
                String rest = words.phrase(first, end - 1);
                EntityType restType = typeOfModifier(rest);
                if (restType == EntityType.LOCATION) {
                    return new NameSpan(first, end - 1, restType);
                }
                if (end - first == 2 && rest.length() > 1 && NameLexicon.isAllCaps(rest)) {
                    return new NameSpan(first, end - 1, s.type());
                }
            }
            if (end - first == 1 && portfolioBeforeTitle(words, first)) {
                return null; // "Energy" of "Energy Secretary Fiona MacLeod": part of the role, not a name
            }
            if (s.type() == EntityType.PERSON && end - first > 2 && portfolioBeforeTitle(words, first)) {
                first++; // then the title itself is cut below
            }
            if (s.type() == EntityType.PERSON) {
                for (int len = Math.min(4, end - first - 1); len >= 1; len--) {
                    if (gazetteer.contains(words.phrase(first, first + len), GazetteerCategory.TITLE)
                            && !isGivenNameBeforeSurname(words, first, len, end)) {
                        first += len;
                        break;
                    }
                }
            }
        }
        if (first >= end) {
            return null;
        }
        if (edges && (end - first == 1
                && NameLexicon.FUNCTION_WORDS.contains(words.word(first).toLowerCase(Locale.ROOT))
                || end - first == 1 && STANCE_PREFIX.matcher(words.word(first)).matches()
                || DESCRIPTIVE_SUFFIX.matcher(words.word(end - 1)).matches())) {
            return null;
        }
        return new NameSpan(first, end, lexicon ? lexiconType(words.phrase(first, end), s.type()) : s.type());
    }

    /** Government portfolios that, before a title, name the office ("Health Minister", "Energy Secretary"). */
    private static final Set<String> PORTFOLIOS = Set.of("Energy", "Health", "Defence", "Defense", "Justice",
            "Interior", "Finance", "Education", "Transport", "Transportation", "Environment", "Labour", "Labor",
            "Trade", "Culture", "Agriculture", "Housing", "Economy", "Commerce", "Industry", "Immigration",
            "Communications", "Tourism", "Sports", "Sport", "Business", "Climate", "Infrastructure", "Development",
            "Welfare", "Employment", "Fisheries", "Veterans", "Security");

    /** Word {@code i} is a portfolio and a title follows it. */
    private boolean portfolioBeforeTitle(Words words, int i) {
        return PORTFOLIOS.contains(words.word(i)) && i + 1 < words.size()
                && gazetteer.contains(words.word(i + 1), GazetteerCategory.TITLE);
    }

    /** "pro-Beijing", "anti-Pyongyang", "non-Muslim": a stance or contrast, not a name ("ex-Milan" is kept). */
    private static final java.util.regex.Pattern STANCE_PREFIX = java.util.regex.Pattern.compile("(pro|anti|non)-\\p{Lu}.*");

    /**
     * "Warhol-like", "Scientology-related", "Prize-winner": a name turned into a description. Origin adjectives
     * ("London-based", "Brazilian-born") stay names: CoNLL-style annotation counts them as MISC.
     */
    private static final java.util.regex.Pattern DESCRIPTIVE_SUFFIX = java.util.regex.Pattern.compile(
            ".+-(like|related|critic|critics|room|winner|winning|inspired|themed|style|esque)");

    /**
     * "Dean Kamen": a one-word title that is also a common first name, followed by a single surname, is the
     * person's first name (a title alone before a bare surname, "Dean Smith said", is rarer in news than a name);
     * not before another given name ("Prince Eugene").
     */
    private boolean isGivenNameBeforeSurname(Words words, int first, int len, int end) {
        if (len != 1 || end - first != 2) {
            return false;
        }
        int cats = gazetteer.categories(words.word(first));
        int next = gazetteer.categories(words.word(first + 1));
        // "Prince Eugene": a title before a given name stays a title
        return GazetteerCategory.isGivenName(cats) && !GazetteerCategory.isGivenName(next);
    }

    /** Capitalised prepositions that, followed by "the", start a new sentence rather than continue a name. */
    private static final Set<String> INNER_SENTENCE_OPENERS = Set.of("In", "At", "On", "From", "During", "After");

    /** Words that label a picture caption in news pages: "Washington D.C. Image: ..." is not part of the name. */
    private static final Set<String> CAPTION_LABELS = Set.of("Image", "Photo", "Picture", "Video", "Caption");

    /** Heads that make a nationality or religion word part of an organisation: "Catholic Church", "Indonesian Navy". */
    private static final Set<String> GROUP_HEADS = Set.of("Church", "Navy", "Army", "Synod", "Diocese");

    /**
     * Joins a nationality or religion word with the organisation head right after it ("Greek" + "Orthodox
     * Church", "Indonesian" + "Navy"), whether or not the model tagged the head, and takes a version or edition
     * number into a product or event name ("Internet Explorer 6", "Euro 96").
     */
    List<NameSpan> joinHeadsAndNumbers(Words words, List<NameSpan> spans) {
        List<NameSpan> sorted = new ArrayList<>(spans);
        sorted.sort(Comparator.comparingInt(NameSpan::first));
        List<NameSpan> out = new ArrayList<>(sorted.size());
        for (int k = 0; k < sorted.size(); k++) {
            NameSpan a = sorted.get(k);
            int limit = Math.min(k + 1 < sorted.size() ? sorted.get(k + 1).first() : words.size(),
                    words.sentenceEnd()[a.first()]);
            if (a.type() == EntityType.NORP && a.end() - a.first() == 1) {
                NameSpan b = k + 1 < sorted.size() ? sorted.get(k + 1) : null;
                if (b != null && b.first() == a.end() && b.type() == EntityType.ORGANIZATION
                        && GROUP_HEADS.contains(words.word(b.end() - 1))) {
                    out.add(new NameSpan(a.first(), b.end(), EntityType.ORGANIZATION));
                    k++;
                    continue;
                }
                if (a.end() < limit && GROUP_HEADS.contains(words.word(a.end()))) {
                    out.add(new NameSpan(a.first(), a.end() + 1, EntityType.ORGANIZATION));
                    continue;
                }
            }
            int before = a.first() - 1;
            if (a.type() == EntityType.PERSON && a.end() - a.first() == 1 && isHyphenatedGivenName(words.word(a.first()))
                    && before >= 0 && (out.isEmpty() || out.get(out.size() - 1).end() <= before)
                    && isFamilyName(words.word(before))) {
                // "Wong" + "Pik-wan": the tagger left the one-syllable family name out
                out.add(new NameSpan(before, a.end(), a.type()));
                continue;
            }
            if (a.type() == EntityType.MISC && a.end() < limit && isEditionNumber(words, a.end(), limit)) {
                out.add(new NameSpan(a.first(), a.end() + 1, a.type()));
                continue;
            }
            out.add(a);
        }
        return out;
    }

    /** A capitalised word of two to six letters that is not a function word ("Wong", "Kim", not "The"). */
    private static boolean isFamilyName(String w) {
        return w.length() >= 2 && w.length() <= 6 && Character.isUpperCase(w.charAt(0))
                && w.substring(1).chars().allMatch(Character::isLowerCase)
                && !NameLexicon.FUNCTION_WORDS.contains(w.toLowerCase(Locale.ROOT))
                && !NameLexicon.TITLE_CASE_FUNCTION_WORDS.contains(w);
    }

    /** Words after a number that make it a quantity ("Patriot 13 percent"), not an edition. */
    private static final Set<String> QUANTITY_WORDS = Set.of("percent", "per", "pct", "million", "billion",
            "trillion", "thousand", "hundred", "points", "years", "months", "days", "times", "people");

    /** One to four digits standing alone, not the start of a score or range ("6 - 2", "6 : 2", "6 %"). */
    private static boolean isEditionNumber(Words words, int i, int limit) {
        String w = words.word(i);
        if (w.isEmpty() || w.length() > 4 || !w.chars().allMatch(Character::isDigit)) {
            return false;
        }
        if (i + 1 >= limit) {
            return true;
        }
        String next = words.word(i + 1);
        return !(Character.isDigit(next.charAt(0)) || next.equals("%") || next.equals("-") || next.equals("–")
                || next.equals(":") || next.equals("/") || next.equals(",") || QUANTITY_WORDS.contains(next));
    }

    /**
     * The type a hand-checked list imposes on a whole name: the product list ("Patriot" in "Patriot systems" is
     * not a person) and nationality words ("Russian" is NORP, never MISC).
     */
    private EntityType lexiconType(String name, EntityType tagged) {
        int cats = gazetteer.categories(name);
        if (GazetteerCategory.PRODUCT.in(cats)) {
            return EntityType.MISC;
        }
        if (GazetteerCategory.NORP.in(cats) && !GazetteerCategory.COUNTRY.in(cats) && tagged == EntityType.MISC) {
            return EntityType.NORP;
        }
        int space = name.lastIndexOf(' ');
        String head = space < 0 ? null : name.substring(space + 1);
        EntityType byHead = head == null ? null : NameLexicon.FINAL_HEADS.get(head);
        // a programme or project may be run as an organisation: its head only overrules a "person"
        boolean programme = head != null && NameLexicon.PROGRAMME_HEADS.contains(head) && tagged != EntityType.PERSON;
        if (byHead != null && tagged != EntityType.NORP && !head.equals("Bank") && !programme) {
            return byHead; // also when the tagger agreed: "North Sea" must not become a "first name + surname"
        }
        EntityType byOfHead = ofHeadType(name);
        if (byOfHead != null && tagged != EntityType.NORP) {
            return byOfHead;
        }
        if ((tagged == EntityType.LOCATION || tagged == EntityType.ORGANIZATION) && looksLikeFullName(name)) {
            return EntityType.PERSON;
        }
        if (tagged != EntityType.PERSON && tagged != EntityType.NORP && endsInHyphenatedGivenName(name)) {
            return EntityType.PERSON;
        }
        return tagged;
    }

    private static final java.util.regex.Pattern HYPHENATED_GIVEN_NAME =
            java.util.regex.Pattern.compile("[A-Z][a-z]{1,6}-[a-z]{2,6}");

    /** Second halves of "New York-based", "Hong Kong-born" and the like, which are not given names. */
    private static final Set<String> NOT_GIVEN_NAME_ENDS = Set.of("born", "made", "run", "led", "held", "like",
            "free", "wide", "style", "only", "era", "class", "size", "long", "old", "area", "bound", "grown", "winner",
            "winning", "speaking", "language", "party", "wing", "time", "year", "term", "level", "scale");

    /**
     * Romanised Chinese and Korean names end in a hyphenated given name ("Kwok Ka-ki", "Kim In-so"): two or three
     * capitalised words, the last of the form "Xx-xx" and not a compound like "New York-based".
     */
    private boolean endsInHyphenatedGivenName(String name) {
        String[] parts = name.split(" ");
        if (parts.length < 2 || parts.length > 3) {
            return false;
        }
        for (String p : parts) {
            if (!Character.isUpperCase(p.charAt(0))) {
                return false;
            }
        }
        return isHyphenatedGivenName(parts[parts.length - 1])
                && (gazetteer.categories(parts[0]) & NameLexicon.KNOWN_NAMES) == 0;
    }

    private static boolean isHyphenatedGivenName(String word) {
        if (!HYPHENATED_GIVEN_NAME.matcher(word).matches()) {
            return false;
        }
        String end = word.substring(word.indexOf('-') + 1);
        return !end.endsWith("ed") && !NOT_GIVEN_NAME_ENDS.contains(end);
    }

    /**
     * Splits "Claudia Mo of the Civic Party" (one span from the tagger) into the person and the organisation when
     * the words before "of" look like a person's name; otherwise hands the span on unchanged.
     */
    List<NameSpan> splitPersonOf(Words words, NameSpan s) {
        for (int p = s.first() + 1; p < s.end() - 2; p++) {
            if (INNER_SENTENCE_OPENERS.contains(words.word(p)) && words.word(p + 1).equals("the")) {
                // "DAB In the Kowloon West constituency": a sentence break the text lost (a caption line)
                return List.of(new NameSpan(s.first(), p, lexiconType(words.phrase(s.first(), p), s.type())),
                        new NameSpan(p + 2, s.end(), lexiconType(words.phrase(p + 2, s.end()), s.type())));
            }
        }
        for (int p = s.first() + 1; p < s.end() - 1; p++) {
            if (!words.word(p).equals("of")) {
                continue;
            }
            String left = words.phrase(s.first(), p);
            boolean person = looksLikeFullName(left) || endsInHyphenatedGivenName(left)
                    || p - s.first() == 1 && isHyphenatedGivenName(left);
            int right = words.word(p + 1).equals("the") ? p + 2 : p + 1;
            if (!person || right >= s.end() || !Character.isUpperCase(words.word(right).charAt(0))) {
                return List.of(s);
            }
            return List.of(new NameSpan(s.first(), p, EntityType.PERSON),
                    new NameSpan(right, s.end(), lexiconType(words.phrase(right, s.end()), EntityType.ORGANIZATION)));
        }
        return List.of(s);
    }

    /**
     * The type the head of an "X of Y" name decides when the name has no telling last word: "Museum of Flight"
     * is a place, "Church of Scientology" an organisation, "Battle of Hastings" an event. Null otherwise.
     */
    private static EntityType ofHeadType(String name) {
        int of = name.indexOf(" of ");
        if (of < 0) {
            return null;
        }
        String before = name.substring(0, of);
        return NameLexicon.HEADS.get(before.substring(before.lastIndexOf(' ') + 1));
    }

    /**
     * A known first name alone that is nothing else in the gazetteer ("Gloria"), or two capitalised words, the
     * first a known first name that is not also a place, the second an ordinary word-shaped name that is not a
     * place or organisation word: "Daniel Montalvo", not "Jordan Valley" or "Victoria Station". The model, misled
     * by a surname that is also a town, sometimes calls these places or organisations.
     */
    private boolean looksLikeFullName(String name) {
        String[] parts = name.split(" ");
        if (parts.length == 1) {
            int cats = gazetteer.categories(name);
            return GazetteerCategory.isGivenName(cats) && (cats & GazetteerCategory.GIVEN_NAMES) == cats;
        }
        if (parts.length != 2 || gazetteer.categories(name) != 0) {
            return false;
        }
        int first = gazetteer.categories(parts[0]);
        boolean firstName = GazetteerCategory.isGivenName(first);
        int notPerson = GazetteerCategory.COUNTRY.bit() | GazetteerCategory.CITY.bit() | GazetteerCategory.NORP.bit()
                | GazetteerCategory.TITLE.bit() | GazetteerCategory.PRODUCT.bit();
        String last = parts[1];
        return firstName && (first & notPerson) == 0 && last.length() > 2 && Character.isUpperCase(last.charAt(0))
                && last.substring(1).chars().allMatch(Character::isLowerCase) && !NameLexicon.NON_PERSON_WORDS.contains(last)
                && !GazetteerCategory.COUNTRY.in(gazetteer.categories(last));
    }

    /**
     * Splits a name with a title inside ("US President Barack Obama", "NATO Secretary General Mark Rutte") into
     * the organisation or place before the title and the person after it, when the words after the title look
     * like a person (the span was tagged PERSON or they start with a known first name).
     */
    void splitAtTitle(Words words, NameSpan s, List<NameSpan> out) {
        if (s.type() == EntityType.PERSON && s.end() - s.first() >= 3
                && GazetteerCategory.NORP.in(gazetteer.categories(words.word(s.first())))) {
            // "Scientologist Tom Cruise", "Ukrainian Volodymyr Zelensky": the group word is its own name
            out.add(new NameSpan(s.first(), s.first() + 1, EntityType.NORP));
            s = new NameSpan(s.first() + 1, s.end(), s.type());
        }
        for (int p = s.first() + 1; p < s.end() - 1; p++) {
            for (int len = Math.min(3, s.end() - 1 - p); len >= 1; len--) {
                if (!gazetteer.contains(words.phrase(p, p + len), GazetteerCategory.TITLE)) {
                    continue;
                }
                int personStart = p + len;
                String firstOfPerson = words.word(personStart);
                int cats = gazetteer.categories(firstOfPerson);
                boolean person = s.type() == EntityType.PERSON || GazetteerCategory.isGivenName(cats);
                if (!person || !Character.isUpperCase(firstOfPerson.charAt(0))) {
                    continue;
                }
                out.add(new NameSpan(s.first(), p, typeOfModifier(words.phrase(s.first(), p))));
                out.add(new NameSpan(personStart, s.end(), EntityType.PERSON));
                return;
            }
        }
        out.add(s);
    }

    /** The type of a name standing before a title: a place, a nationality, else an organisation. */
    private EntityType typeOfModifier(String name) {
        int cats = gazetteer.categories(name);
        if (GazetteerCategory.NORP.in(cats)) {
            return EntityType.NORP;
        }
        if (GazetteerCategory.COUNTRY.in(cats) || GazetteerCategory.CITY.in(cats)
                || GazetteerCategory.REGION.in(cats)) {
            return EntityType.LOCATION;
        }
        return EntityType.ORGANIZATION;
    }

    /**
     * Joins "Church" + "of" + "Scientology" into one name when the words before "of" end in an institution or
     * place head ("University of Portsmouth", "Museum of Flight", "Republic of Korea"), whether or not the model
     * tagged the head: the tagger often cuts such names at "of".
     */
    List<NameSpan> joinOfNames(Words words, List<NameSpan> spans) {
        if (spans.isEmpty()) {
            return spans;
        }
        List<NameSpan> sorted = new ArrayList<>(spans);
        sorted.sort(Comparator.comparingInt(NameSpan::first));
        NameSpan[] startingAt = new NameSpan[words.size()];
        for (NameSpan s : sorted) {
            startingAt[s.first()] = s;
        }
        sorted = extendOverUntaggedOf(words, sorted);
        List<NameSpan> out = new ArrayList<>();
        for (int k = 0; k < sorted.size(); k++) {
            NameSpan b = sorted.get(k);
            int of = b.first() - 1;
            if (of > 0 && words.word(of).equals("the")) {
                of--;
            }
            if (of < 1 || !isJoiningPreposition(words.word(of)) || words.sentenceStart()[of] > of - 1) {
                out.add(b);
                continue;
            }
            String head = words.word(of - 1);
            EntityType headType = NameLexicon.HEADS.get(head);
            String bLast = words.word(b.end() - 1);
            if (words.word(of).equals("for") && (headType != EntityType.ORGANIZATION || b.type() == EntityType.PERSON
                    || NameLexicon.HEADS.containsKey(bLast) || NameLexicon.FINAL_HEADS.containsKey(bLast))) {
                // "Wolstein Center for the Cleveland State University": a complete name after "for" is a user
                headType = null;
            }
            NameSpan a = out.isEmpty() ? null : out.get(out.size() - 1);
            if (headType == null || b.type() == EntityType.PERSON && headType == EntityType.LOCATION) {
                out.add(b);
            } else if (a != null && a.end() == of - 1 && headType == EntityType.ORGANIZATION
                    && a.type() != EntityType.NORP && Character.isUpperCase(head.charAt(0))) {
                // "Andy Warhol" + "Foundation for the" + "Visual Arts": a name, an untagged head, a name
                out.set(out.size() - 1, new NameSpan(a.first(), b.end(), headType));
            } else if (a != null && a.end() == of && a.type() != EntityType.PERSON && a.type() != EntityType.NORP) {
                out.set(out.size() - 1, new NameSpan(a.first(), b.end(), NameLexicon.FINAL_HEADS.getOrDefault(
                        words.word(b.end() - 1), headType)));
            } else if (a == null || a.end() < of - 1) {
                out.add(new NameSpan(of - 1, b.end(), NameLexicon.FINAL_HEADS.getOrDefault(words.word(b.end() - 1), headType)));
            } else {
                out.add(b);
            }
        }
        return out;
    }

    /** "of" joins any head to its complement; "for" only an organisation's ("Foundation for the Visual Arts"). */
    private static boolean isJoiningPreposition(String w) {
        return w.equals("of") || w.equals("for");
    }

    /**
     * "Church" + "of Scientology" when the model tagged only the head: a name ending in an institution or place
     * head followed by "of" (or "of the") and capitalised words nobody tagged takes those words in (at most three).
     */
    private static List<NameSpan> extendOverUntaggedOf(Words words, List<NameSpan> sorted) {
        List<NameSpan> out = new ArrayList<>(sorted.size());
        for (int k = 0; k < sorted.size(); k++) {
            NameSpan a = sorted.get(k);
            int next = k + 1 < sorted.size() ? sorted.get(k + 1).first() : words.size();
            int limit = Math.min(next, words.sentenceEnd()[a.first()]);
            int i = a.end();
            EntityType headType = NameLexicon.HEADS.get(words.word(a.end() - 1));
            if (headType != null && a.type() != EntityType.PERSON && i < limit && (words.word(i).equals("of")
                    || words.word(i).equals("for") && headType == EntityType.ORGANIZATION)) {
                i++;
                if (i < limit && words.word(i).equals("the")) {
                    i++;
                }
                int end = i;
                while (end < limit && end - i < 3 && Character.isUpperCase(words.word(end).charAt(0))) {
                    end++;
                }
                // "Council for the Welfare" + "of Immigrants": one more "of" phrase belongs to the name
                if (end > i && end + 1 < limit && words.word(end).equals("of")
                        && Character.isUpperCase(words.word(end + 1).charAt(0))) {
                    int more = end + 1;
                    while (more < limit && more - end <= 3 && Character.isUpperCase(words.word(more).charAt(0))) {
                        more++;
                    }
                    end = more;
                }
                if (end > i) {
                    out.add(new NameSpan(a.first(), end, NameLexicon.HEADS.get(words.word(a.end() - 1))));
                    continue;
                }
            }
            out.add(a);
        }
        return out;
    }
}
