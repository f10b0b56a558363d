package dev.lede.entity.coref;

import dev.lede.annotation.Entity;
import dev.lede.annotation.EntityType;
import dev.lede.annotation.Mention;
import dev.lede.annotation.MentionKind;
import dev.lede.annotation.Paragraph;
import dev.lede.annotation.Salience;
import dev.lede.entity.gazetteer.Gazetteer;
import dev.lede.entity.gazetteer.GazetteerCategory;
import dev.lede.entity.model.Words;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Rule-based within-document coreference. Names are grouped first (same normal form or alias, surname of a full
 * name, acronym of an expansion), then title-only nominals ("the President") join the latest person introduced
 * with that title ("Ukrainian President Volodymyr Zelensky"), then personal pronouns join the latest compatible
 * person (gender from first name, title or earlier pronouns; people named only inside quotes are skipped when
 * the pronoun is in the narrative). Entities are numbered e1, e2, ... in order of first mention.
 * Stateless and thread-safe.
 */
public final class CorefResolver {
    private static final Map<String, Gender> PRONOUNS = Map.of(
            "he", Gender.MALE, "him", Gender.MALE, "his", Gender.MALE, "himself", Gender.MALE,
            "she", Gender.FEMALE, "her", Gender.FEMALE, "hers", Gender.FEMALE, "herself", Gender.FEMALE);
    private static final Map<String, Gender> GENDERED_TITLES = Map.ofEntries(
            Map.entry("mr", Gender.MALE), Map.entry("king", Gender.MALE), Map.entry("prince", Gender.MALE),
            Map.entry("sir", Gender.MALE), Map.entry("lord", Gender.MALE), Map.entry("father", Gender.MALE),
            Map.entry("congressman", Gender.MALE), Map.entry("chairman", Gender.MALE),
            Map.entry("spokesman", Gender.MALE), Map.entry("emperor", Gender.MALE), Map.entry("sultan", Gender.MALE),
            Map.entry("mrs", Gender.FEMALE), Map.entry("ms", Gender.FEMALE), Map.entry("queen", Gender.FEMALE),
            Map.entry("princess", Gender.FEMALE), Map.entry("lady", Gender.FEMALE), Map.entry("dame", Gender.FEMALE),
            Map.entry("sister", Gender.FEMALE), Map.entry("congresswoman", Gender.FEMALE),
            Map.entry("chairwoman", Gender.FEMALE), Map.entry("spokeswoman", Gender.FEMALE),
            Map.entry("empress", Gender.FEMALE), Map.entry("first lady", Gender.FEMALE));
    /** How far back (in characters) a pronoun looks for its person. */
    private static final int PRONOUN_WINDOW = 1500;
    private static final int MAX_TITLE_WORDS = 4;

    private final Gazetteer gazetteer;

