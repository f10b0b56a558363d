package dev.lede.entity.coref;

import dev.lede.entity.gazetteer.Gazetteer;
import dev.lede.entity.gazetteer.GazetteerCategory;
import dev.lede.entity.model.Words;

import java.util.Locale;
import java.util.Map;

/** Notes what the text says about a person next to a name: a title before or in an appositive, and gender. */
final class TitleNotes {
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
    /** Longest title phrase looked for, in words. */
    static final int MAX_TITLE_WORDS = 4;

    private final Gazetteer gazetteer;

    TitleNotes(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** Records the title right before a person's name ("President" in "President Volodymyr Zelensky") and gender. */
    void noteTitleAndGender(Words words, NameMention m, Cluster c) {
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
                String phrase = words.phrase(k, k + len);
                if (phrase.contains(",")) {
                    continue;
                }
                if (gazetteer.contains(phrase, GazetteerCategory.TITLE)
                        || gazetteer.contains(NameKeys.capitalise(phrase), GazetteerCategory.TITLE)) {
                    c.titles.add(phrase.replace(".", "").toLowerCase(Locale.ROOT));
                    return;
                }
            }
        }
    }
}
