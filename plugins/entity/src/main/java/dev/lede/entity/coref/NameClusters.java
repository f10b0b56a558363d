package dev.lede.entity.coref;

import dev.lede.annotation.EntityType;
import dev.lede.entity.gazetteer.Gazetteer;
import dev.lede.entity.gazetteer.GazetteerCategory;

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
    void absorbEarlierSurname(NameMention m, Cluster person, List<Cluster> clusters) {
        List<String> words = NameKeys.words(NameKeys.key(m.text()));
        if (words.size() < 2) {
            return;
        }
        String surname = words.get(words.size() - 1);
        for (int k = clusters.size() - 2; k >= 0; k--) {
            Cluster c = clusters.get(k);
            if (c.keys.size() == 1 && c.keys.contains(surname)
                    && !gazetteer.contains(c.names.get(0).text(), GazetteerCategory.COUNTRY)) {
                person.absorb(c, EntityType.PERSON);
                clusters.remove(k);
            }
        }
    }

    /** The latest cluster with a name of the same normal form ("UkrinForm" / "Ukrinform", "U.S." / "US"). */
    static Cluster findSameName(NameMention m, List<Cluster> clusters) {
        String key = NameKeys.key(m.text());
        for (int k = clusters.size() - 1; k >= 0; k--) {
            if (clusters.get(k).keys.contains(key)) {
                return clusters.get(k);
            }
        }
        return null;
    }

    /**
     * The cluster this name is a variant of: the person whose name it is part of ("Clinton" in "Hillary Clinton";
     * when several people share it, the one named most often so far, the first of equals: news calls the main
     * figure by surname), else the latest organisation it is the acronym or expansion of.
     */
    static Cluster findVariantName(NameMention m, List<Cluster> clusters) {
        String key = NameKeys.key(m.text());
        List<String> mWords = NameKeys.words(key);
        boolean acronym = NameKeys.isAcronym(m.text());
        String expansionAcronym = NameKeys.acronym(m.text());
        Cluster person = null;
        for (Cluster c : clusters) {
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
        for (int k = clusters.size() - 1; k >= 0; k--) {
            Cluster c = clusters.get(k);
            EntityType type = c.type();
            if (type != EntityType.PERSON && m.type() != EntityType.PERSON) {
                for (NameMention n : c.names) {
                    if (acronym && key.replace(" ", "").equals(NameKeys.acronym(n.text()))) {
                        return c;
                    }
                    if (expansionAcronym != null && NameKeys.isAcronym(n.text())
                            && expansionAcronym.equals(NameKeys.key(n.text()).replace(" ", ""))) {
                        return c;
                    }
                }
            }
        }
        return null;
    }

    /**
     * "Georgia" after "Georgia Stevens": a lone given name is the one person of the article named by that given name
     * and a surname; none when two people share it.
     */
    private static Cluster onlyPersonWithGivenName(String given, List<Cluster> clusters) {
        Cluster found = null;
        for (Cluster c : clusters) {
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
