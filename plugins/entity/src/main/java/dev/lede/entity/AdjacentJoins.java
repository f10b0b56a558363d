package dev.lede.entity;

import dev.lede.annotation.EntityType;
import dev.lede.entity.model.NameSpan;
import dev.lede.entity.model.Words;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Joins names the tagger cut in two where the pieces say they belong together: "Douglas & Lomason" (an
 * ampersand makes a firm), "C." + "Lewis" (an initial needs its surname), "Hong Kong" + "Open" and "U.S." +
 * "Amateur Championship" (a place or body naming an event); and takes a company form ("Inc.", "& Co") or a
 * regnal number ("Elizabeth II") into the name before it. Stateless, thread-safe.
 */
final class AdjacentJoins {
    private AdjacentJoins() {
    }

    /** The names with such pieces joined; {@code sorted} must be in text order. */
    static List<NameSpan> join(Words words, List<NameSpan> sorted) {
        List<NameSpan> out = new ArrayList<>(sorted.size());
        for (int k = 0; k < sorted.size(); k++) {
            NameSpan a = sorted.get(k);
            NameSpan b = k + 1 < sorted.size() ? sorted.get(k + 1) : null;
            int limit = Math.min(b != null ? b.first() : words.size(), words.sentenceEnd()[a.first()]);
            boolean sameLine = b != null && !words.text().substring(words.ends()[a.end() - 1], words.starts()[b.first()])
                    .contains("\n");
            if (sameLine && b.first() == a.end() + 1 && words.word(a.end()).equals("&") && isFirmPart(a)
                    && isFirmPart(b) && !isCitation(words, a.first(), b.end())) {
                out.add(new NameSpan(a.first(), b.end(), EntityType.ORGANIZATION));
                k++;
            } else if (sameLine && b.first() == a.end() && a.type() != EntityType.PERSON && a.type() != EntityType.NORP
                    && b.type() == EntityType.MISC
                    && NameLexicon.FINAL_HEADS.get(words.word(b.end() - 1)) == EntityType.MISC) {
                out.add(new NameSpan(a.first(), b.end(), EntityType.MISC));
                k++;
            } else if (sameLine && b.first() == a.end() + 1 && NameLexicon.isPossessive(words.word(a.end()))
                    && isGroupPlural(words.word(a.end() - 1)) && institutionType(words.word(b.end() - 1)) != null) {
                // "Scottish Fishermen's Federation", "Royal Children's Hospital": a group's institution is one name
                out.add(new NameSpan(a.first(), b.end(), institutionType(words.word(b.end() - 1))));
                k++;
            } else if (a.type() == EntityType.PERSON && a.end() - a.first() == 1 && isInitial(words.word(a.first()))
                    && a.end() < limit && isNameShaped(words.word(a.end()))) {
                out.add(new NameSpan(a.first(), a.end() + 1, EntityType.PERSON));
            } else {
                out.add(a);
            }
        }
        return extendTails(words, out);
    }

    /** A capitalised plural of people ("Fishermen", "Children", "Women", "Veterans", "Farmers"), not a name. */
    private static boolean isGroupPlural(String w) {
        return w.length() > 3 && Character.isUpperCase(w.charAt(0)) && (w.endsWith("men") || w.endsWith("ren")
                || w.endsWith("ers") || w.endsWith("ans") || w.endsWith("ists") || w.equals("People"));
    }

    /** The type of a name ending in this institution word ("Federation", "Hospital"), or null. */
    private static EntityType institutionType(String w) {
        EntityType head = NameLexicon.FINAL_HEADS.get(w);
        if (head == EntityType.ORGANIZATION || head == EntityType.LOCATION) {
            return head;
        }
        return NameLexicon.HEADS.get(w) == EntityType.ORGANIZATION ? EntityType.ORGANIZATION : null;
    }

    /** Company forms that end an organisation name ("Barnett Banks Inc.", "Bear Stearns & Co Inc"). */
    private static final Set<String> COMPANY_FORMS = Set.of("Inc", "Inc.", "Corp", "Corp.",
            "Co", "Co.", "Ltd", "Ltd.", "Plc", "PLC", "plc", "LLC", "AG", "SA", "NV", "GmbH", "Company", "Corporation");

    /** Regnal numbers after a monarch's name ("Elizabeth II"); a bare "I" only before punctuation. */
    private static final Set<String> REGNAL = Set.of("II", "III", "IV", "V", "VI", "VII", "VIII",
            "IX", "X", "XI", "XII", "XIII", "XIV", "XV", "XVI");

    /** Takes a company form into the name before it and a regnal number into the person before it. */
    private static List<NameSpan> extendTails(Words words, List<NameSpan> sorted) {
        List<NameSpan> out = new ArrayList<>(sorted.size());
        for (int k = 0; k < sorted.size(); k++) {
            NameSpan a = sorted.get(k);
            int limit = Math.min(k + 1 < sorted.size() ? sorted.get(k + 1).first() : words.size(),
                    words.sentenceEnd()[a.first()]);
            int end = a.end();
            if (a.type() != EntityType.NORP && a.type() != EntityType.LOCATION) {
                if (end + 1 < limit && words.word(end).equals("&") && COMPANY_FORMS.contains(words.word(end + 1))) {
                    end += 2;
                }
                while (end < limit && end - a.end() < 2 && COMPANY_FORMS.contains(words.word(end))) {
                    end++;
                }
            }
            if (end > a.end()) {
                out.add(new NameSpan(a.first(), end, EntityType.ORGANIZATION));
            } else if (a.type() == EntityType.PERSON && end < limit && (REGNAL.contains(words.word(end))
                    || words.word(end).equals("I") && (end + 1 >= limit || !Character.isLetter(words.word(end + 1).charAt(0))))) {
                out.add(new NameSpan(a.first(), end + 1, EntityType.PERSON));
            } else {
                out.add(a);
            }
        }
        return out;
    }

    /**
     * A piece of a firm name: one word that is no nationality or place ("Trinidad & Tobago" is a country, "Ann
     * Lee & Tom Vale" two people).
     */
    private static boolean isFirmPart(NameSpan s) {
        return s.end() - s.first() == 1 && s.type() != EntityType.NORP && s.type() != EntityType.LOCATION;
    }

    /**
     * Whether words {@code [from, to)} are the authors of a reference: "(Dye & Bavelier, 2010)",
     * "Carrano & Biewener [7]", "; Martin & Clarke 2017".
     */
    private static boolean isCitation(Words words, int from, int to) {
        String before = from > 0 ? words.word(from - 1) : "";
        if (before.equals("(") || before.equals(";")) {
            return true;
        }
        String next = to < words.size() ? words.word(to) : "";
        String after = to + 1 < words.size() ? words.word(to + 1) : "";
        return next.equals("[") || isYear(next) || (next.equals(",") || next.equals("(")) && isYear(after);
    }

    private static boolean isYear(String w) {
        return w.length() == 4 && w.chars().allMatch(Character::isDigit);
    }

    /** "C.", "J.": one capital letter and a period. */
    private static boolean isInitial(String w) {
        return w.length() == 2 && Character.isUpperCase(w.charAt(0)) && w.charAt(1) == '.';
    }

    /** A capitalised word with lower-case letters after the first ("Lewis"). */
    private static boolean isNameShaped(String w) {
        if (w.length() < 2 || !Character.isUpperCase(w.charAt(0))) {
            return false;
        }
        for (int i = 1; i < w.length(); i++) {
            if (!Character.isLowerCase(w.charAt(i)) && w.charAt(i) != '-' && w.charAt(i) != '\'') {
                return false;
            }
        }
        return true;
    }
}
