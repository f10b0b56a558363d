package dev.lede.entity;

import dev.lede.analyzer.Cancellation;
import dev.lede.annotation.EntityType;
import dev.lede.entity.gazetteer.Gazetteer;
import dev.lede.entity.gazetteer.GazetteerCategory;
import dev.lede.entity.model.NameSpan;
import dev.lede.entity.model.Words;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Second pass over the tagger's names, at document level: single names are repaired ({@link SpanRepairs}),
 * unreliable capitals are discounted ({@link HeadlineRules}), run-together names are split ({@link MergedNames}),
 * every occurrence of a name string takes the type most of its occurrences and their contexts voted for
 * ({@link ContextVotes}), names the tagger missed are added ({@link NameAdditions}) and brand plurals dropped
 * ({@link PluralNames}). Stateless and thread-safe.
 */
final class DocumentConsistency {
    private final SpanRepairs repairs;
    private final HeadlineRules headlines;
    private final NameAdditions additions;
    private final ContextVotes contextVotes;
    private final MergedNames merged;
    private final PluralNames plurals;
    private final Gazetteer gazetteer;
    private final EntityOptions options;

    DocumentConsistency(Gazetteer gazetteer, EntityOptions options) {
        this.gazetteer = gazetteer;
        this.options = options;
        this.repairs = new SpanRepairs(gazetteer);
        this.headlines = new HeadlineRules(gazetteer);
        this.additions = new NameAdditions(gazetteer);
        this.contextVotes = new ContextVotes(gazetteer);
        this.merged = new MergedNames(gazetteer);
        this.plurals = new PluralNames(gazetteer);
    }

