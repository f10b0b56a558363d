package dev.lede.entity.coref;

import dev.lede.annotation.EntityType;
import dev.lede.annotation.Mention;
import dev.lede.annotation.MentionKind;
import dev.lede.entity.gazetteer.Gazetteer;
import dev.lede.entity.gazetteer.GazetteerCategory;
import dev.lede.entity.model.Words;

import java.util.IdentityHashMap;
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
        MentionTimeline timeline = new MentionTimeline(clusters, PRONOUN_WINDOW);
        Map<Cluster, Integer> order = new IdentityHashMap<>();
        for (Cluster c : clusters) {
            order.put(c, order.size());
        }
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
                timeline.advanceTo(start);
                Cluster c = latestPerson(words, timeline, order, pronoun, quotes);
                if (c != null) {
                    Mention m = new Mention(start, words.ends()[i], words.word(i), MentionKind.PRONOUN);
                    c.add(m);
                    timeline.added(m, c);
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
                    timeline.advanceTo(start);
                    Cluster c = latestTitled(clusters, timeline, title);
                    if (c != null) {
                        Mention m = new Mention(start, words.ends()[end - 1], words.text().substring(start,
                                words.ends()[end - 1]), MentionKind.NOMINAL);
                        c.add(m);
                        timeline.added(m, c);
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

    private Cluster latestTitled(List<Cluster> clusters, MentionTimeline timeline, String title) {
        Cluster best = null;
        int bestEnd = -1;
        for (Cluster c : clusters) {
            if (c.type() != EntityType.PERSON) {
                continue;
            }
            int end = timeline.lastEndBefore(c);
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
    private Cluster latestPerson(Words words, MentionTimeline timeline, Map<Cluster, Integer> order, Gender pronoun,
                                 QuoteRegions quotes) {
        // per cluster: the latest sentence with a mention in the window, and the first such mention in it
        Map<Cluster, int[]> latest = new IdentityHashMap<>();
        for (MentionTimeline.Entry e : timeline.recent()) {
            Cluster c = e.cluster();
            Mention m = e.mention();
            if (c.type() != EntityType.PERSON || !c.gender.admits(pronoun) || quotes.inside(m.start())) {
                continue;
            }
            int s = sentenceOf(words, m.start());
            int[] found = latest.get(c);
            if (found == null) {
                latest.put(c, new int[]{s, m.start()});
            } else if (s > found[0] || (s == found[0] && m.start() < found[1])) {
                found[0] = s;
                found[1] = m.start();
            }
        }
        Cluster best = null;
        int[] bestAt = null;
        for (Map.Entry<Cluster, int[]> e : latest.entrySet()) {
            int[] at = e.getValue();
            boolean better = best == null || at[0] > bestAt[0]
                    || at[0] == bestAt[0] && (at[1] < bestAt[1]
                    || at[1] == bestAt[1] && order.get(e.getKey()) < order.get(best));
            if (better) {
                best = e.getKey();
                bestAt = at;
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
}