    public CorefResolver(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** Groups the names (sorted by offset) and the nominal and pronoun mentions into entities. */
    public List<Entity> resolve(Words words, List<NameMention> names, List<Paragraph> paragraphs) {
        List<Cluster> clusters = new ArrayList<>();
        for (NameMention m : names) {
            EntityType vote = m.type();
            String key = NameKeys.key(m.text());
            Cluster c = findSameName(m, clusters);
            if (c != null && c.variantKeys.contains(key)) {
                vote = c.type();
            }
            if (c == null) {
                c = findVariantName(m, clusters);
                if (c != null) {
                    vote = c.type();
                    c.variantKeys.add(key);
                }
            }
            if (c == null) {
                c = new Cluster();
                clusters.add(c);
                c.addName(m, vote);
                if (m.type() == EntityType.PERSON) {
                    absorbEarlierSurname(m, c, clusters);
                }
            } else {
                c.addName(m, vote);
            }
            if (c.type() == EntityType.PERSON || m.type() == EntityType.PERSON) {
                noteTitleAndGender(words, m, c);
            }
        }
        boolean[] inName = new boolean[words.size()];
        for (NameMention m : names) {
            for (int i = m.first(); i < m.wordEnd(); i++) {
                inName[i] = true;
            }
        }
        resolveNominalsAndPronouns(words, inName, clusters);
        return entities(clusters, paragraphs);
    }

    /**
     * A surname used before the full name ("Montalvo ... Daniel Montalvo", as in headlines): the earlier
     * one-word cluster joins the person, whatever type the tagger gave the lone surname, unless it is a country
     * ("Jordan" before "Michael Jordan").
     */
    private void absorbEarlierSurname(NameMention m, Cluster person, List<Cluster> clusters) {
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
    private static Cluster findSameName(NameMention m, List<Cluster> clusters) {
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
    private static Cluster findVariantName(NameMention m, List<Cluster> clusters) {
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

    /** Records the title right before a person's name ("President" in "President Volodymyr Zelensky") and gender. */
    private void noteTitleAndGender(Words words, NameMention m, Cluster c) {
        StringBuilder sb = new StringBuilder();
        for (int len = 1; len <= MAX_TITLE_WORDS && m.first() - len >= 0; len++) {
            int from = m.first() - len;
            if (words.sentenceStart()[m.first()] > from) {
                break;
            }
            sb.setLength(0);
            for (int i = from; i < m.first(); i++) {
                if (i > from) {
                    sb.append(' ');
                }
                sb.append(words.word(i));
            }
            String phrase = sb.toString();
            if (gazetteer.contains(phrase, GazetteerCategory.TITLE)) {
                String title = phrase.replace(".", "").toLowerCase(Locale.ROOT);
                c.titles.add(title);
                Gender g = GENDERED_TITLES.get(title);
                if (g != null) {
                    c.gender = g;
                }
            }
        }
        noteAppositiveTitle(words, m, c);
        if (c.gender == Gender.UNKNOWN) {
            String firstWord = NameKeys.words(m.text()).get(0);
            if (NameKeys.words(m.text()).size() > 1) {
                int cats = gazetteer.categories(firstWord);
                boolean male = GazetteerCategory.MALE_NAME.in(cats);
                boolean female = GazetteerCategory.FEMALE_NAME.in(cats);
                if (male != female) {
                    c.gender = male ? Gender.MALE : Gender.FEMALE;
                }
            }
        }
    }

    /**
     * Records a title given in an appositive after the name: "Mark Rutte, NATO's secretary general," or
     * "Marieke Jansen, the authority's chief operating officer", so that "the secretary general" finds him later.
     */
    private void noteAppositiveTitle(Words words, NameMention m, Cluster c) {
        int i = m.wordEnd();
        int end = words.sentenceEnd()[m.first()];
        if (i >= end || !words.word(i).equals(",")) {
            return;
        }
        int stop = Math.min(end, i + 1 + 6);
        for (int k = i + 1; k < stop && !words.word(k).equals(","); k++) {
            for (int len = Math.min(MAX_TITLE_WORDS, stop - k); len >= 1; len--) {
                String phrase = join(words, k, k + len);
                if (phrase.contains(",")) {
                    continue;
                }
                if (gazetteer.contains(phrase, GazetteerCategory.TITLE)
                        || gazetteer.contains(capitalise(phrase), GazetteerCategory.TITLE)) {
                    c.titles.add(phrase.replace(".", "").toLowerCase(Locale.ROOT));
                    return;
                }
            }
        }
    }

    private void resolveNominalsAndPronouns(Words words, boolean[] inName, List<Cluster> clusters) {
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
                    String title = join(words, i + 1, end).replace(".", "").toLowerCase(Locale.ROOT);
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
        for (int len = 1; len <= MAX_TITLE_WORDS && from + len <= sentenceEnd; len++) {
            if (inName[from + len - 1]) {
                break;
            }
            String phrase = join(words, from, from + len);
            String capitalised = capitalise(phrase);
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

    private List<Entity> entities(List<Cluster> clusters, List<Paragraph> paragraphs) {
        int firstParagraphEnd = paragraphs.isEmpty() ? Integer.MAX_VALUE : paragraphs.get(0).end();
        List<Cluster> ordered = new ArrayList<>(clusters);
        ordered.sort(Comparator.comparingInt(Cluster::firstOffset));
        List<Entity> out = new ArrayList<>(ordered.size());
        for (Cluster c : ordered) {
            c.mentions.sort(Comparator.comparingInt(Mention::start));
            String name = c.longestName().text();
            String alias = NameKeys.canonical(NameKeys.key(name));
            if (alias != null && alias.length() > name.length()) {
                name = alias;
            }
            int first = c.firstOffset();
            out.add(new Entity("e" + (out.size() + 1), c.type(), name, c.mentions,
                    new Salience(c.mentions.size(), first, first < firstParagraphEnd)));
        }
        return out;
    }

    private static String join(Words words, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int i = from; i < to; i++) {
            if (i > from) {
                sb.append(' ');
            }
            sb.append(words.word(i));
        }
        return sb.toString();
    }

    private static String capitalise(String phrase) {
        StringBuilder sb = new StringBuilder(phrase.length());
        boolean start = true;
        for (char ch : phrase.toCharArray()) {
            sb.append(start ? Character.toUpperCase(ch) : ch);
            start = ch == ' ' || ch == '-';
        }
        return sb.toString();
    }
}