    /** The passes of {@link EntityPass}, in its order, over the tagger's names; those switched off are skipped. */
    List<NameSpan> apply(Words words, List<NameSpan> tagged) {
        List<NameSpan> spans = new ArrayList<>();
        for (NameSpan s : tagged) {
            NameSpan t = on(EntityPass.TRIM) || on(EntityPass.TITLES) || on(EntityPass.LEXICON_TYPES)
                    ? repairs.trim(words, s, on(EntityPass.TRIM), on(EntityPass.TITLES), on(EntityPass.LEXICON_TYPES))
                    : s;
            if (t == null) {
                continue;
            }
            for (NameSpan part : on(EntityPass.SPLIT_PERSON_OF) ? repairs.splitPersonOf(words, t) : List.of(t)) {
                if (on(EntityPass.SPLIT_AT_TITLE)) {
                    repairs.splitAtTitle(words, part, spans);
                } else {
                    spans.add(part);
                }
            }
        }
        Set<String> lowerCase = words.lowerCaseWords(); // the article's words written in lower case somewhere
        SentenceStyles styles = SentenceStyles.of(words);
        if (on(EntityPass.SENTENCE_START_WORDS)) {
            spans = headlines.dropCapitalisedCommonWords(words, lowerCase, spans);
        }
        if (on(EntityPass.DATELINES)) {
            spans = headlines.datelines(words, spans);
        }
        if (on(EntityPass.JOIN_OF_NAMES)) {
            spans = repairs.joinOfNames(words, spans);
        }
        if (on(EntityPass.HEADLINE)) {
            spans = headlines.checkTitleCaseLines(words, styles, spans);
        }
        if (on(EntityPass.MERGED_NAMES)) {
            spans = merged.split(words, spans);
        }
        spans = new ArrayList<>(spans);
        spans.sort(Comparator.comparingInt(NameSpan::first));
        Map<String, EntityType> majority = typeVotes(words, spans);
        Set<String> surnames = surnames(majority);
        Map<String, String> givenNames = givenNames(majority);
        if (on(EntityPass.AFFILIATIONS)) {
            for (int k = 0; k < spans.size(); k++) {
                NameSpan s = spans.get(k);
                String phrase = words.phrase(s.first(), s.end());
                if (majority.get(phrase) == EntityType.PERSON && isAffiliation(words, spans, k, surnames)) {
                    majority.put(phrase, EntityType.ORGANIZATION);
                }
            }
        }
        NameUses uses = on(EntityPass.NAME_PARTS) ? NameUses.of(words) : null;
        boolean[] covered = new boolean[words.size()];
        List<NameSpan> out = new ArrayList<>();
        for (NameSpan s : spans) {
            EntityType type = on(EntityPass.DOCUMENT_VOTE) ? majority.get(words.phrase(s.first(), s.end())) : s.type();
            if (uses != null && type != EntityType.PERSON && (isSurnameAlone(words, s, surnames)
                    || isGivenNameAlone(words, s, givenNames, uses))) {
                type = EntityType.PERSON;
            }
            out.add(new NameSpan(s.first(), s.end(), type));
        }
        if (on(EntityPass.HEADS_AND_NUMBERS)) {
            // after the vote, so that "Internet Explorer 6" still counts as a vote for "Internet Explorer"
            out = repairs.joinHeadsAndNumbers(words, out);
        }
        for (NameSpan s : out) {
            for (int i = s.first(); i < s.end(); i++) {
                covered[i] = true;
            }
        }
        if (on(EntityPass.REPEATS)) {
            additions.addMissed(words, lowerCase, majority, covered, out);
            if (on(EntityPass.NAME_PARTS)) {
                addSurnames(words, lowerCase, surnames, covered, out);
            }
        }
        if (on(EntityPass.PRODUCTS)) {
            additions.addProducts(words, covered, out);
        }
        if (on(EntityPass.NATIONALITIES)) {
            additions.addNationalities(words, covered, out);
        }
        if (on(EntityPass.INITIALISMS)) {
            additions.addInitialisms(words, styles, covered, out);
        }
        if (on(EntityPass.HASHTAGS)) {
            additions.addHashtags(words, covered, out);
        }
        if (on(EntityPass.SETTLEMENTS)) {
            additions.addSettlements(words, covered, out);
        }
        if (on(EntityPass.ACRONYMS)) {
            additions.addAcronyms(words, styles, covered, out);
        }
        out.sort(Comparator.comparingInt(NameSpan::first));
        // names added above may complete a name the tagger missed as a whole: "Church" + "of" + "Scientology",
        // "Greek" + "Orthodox Church"
        if (on(EntityPass.JOIN_OF_NAMES)) {
            out = repairs.joinOfNames(words, out);
        }
        if (on(EntityPass.HEADS_AND_NUMBERS)) {
            out = repairs.joinHeadsAndNumbers(words, out);
        }
        if (on(EntityPass.ADJACENT_JOINS)) {
            out = AdjacentJoins.join(words, out);
        }
        if (on(EntityPass.BRAND_PLURALS)) {
            out = plurals.apply(words, out);
        }
        if (on(EntityPass.PLACES_NOT_PERSONS)) {
            out = placesNotPersons(words, out, majority);
        }
        return out;
    }

    private boolean on(EntityPass pass) {
        return options.on(pass);
    }

    /**
     * The type of each name string in the article: the majority of its tagged occurrences, with the votes of telling
     * contexts added ({@code contextVotes}). Occurrences take it with {@code documentVote} (so context votes and
     * affiliations act through that pass); the additions and name-part rules use it in any case.
     */
    private Map<String, EntityType> typeVotes(Words words, List<NameSpan> sorted) {
        Map<String, Map<EntityType, Integer>> votes = new HashMap<>();
        for (int k = 0; k < sorted.size(); k++) {
            NameSpan s = sorted.get(k);
            Map<EntityType, Integer> v = votes.computeIfAbsent(words.phrase(s.first(), s.end()),
                    key -> new EnumMap<>(EntityType.class));
            v.merge(s.type(), 1, Integer::sum);
            ContextVotes.Vote cue = on(EntityPass.CONTEXT_VOTES) ? contextVotes.vote(words, sorted, k) : null;
            if (cue != null) {
                v.merge(cue.type(), cue.weight(), Integer::sum);
            }
        }
        Map<String, EntityType> majority = new HashMap<>();
        votes.forEach((k, v) -> majority.put(k, v.entrySet().stream()
                .max(Map.Entry.<EntityType, Integer>comparingByValue()).orElseThrow().getKey()));
        return majority;
    }

