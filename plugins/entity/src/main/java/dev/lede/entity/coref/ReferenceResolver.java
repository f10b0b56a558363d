package dev.lede.entity.coref;

import dev.lede.annotation.EntityType;
import dev.lede.annotation.Mention;
import dev.lede.annotation.MentionKind;
import dev.lede.entity.gazetteer.Gazetteer;
import dev.lede.entity.gazetteer.GazetteerCategory;
import dev.lede.entity.model.Words;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Attaches title-only nominals ("the President") to the latest person introduced with that title and personal
 * pronouns to the latest compatible person (gender; the subject of the latest sentence first; people named only
 * inside quotes are skipped when the pronoun is in the narrative).
 */
final class ReferenceResolver {
    private static final Map<String, Gender> PRONOUNS = Map.of(
            "he", Gender.MALE, "him", Gender.MALE, "his", Gender.MALE, "himself", Gender.MALE,
            "she", Gender.FEMALE, "her", Gender.FEMALE, "hers", Gender.FEMALE, "herself", Gender.FEMALE);
    /** How far back (in characters) a pronoun looks for its person. */
    private static final int PRONOUN_WINDOW = 1500;

    private final Gazetteer gazetteer;

    ReferenceResolver(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    void resolveNominalsAndPronouns(Words words, boolean[] inName, List<Cluster> clusters) {
        QuoteRegions quotes = new QuoteRegions(words.text());
        for (int i = 0; i < words.size(); i++) {
            if (inName[i]) {
                continue;
            }
            String lower = words.word(i).toLowerCase(Locale.ROOT);
            Gender pronoun = PRONOUNS.get(lower);
            if (pronoun != null) {
                int start = words.starts()[i];
                if (quotes.inside(start)) {
                    continue;
                }
                Cluster c = latestPerson(words, clusters, start, pronoun, quotes);
                if (c != null) {
                    c.add(new Mention(start, words.ends()[i], words.word(i), MentionKind.PRONOUN));
                    if (c.gender == Gender.UNKNOWN) {
                        c.gender = pronoun;
                    }
                }
                continue;
            }
            if (lower.equals("the") && i + 1 < words.size() && !inName[i + 1]) {
                int end = titleEnd(words, inName, i + 1);
                if (end > i + 1) {
                    String title = words.phrase(i + 1, end).replace(".", "").toLowerCase(Locale.ROOT);
                    int start = words.starts()[i];
                    Cluster c = latestTitled(clusters, start, title);
                    if (c != null) {
                        c.add(new Mention(start, words.ends()[end - 1], words.text().substring(start,
                                words.ends()[end - 1]), MentionKind.NOMINAL));
                    }
                }
            }
        }
    }

    /** End of the longest title phrase starting at word {@code from} not followed by a name, else {@code from}. */
    private int titleEnd(Words words, boolean[] inName, int from) {
        int best = from;
        int sentenceEnd = words.sentenceEnd()[from];
        for (int len = 1; len <= TitleNotes.MAX_TITLE_WORDS && from + len <= sentenceEnd; len++) {
            if (inName[from + len - 1]) {
                break;
            }
            String phrase = words.phrase(from, from + len);
            String capitalised = NameKeys.capitalise(phrase);
            if (gazetteer.contains(phrase, GazetteerCategory.TITLE)
                    || gazetteer.contains(capitalised, GazetteerCategory.TITLE)) {
                best = from + len;
            }
        }
        if (best < sentenceEnd && best > from && inName[best]) {
            return from;
        }
        return best;
    }

    private Cluster latestTitled(List<Cluster> clusters, int before, String title) {
        Cluster best = null;
        int bestEnd = -1;
        for (Cluster c : clusters) {
            if (c.type() != EntityType.PERSON) {
                continue;
            }
            int end = lastMentionBefore(c, before);
            if (end > bestEnd && hasTitle(c, title)) {
                best = c;
                bestEnd = end;
            }
        }
        return best;
    }

    private static boolean hasTitle(Cluster c, String title) {
        for (String t : c.titles) {
            if (t.equals(title) || t.endsWith(" " + title)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The person a pronoun at {@code before} refers to: among compatible people mentioned (outside quotes) within
     * the window, those in the latest sentence; of these, the one mentioned first in that sentence (the subject,
     * roughly: "De Vries said the barrier, designed by Hollandse Waterbouw, ... She added").
     */
    private Cluster latestPerson(Words words, List<Cluster> clusters, int before, Gender pronoun,
                                 QuoteRegions quotes) {
        Cluster best = null;
        int bestSentence = -1;
        int bestStart = Integer.MAX_VALUE;
        for (Cluster c : clusters) {
            if (c.type() != EntityType.PERSON || !c.gender.admits(pronoun)) {
                continue;
            }
            int sentence = -1;
            int start = Integer.MAX_VALUE;
            for (Mention m : c.mentions) {
                if (m.end() > before || quotes.inside(m.start()) || before - m.end() > PRONOUN_WINDOW) {
                    continue;
                }
                int s = sentenceOf(words, m.start());
                if (s > sentence || (s == sentence && m.start() < start)) {
                    sentence = s;
                    start = m.start();
                }
            }
            if (sentence > bestSentence || (sentence == bestSentence && sentence >= 0 && start < bestStart)) {
                best = c;
                bestSentence = sentence;
                bestStart = start;
            }
        }
        return best;
    }

    /** The index of the first word of the sentence holding the word that starts at or covers {@code offset}. */
    private static int sentenceOf(Words words, int offset) {
        int i = java.util.Arrays.binarySearch(words.starts(), offset);
        if (i < 0) {
            i = Math.max(0, -i - 2);
        }
        return words.sentenceStart()[i];
    }

    private static int lastMentionBefore(Cluster c, int before) {
        int end = -1;
        for (Mention m : c.mentions) {
            if (m.end() <= before) {
                end = Math.max(end, m.end());
            }
        }
        return end;
    }
}
