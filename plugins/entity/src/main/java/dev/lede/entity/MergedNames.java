package dev.lede.entity;

import dev.lede.annotation.EntityType;
import dev.lede.entity.gazetteer.Gazetteer;
import dev.lede.entity.gazetteer.GazetteerCategory;
import dev.lede.entity.model.NameSpan;
import dev.lede.entity.model.Words;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Splits names the tagger ran together: an organisation or place directly followed by a person ("CEO of the
 * Refugee Council Enver Solomon", "Governor of Washington Chris Gregoire", "Ambassador to the United States
 * Hamdullah Mohib") and names joined by a slash in a picture credit ("Twitter / Barack Obama"). Whether the
 * tail is a person is decided by the article (the same person named elsewhere) or by the first-name list, and
 * the head must look like an organisation or place. Stateless, thread-safe.
 */
final class MergedNames {
    private static final int NOT_PERSON = GazetteerCategory.COUNTRY.bit() | GazetteerCategory.CITY.bit()
            | GazetteerCategory.REGION.bit() | GazetteerCategory.NORP.bit() | GazetteerCategory.TITLE.bit()
            | GazetteerCategory.PRODUCT.bit();

    private final Gazetteer gazetteer;

    MergedNames(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** The spans with run-together names split; order kept. */
    List<NameSpan> split(Words words, List<NameSpan> spans) {
        List<NameSpan> slashFree = new ArrayList<>(spans.size());
        for (NameSpan s : spans) {
            splitAtSlash(words, s, slashFree);
        }
        Map<String, Integer> persons = new HashMap<>();
        Map<String, Integer> surnames = new HashMap<>();
        Map<String, EntityType> others = new HashMap<>();
        for (NameSpan s : slashFree) {
            String phrase = words.phrase(s.first(), s.end());
            if (s.type() == EntityType.PERSON) {
                persons.merge(phrase, 1, Integer::sum);
                surnames.merge(words.word(s.end() - 1), 1, Integer::sum);
            } else {
                others.putIfAbsent(phrase, s.type());
            }
        }
        List<NameSpan> out = new ArrayList<>(slashFree.size());
        for (NameSpan s : slashFree) {
            int n = s.end() - s.first();
            int tail = s.end() - 2;
            if (n < 3 || !isNameWord(words.word(tail)) || !isNameWord(words.word(tail + 1))
                    || !isSurname(words.word(tail + 1))) {
                out.add(s);
                continue;
            }
            String head = words.phrase(s.first(), tail);
            String person = words.phrase(tail, s.end());
            String surname = words.word(s.end() - 1);
            int own = s.type() == EntityType.PERSON ? 1 : 0;
            boolean personElsewhere = persons.getOrDefault(person, 0) > own
                    || surnames.getOrDefault(surname, 0) > own;
            // a first name alone is weak evidence ("Boston Red Sox", "San Diego Padres"): then the head must be
            // more than one word or follow "TITLE of" ("Governor of Washington Chris Gregoire")
            boolean firstName = isFirstName(words.word(tail)) && (tail - s.first() > 1 || afterTitleOf(words, s.first()));
            if ((personElsewhere || firstName) && isOrganisationOrPlace(words, s.first(), tail, others)) {
                EntityType headType = headType(head, s.type(), others);
                out.add(new NameSpan(s.first(), tail, headType));
                out.add(new NameSpan(tail, s.end(), EntityType.PERSON));
            } else {
                out.add(s);
            }
        }
        return out;
    }

    /**
     * "Twitter / Barack Obama": a slash with spaces around separates two names ("Self/less" and "81P/Wild" are
     * one).
     */
    private static void splitAtSlash(Words words, NameSpan s, List<NameSpan> out) {
        int from = s.first();
        for (int i = s.first() + 1; i < s.end() - 1; i++) {
            if (words.word(i).equals("/") && words.starts()[i] > words.ends()[i - 1]
                    && words.starts()[i + 1] > words.ends()[i]) {
                if (i > from) {
                    out.add(new NameSpan(from, i, s.type()));
                }
                from = i + 1;
            }
        }
        out.add(from == s.first() ? s : new NameSpan(from, s.end(), s.type()));
    }

    /**
     * Whether words {@code [from, to)} name an organisation or place: a country, city or region, a name that ends
     * in an institution or place word or contains "of", or a name tagged as something other than a person
     * elsewhere. A single word that is also a first name ("Washington") counts only after "TITLE of".
     */
    private boolean isOrganisationOrPlace(Words words, int from, int to, Map<String, EntityType> others) {
        String head = words.phrase(from, to);
        int cats = gazetteer.categories(head);
        boolean oneWord = to - from == 1;
        boolean country = GazetteerCategory.COUNTRY.in(cats);
        // one word that is some town somewhere ("Rashid" of "Mohammed bin Rashid Al Maktoum") proves nothing
        // unless it follows "Governor of"
        boolean place = (country || GazetteerCategory.CITY.in(cats) || GazetteerCategory.REGION.in(cats))
                && (!oneWord || country || afterTitleOf(words, from));
        if (oneWord && !country
                && GazetteerCategory.isGivenName(cats)) {
            return place;
        }
        String last = words.word(to - 1);
        boolean institution = NameLexicon.isInstitutionWord(last);
        boolean ofName = false;
        for (int i = from + 1; i < to - 1; i++) {
            ofName |= words.word(i).equals("of");
        }
        // a one-word head typed elsewhere is no evidence: "Boston" of "Boston Red Sox" is a place elsewhere too
        return place || institution || ofName || !oneWord && others.containsKey(head);
    }

    /** "Governor of" right before word {@code i}. */
    private boolean afterTitleOf(Words words, int i) {
        return i >= 2 && words.word(i - 1).equals("of") && gazetteer.contains(words.word(i - 2), GazetteerCategory.TITLE);
    }

    /**
     * The type of the split-off head: a nationality word is NORP, a name typed elsewhere in the article keeps that
     * type, else the span's own type unless that was PERSON, then place or organisation by the gazetteer.
     */
    private EntityType headType(String head, EntityType spanType, Map<String, EntityType> others) {
        int cats = gazetteer.categories(head);
        if (GazetteerCategory.NORP.in(cats) && !GazetteerCategory.COUNTRY.in(cats)) {
            return EntityType.NORP;
        }
        EntityType elsewhere = others.get(head);
        if (elsewhere != null) {
            return elsewhere;
        }
        if (spanType != EntityType.PERSON) {
            return spanType;
        }
        return GazetteerCategory.COUNTRY.in(cats) || GazetteerCategory.CITY.in(cats)
                || GazetteerCategory.REGION.in(cats) ? EntityType.LOCATION : EntityType.ORGANIZATION;
    }

    /** A known first name that is not also a place, group or title ("Chris", not "Jordan"). */
    private boolean isFirstName(String w) {
        int cats = gazetteer.categories(w);
        return GazetteerCategory.isGivenName(cats)
                && (cats & NOT_PERSON) == 0;
    }

    /** Not a word that ends organisation or place names, nor a country, group or title ("Council", "Kenya"). */
    private boolean isSurname(String w) {
        int cats = gazetteer.categories(w);
        int never = GazetteerCategory.COUNTRY.bit() | GazetteerCategory.NORP.bit() | GazetteerCategory.TITLE.bit();
        return (cats & never) == 0 && !NameLexicon.isInstitutionWord(w);
    }

    /** A capitalised word of letters (and inner hyphens or apostrophes) that is no function word. */
    private static boolean isNameWord(String w) {
        if (w.length() < 2 || !Character.isUpperCase(w.charAt(0)) || NameLexicon.isAllCaps(w)
                || NameLexicon.TITLE_CASE_FUNCTION_WORDS.contains(w)) {
            return false;
        }
        for (int i = 1; i < w.length(); i++) {
            char c = w.charAt(i);
            if (!Character.isLetter(c) && c != '-' && c != '\'' && c != '’') {
                return false;
            }
        }
        return true;
    }
}