    /**
     * A name that the gazetteer lists as a country or a first-level division ("Kerala", "Paraguay"), or a piece of one
     * ("Leon" of "Castile and Leon"), is a place, not a person, whatever the tagger or the votes said; unless it is a
     * single word that the article uses in a person's full name ("Georgia" after "Georgia Stevens").
     */
    private List<NameSpan> placesNotPersons(Words words, List<NameSpan> spans, Map<String, EntityType> majority) {
        Set<String> personWords = new HashSet<>();
        majority.forEach((name, type) -> {
            if (type == EntityType.PERSON && name.indexOf(' ') > 0) {
                personWords.addAll(List.of(name.split(" ")));
            }
        });
        int[] begin = null;
        int[] inside = null;
        List<NameSpan> out = new ArrayList<>(spans.size());
        for (NameSpan s : spans) {
            if (s.type() != EntityType.PERSON
                    || s.end() - s.first() == 1 && personWords.contains(words.word(s.first()))) {
                out.add(s);
                continue;
            }
            boolean place = gazetteer.isCountryOrState(words.phrase(s.first(), s.end()));
            if (!place) {
                if (begin == null) { // matched once per article, and only when a person is there to check
                    begin = new int[words.size()];
                    inside = new int[words.size()];
                    gazetteer.match(words, 0, words.size(), begin, inside);
                }
                place = true;
                for (int i = s.first(); i < s.end() && place; i++) {
                    place = isCountryOrState(begin[i] | inside[i]);
                }
                // a piece of a longer place name, not a name that starts with one ("Jordan Henderson")
                place &= isCountryOrState(inside[s.first()]) || isCountryOrState(begin[s.first()])
                        && s.end() - s.first() == 1 && gazetteer.isCountryOrState(words.word(s.first()));
            }
            out.add(place ? new NameSpan(s.first(), s.end(), EntityType.LOCATION) : s);
        }
        return out;
    }

    private static boolean isCountryOrState(int mask) {
        return GazetteerCategory.COUNTRY.in(mask) || GazetteerCategory.STATE.in(mask);
    }

    /**
     * A one-word "person" that a full person name belongs to is a party or company: "Nathan Law of Demosisto",
     * "Youngspiration 's Yau Wai-ching". Not when the word is a known first name or a surname used in the article.
     */
    private boolean isAffiliation(Words words, List<NameSpan> sorted, int k, Set<String> surnames) {
        NameSpan s = sorted.get(k);
        if (s.end() - s.first() != 1) {
            return false;
        }
        String w = words.word(s.first());
        int cats = gazetteer.categories(w);
        if (surnames.contains(w) || GazetteerCategory.isGivenName(cats)) {
            return false;
        }
        NameSpan prev = k > 0 ? sorted.get(k - 1) : null;
        NameSpan next = k + 1 < sorted.size() ? sorted.get(k + 1) : null;
        boolean personOf = prev != null && prev.type() == EntityType.PERSON && prev.end() - prev.first() >= 2
                && prev.end() == s.first() - 1 && words.word(prev.end()).equals("of");
        boolean possessorOfPerson = next != null && next.type() == EntityType.PERSON && next.end() - next.first() >= 2
                && s.end() + 1 == next.first() && NameLexicon.isPossessive(words.word(s.end()));
        return personOf || possessorOfPerson;
    }

    /**
     * Ends of the multi-word person names of the article: the last word ("Paris" of "Valeska Paris") and longer
     * endings ("Suu Kyi" of "Aung San Suu Kyi").
     */
    private static Set<String> surnames(Map<String, EntityType> majority) {
        Set<String> out = new HashSet<>();
        majority.forEach((name, type) -> {
            if (type != EntityType.PERSON) {
                return;
            }
            for (int space = name.indexOf(' '); space > 0; space = name.indexOf(' ', space + 1)) {
                out.add(name.substring(space + 1));
            }
        });
        return out;
    }

