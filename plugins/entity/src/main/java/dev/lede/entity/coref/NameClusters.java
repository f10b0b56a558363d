package dev.lede.entity.coref;

import dev.lede.annotation.EntityType;
import dev.lede.entity.gazetteer.Gazetteer;
import dev.lede.entity.gazetteer.GazetteerCategory;

import java.util.ArrayList;
import java.util.List;

/**
 * Groups name mentions: same normal form or alias ("U.S." / "United States"), part of a person's name
 * ("Zelensky"), acronym and expansion ("NATO"); a surname met before the full name joins it later.
 */
final class NameClusters {
    private final Gazetteer gazetteer;

    NameClusters(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /**
     * A surname used before the full name ("Montalvo ... Daniel Montalvo", as in headlines): the earlier
     * one-word cluster joins the person, whatever type the tagger gave the lone surname, unless it is a country
     * ("Jordan" before "Michael Jordan").
     */
    void absorbEarlierSurname(NameMention m, Cluster person, ClusterList clusters) {
        List<String> words = NameKeys.words(NameKeys.key(m.text()));
        if (words.size() < 2) {
            return;
        }
        String surname = words.get(words.size() - 1);
        List<Cluster> earlier = clusters.withKey(surname);
        for (int k = earlier.size() - 1; k >= 0; k--) {
            Cluster c = earlier.get(k);
            if (c != person && c.keys.size() == 1
                    && !gazetteer.contains(c.names.get(0).text(), GazetteerCategory.COUNTRY)) {
                person.absorb(c, EntityType.PERSON);
                clusters.remove(c);
                for (NameMention n : c.names) {
                    clusters.noteName(person, n);
                }
            }
        }
    }

    /** The latest cluster with a name of the same normal form ("UkrinForm" / "Ukrinform", "U.S." / "US"). */
    static Cluster findSameName(NameMention m, ClusterList clusters) {
        return clusters.latestWithKey(NameKeys.key(m.text()));
    }

    /**
     * The cluster this name is a variant of: the person whose name it is part of ("Clinton" in "Hillary Clinton";
     * when several people share it, the one named most often so far, the first of equals: news calls the main
     * figure by surname), else the latest organisation it is the acronym or expansion of.
     */
    static Cluster findVariantName(NameMention m, ClusterList clusters) {
        String key = NameKeys.key(m.text());
        List<String> mWords = NameKeys.words(key);
        boolean acronym = NameKeys.isAcronym(m.text());
        String expansionAcronym = NameKeys.acronym(m.text());
        Cluster person = null;
        // both ways of being part of a name need the same last word
        List<Cluster> sameLastWord = mWords.isEmpty() ? List.of() : clusters.withLastWord(mWords.get(mWords.size() - 1));
        for (Cluster c : sameLastWord) {
            if (c.type() == EntityType.PERSON && (m.type() == EntityType.PERSON || mWords.size() == 1)
                    && (person == null || c.names.size() > person.names.size())) {
                for (String ck : c.keys) {
                    if (isPartOfName(mWords, NameKeys.words(ck)) || (m.type() == EntityType.PERSON
                            && isPartOfName(NameKeys.words(ck), mWords))) {
                        person = c;
                        break;
                    }
                }
            }
        }
        if (person != null) {
            return person;
        }
        if (m.type() == EntityType.PERSON && mWords.size() == 1) {
            Cluster byGivenName = onlyPersonWithGivenName(mWords.get(0), clusters);
            if (byGivenName != null) {
                return byGivenName;
            }
        }
        // the latest organisation or place this acronym abbreviates, or whose acronym this expansion has
        List<Cluster> candidates = new ArrayList<>();
        if (acronym) {
            candidates.addAll(clusters.withAcronymOfName(key.replace(" ", "")));
        }
        if (expansionAcronym != null) {
            candidates.addAll(clusters.withAcronymName(expansionAcronym));
        }
        Cluster latest = null;
        for (Cluster c : candidates) {
            if (c.type() != EntityType.PERSON && m.type() != EntityType.PERSON
                    && (latest == null || clusters.isLater(c, latest))) {
                latest = c;
            }
        }
        return latest;
    }

    /**
     * "Georgia" after "Georgia Stevens": a lone given name is the one person of the article named by that given name
     * and a surname; none when two people share it.
     */
    private static Cluster onlyPersonWithGivenName(String given, ClusterList clusters) {
        Cluster found = null;
        for (Cluster c : clusters.withGivenName(given)) {
            if (c.type() != EntityType.PERSON) {
                continue;
            }
            for (String ck : c.keys) {
                List<String> words = NameKeys.words(ck);
                if (words.size() == 2 && words.get(0).equals(given)) {
                    if (found != null && found != c) {
                        return null;
                    }
                    found = c;
                }
            }
        }
        return found;
    }

    /** "Zelensky" in "Volodymyr Zelensky", "Mark Rutte" in "Mark Rutte": the last word matches, the rest in order. */
    private static boolean isPartOfName(List<String> part, List<String> whole) {
        if (part.isEmpty() || part.size() > whole.size()) {
            return false;
        }
        if (!part.get(part.size() - 1).equals(whole.get(whole.size() - 1))) {
            return false;
        }
        int j = 0;
        for (String w : whole) {
            if (j < part.size() && w.equals(part.get(j))) {
                j++;
            }
        }
        return j == part.size();
    }
}
