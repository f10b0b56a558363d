package dev.lede.entity.coref;

import dev.lede.annotation.Entity;
import dev.lede.annotation.EntityType;
import dev.lede.annotation.Mention;
import dev.lede.annotation.MentionKind;
import dev.lede.annotation.Paragraph;
import dev.lede.document.AnnotatedDocument;
import dev.lede.document.Document;
import dev.lede.document.Layers;
import dev.lede.entity.gazetteer.Gazetteer;
import dev.lede.entity.gazetteer.GazetteerCategory;
import dev.lede.entity.model.Words;
import dev.lede.text.TextAnalyzer;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CorefResolverTest {
    private static final Gazetteer GAZETTEER = new Gazetteer(Map.of(
            "Minister", GazetteerCategory.TITLE.bit(), "Finance Minister", GazetteerCategory.TITLE.bit(),
            "Mayor", GazetteerCategory.TITLE.bit(),
            "President", GazetteerCategory.TITLE.bit(), "Elena", GazetteerCategory.FEMALE_NAME.bit(),
            "Anna", GazetteerCategory.FEMALE_NAME.bit(), "Tom", GazetteerCategory.MALE_NAME.bit()));

    /** Resolves {@code text} with the given names (text and type, in order of appearance; each found once). */
    private static List<Entity> resolve(String text, Object... namesAndTypes) {
        AnnotatedDocument doc = new AnnotatedDocument(Document.of("t", text));
        new TextAnalyzer().analyze(doc);
        Words words = Words.of(text, doc.layer(Layers.TOKENS), doc.layer(Layers.SENTENCES));
        List<NameMention> names = new ArrayList<>();
        int from = 0;
        for (int k = 0; k < namesAndTypes.length; k += 2) {
            String name = (String) namesAndTypes[k];
            int start = text.indexOf(name, from);
            int end = start + name.length();
            int first = -1;
            int wordEnd = -1;
            for (int i = 0; i < words.size(); i++) {
                if (words.starts()[i] == start) {
                    first = i;
                }
                if (words.ends()[i] == end) {
                    wordEnd = i + 1;
                }
            }
            names.add(new NameMention(start, end, name, (EntityType) namesAndTypes[k + 1], first, wordEnd));
            from = end;
        }
        return new CorefResolver(GAZETTEER).resolve(words, names, List.of(new Paragraph(0, text.indexOf('\n') < 0
                ? text.length() : text.indexOf('\n'))));
    }

    private static List<String> texts(Entity e) {
        return e.mentions().stream().map(Mention::text).toList();
    }

    @Test
    void surnameTitleNominalAndPronounJoinTheFullName() {
        List<Entity> entities = resolve("Finance Minister Elena Varga met bankers on Monday. Varga said the talks "
                        + "went well. The minister later left for Oslo. She flew home.",
                "Elena Varga", EntityType.PERSON, "Varga", EntityType.PERSON, "Oslo", EntityType.LOCATION);
        Entity varga = entities.get(0);
        assertEquals("e1", varga.id());
        assertEquals("Elena Varga", varga.name());
        assertEquals(List.of("Elena Varga", "Varga", "The minister", "She"), texts(varga));
        assertEquals(MentionKind.NOMINAL, varga.mentions().get(2).kind());
        assertEquals(MentionKind.PRONOUN, varga.mentions().get(3).kind());
        assertEquals(4, varga.salience().mentionCount());
        assertEquals("e2", entities.get(1).id());
        assertEquals(List.of("Oslo"), texts(entities.get(1)));
    }

    @Test
    void acronymJoinsItsExpansionAndCountryAliasesJoin() {
        List<Entity> entities = resolve("The Northern Fisheries Council met in the U.S. on Friday. The NFC said "
                        + "America and the United States agreed.",
                "Northern Fisheries Council", EntityType.ORGANIZATION, "U.S.", EntityType.LOCATION,
                "NFC", EntityType.ORGANIZATION, "America", EntityType.LOCATION, "United States", EntityType.LOCATION);
        assertEquals(2, entities.size());
        assertEquals(List.of("Northern Fisheries Council", "NFC"), texts(entities.get(0)));
        assertEquals(List.of("U.S.", "America", "United States"), texts(entities.get(1)));
        assertEquals("United States", entities.get(1).name());
    }

    @Test
    void pronounAgreesInGenderBeforeRecency() {
        List<Entity> entities = resolve("Anna Kowal met Tom Reyes in the capital. She said the deal was close.",
                "Anna Kowal", EntityType.PERSON, "Tom Reyes", EntityType.PERSON);
        assertEquals(List.of("Anna Kowal", "She"), texts(entities.get(0)));
        assertEquals(List.of("Tom Reyes"), texts(entities.get(1)));
    }

    @Test
    void narrativePronounSkipsPeopleNamedOnlyInsideQuotes() {
        List<Entity> entities = resolve("Tom Reyes arrived late. \u201CI called Mark Heller twice,\u201D an aide "
                        + "explained. He then left.",
                "Tom Reyes", EntityType.PERSON, "Mark Heller", EntityType.PERSON);
        assertEquals(List.of("Tom Reyes", "He"), texts(entities.get(0)));
        assertEquals(List.of("Mark Heller"), texts(entities.get(1)));
    }

    @Test
    void titleBeforeANameIsNotANominalMention() {
        List<Entity> entities = resolve("President Lisa Moreau spoke. Later the President Omar Diallo replied.",
                "Lisa Moreau", EntityType.PERSON, "Omar Diallo", EntityType.PERSON);
        for (Entity e : entities) {
            assertFalse(texts(e).contains("the President"), texts(e).toString());
        }
    }

    @Test
    void salienceTellsWhetherTheEntityIsInTheFirstParagraph() {
        List<Entity> entities = resolve("Oslo was quiet.\nLater, Bergen woke up.",
                "Oslo", EntityType.LOCATION, "Bergen", EntityType.LOCATION);
        assertTrue(entities.get(0).salience().inFirstParagraph());
        assertFalse(entities.get(1).salience().inFirstParagraph());
        assertEquals(23, entities.get(1).salience().firstOffset());
    }

    @Test
    void pronounPrefersTheSubjectOfThePreviousSentence() {
        List<Entity> entities = resolve("Tom Reyes said the plan, drafted by Mark Heller, was ready. He added that "
                        + "work would start soon.",
                "Tom Reyes", EntityType.PERSON, "Mark Heller", EntityType.PERSON);
        assertEquals(List.of("Tom Reyes", "He"), texts(entities.get(0)));
    }

    @Test
    void titleFromAnAppositiveResolvesALaterNominal() {
        List<Entity> entities = resolve("Lena Holm, the city's mayor, opened the bridge. Critics were absent. "
                        + "The mayor thanked the builders.",
                "Lena Holm", EntityType.PERSON);
        assertEquals(List.of("Lena Holm", "The mayor"), texts(entities.get(0)));
    }

    @Test
    void sharedSurnameGoesToThePersonNamedMostOften() {
        List<Entity> entities = resolve("Anna Kowal won the vote. Anna Kowal thanked her staff and her brother "
                        + "Tom Kowal. Kowal will take office in May.",
                "Anna Kowal", EntityType.PERSON, "Anna Kowal", EntityType.PERSON, "Tom Kowal", EntityType.PERSON,
                "Kowal", EntityType.PERSON);
        assertTrue(texts(entities.get(0)).contains("Kowal"), texts(entities.get(0)).toString());
        assertEquals(List.of("Tom Kowal"), texts(entities.get(1)));
    }

    @Test
    void aLoneGivenNameJoinsTheOnePersonWithThatGivenName() {
        List<Entity> entities = resolve("Anna Kowal skates daily. Anna began at four, her coach Tom Reyes said.",
                "Anna Kowal", EntityType.PERSON, "Anna", EntityType.PERSON, "Tom Reyes", EntityType.PERSON);
        assertEquals(List.of("Anna Kowal", "Anna"), texts(entities.get(0)).subList(0, 2));
        List<Entity> shared = resolve("Anna Kowal met Anna Reyes. Anna said little.",
                "Anna Kowal", EntityType.PERSON, "Anna Reyes", EntityType.PERSON, "Anna", EntityType.PERSON);
        assertEquals(3, shared.size(), "two Annas: the lone one is neither");
    }
}
