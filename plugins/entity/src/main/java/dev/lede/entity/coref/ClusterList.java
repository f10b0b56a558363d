package dev.lede.entity.coref;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The clusters of one article in the order they were opened, with indexes from the words of their names to the
 * clusters, so that finding a name's cluster looks at the few clusters that share a word with it instead of every
 * cluster: scanning all of them for every mention made a list or table of many names cost the square of its length.
 * Local to one analysis.
 */
final class ClusterList {
    private final List<Cluster> clusters = new ArrayList<>();
    private final Map<Cluster, Integer> opened = new IdentityHashMap<>();
    private final Map<String, List<Cluster>> byKey = new HashMap<>();
    private final Map<String, List<Cluster>> byLastWord = new HashMap<>();
    private final Map<String, List<Cluster>> byGivenName = new HashMap<>();
    /** By the acronym a multi-word name would have ("nato" for "North Atlantic Treaty Organization"). */
    private final Map<String, List<Cluster>> byAcronymOfName = new HashMap<>();
    /** By the letters of names that are acronyms ("nato" for "NATO"). */
    private final Map<String, List<Cluster>> byAcronymName = new HashMap<>();

    /** Opens a cluster after the others. */
    void open(Cluster c) {
        opened.put(c, opened.size());
        clusters.add(c);
    }

    /** Indexes a name just added to a cluster. */
    void noteName(Cluster c, NameMention m) {
        String key = NameKeys.key(m.text());
        index(byKey, key, c);
        List<String> words = NameKeys.words(key);
        if (!words.isEmpty()) {
            index(byLastWord, words.get(words.size() - 1), c);
        }
        if (words.size() == 2) {
            index(byGivenName, words.get(0), c);
        }
        String acronym = NameKeys.acronym(m.text());
        if (acronym != null) {
            index(byAcronymOfName, acronym, c);
        }
        if (NameKeys.isAcronym(m.text())) {
            index(byAcronymName, key.replace(" ", ""), c);
        }
    }

    /** Takes a cluster out (it was absorbed by another). */
    void remove(Cluster c) {
        clusters.remove(c);
        opened.remove(c);
    }

    /** Whether {@code a} was opened after {@code b}. */
    boolean isLater(Cluster a, Cluster b) {
        return opened.get(a) > opened.get(b);
    }

    /** The open clusters, oldest first. */
    List<Cluster> all() {
        return clusters;
    }

    /** The latest opened cluster with a name of this key, or null. */
    Cluster latestWithKey(String key) {
        List<Cluster> found = live(byKey.get(key));
        return found.isEmpty() ? null : found.get(found.size() - 1);
    }

    /** Clusters with a name of this key, oldest first. */
    List<Cluster> withKey(String key) {
        return live(byKey.get(key));
    }

    /** Clusters with a name whose last word this is, oldest first. */
    List<Cluster> withLastWord(String word) {
        return live(byLastWord.get(word));
    }

    /** Clusters with a two-word name starting with this word, oldest first. */
    List<Cluster> withGivenName(String word) {
        return live(byGivenName.get(word));
    }

    /** Clusters with a multi-word name abbreviated by these letters, oldest first. */
    List<Cluster> withAcronymOfName(String letters) {
        return live(byAcronymOfName.get(letters));
    }

    /** Clusters with an acronym name of these letters, oldest first. */
    List<Cluster> withAcronymName(String letters) {
        return live(byAcronymName.get(letters));
    }

    private void index(Map<String, List<Cluster>> map, String key, Cluster c) {
        List<Cluster> list = map.computeIfAbsent(key, k -> new ArrayList<>(2));
        if (!list.contains(c)) {
            list.add(c);
        }
    }

    /** The clusters still open, in the order they were opened. */
    private List<Cluster> live(List<Cluster> list) {
        if (list == null) {
            return List.of();
        }
        List<Cluster> out = new ArrayList<>(list.size());
        for (Cluster c : list) {
            if (opened.containsKey(c)) {
                out.add(c);
            }
        }
        out.sort(Comparator.comparingInt(opened::get));
        return out;
    }
}