    /**
     * First words of the multi-word person names of the article, each with its surname; "" when it does not say who
     * is meant: two people share the given name, or the name has more words ("Maui Divers Jewelry", a shop the
     * tagger took for a person, is not a name to go by).
     */
    private static Map<String, String> givenNames(Map<String, EntityType> majority) {
        Map<String, String> out = new HashMap<>();
        majority.forEach((name, type) -> {
            int space = name.indexOf(' ');
            if (type == EntityType.PERSON && space > 0) {
                String rest = name.substring(space + 1);
                out.merge(name.substring(0, space), rest.indexOf(' ') >= 0 ? "" : rest, (a, b) -> "");
            }
        });
        return out;
    }

    /**
     * A one-word name that is the given name of a person the article names in full, and that the article never
     * uses as a place, refers to that person when the article never calls the person by the surname alone: features
     * about children and athletes do ("Georgia Stevens ... Georgia began skating at four"), where the tagger reads
     * a state or a country.
     */
    private boolean isGivenNameAlone(Words words, NameSpan s, Map<String, String> givenNames, NameUses uses) {
        Cancellation.check(); // called per name, and reads the whole document
        if (s.end() - s.first() != 1) {
            return false;
        }
        String w = words.word(s.first());
        String surname = givenNames.get(w);
        if (surname == null || surname.isEmpty()) {
            return false;
        }
        int cats = gazetteer.categories(w);
        if (!GazetteerCategory.isGivenName(cats) || GazetteerCategory.NORP.in(cats)) {
            return false;
        }
        // "Stevens said": the article calls the person by the surname; "in Georgia" (not "from Georgia's hard
        // work"): the article also names the place
        return !uses.standsAlone(surname) && !uses.afterLocative(w);
    }

    /**
     * A one-word name that is the surname of a person the article names in full refers to that person, even when
     * the word is also a city ("Paris said" after "Valeska Paris"); not after a place preposition ("in Paris"), and
     * never for a country or nationality word, which news uses far more often than such a surname.
     */
    private boolean isSurnameAlone(Words words, NameSpan s, Set<String> surnames) {
        if (s.end() - s.first() > 1) {
            // "Suu Kyi" after "Aung San Suu Kyi": a multi-word ending is the person unless it is a place itself
            String phrase = words.phrase(s.first(), s.end());
            int cats = gazetteer.categories(phrase);
            return surnames.contains(phrase) && !GazetteerCategory.COUNTRY.in(cats) && !GazetteerCategory.CITY.in(cats)
                    && !GazetteerCategory.REGION.in(cats);
        }
        if (!surnames.contains(words.word(s.first()))) {
            return false;
        }
        int cats = gazetteer.categories(words.word(s.first()));
        if (GazetteerCategory.COUNTRY.in(cats) || GazetteerCategory.NORP.in(cats) || GazetteerCategory.REGION.in(cats)) {
            return false;
        }
        int before = s.first() - 1;
        return before < words.sentenceStart()[s.first()]
                || !PLACE_PREPOSITIONS.contains(words.word(before).toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * Marks untagged surnames of people the article names in full: "King said" after "Billie Jean King". Not a
     * word the article also uses in lower case ("Coal isn't the villain" after a "Patriot Coal" read as a person).
     */
    private void addSurnames(Words words, Set<String> lower, Set<String> surnames, boolean[] covered,
                             List<NameSpan> out) {
        for (int i = 0; i < words.size(); i++) {
            String w = words.word(i);
            if (covered[i] || w.length() < 2 || !Character.isUpperCase(w.charAt(0)) || NameLexicon.isAllCaps(w)
                    || !surnames.contains(w) || NameLexicon.isInstitutionWord(w)
                    || lower.contains(w.toLowerCase(java.util.Locale.ROOT))
                    || i + 1 < words.size() && (words.word(i + 1).equals("n't") || words.word(i + 1).equals("n’t"))) {
                continue;
            }
            NameSpan s = new NameSpan(i, i + 1, EntityType.PERSON);
            if (isSurnameAlone(words, s, surnames)) {
                out.add(s);
                covered[i] = true;
            }
        }
    }

    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "at", "from", "to", "near", "into",
            "outside", "across", "toward", "towards", "via", "of");
}
