package dev.lede.entity;

import dev.lede.annotation.Entity;
import dev.lede.annotation.EntityType;
import dev.lede.annotation.Mention;
import dev.lede.document.AnnotatedDocument;
import dev.lede.document.Document;
import dev.lede.document.Layers;
import dev.lede.plugin.AnalyzerRegistry;
import dev.lede.testkit.TestContext;
import dev.lede.text.TextAnalyzer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The shipped model and rules on sentences written for this test. */
class EntityAnalyzerTest {
    private static EntityAnalyzer analyzer;

    @BeforeAll
    static void load() {
        analyzer = new EntityAnalyzer(EntityResources.load());
    }

    private static List<Entity> analyze(String text) throws Exception {
        return analyze(text, analyzer);
    }

    private static List<Entity> analyze(String text, EntityAnalyzer with) throws Exception {
        AnnotatedDocument doc = new AnnotatedDocument(Document.of("t", text));
        new TextAnalyzer().analyze(doc);
        with.analyze(doc);
        return doc.layer(Layers.ENTITIES);
    }

    private static Optional<Entity> find(List<Entity> entities, String mention) {
        return entities.stream()
                .filter(e -> e.mentions().stream().anyMatch(m -> m.text().equals(mention))).findFirst();
    }

    @Test
    void providerContract() {
        EntityAnalyzerProvider p = new EntityAnalyzerProvider();
        assertEquals("entity", p.name());
        assertEquals(Set.of(Layers.TOKENS, Layers.SENTENCES, Layers.PARAGRAPHS), p.requires());
        assertEquals(Set.of(Layers.ENTITIES), p.provides());
        assertTrue(AnalyzerRegistry.load().names().contains("entity"));
        assertTrue(p.create(TestContext.empty()) instanceof EntityAnalyzer);
    }

    @Test
    void findsTypedNamesWithoutSwallowingTitles() throws Exception {
        List<Entity> entities = analyze("BERLIN (Reuters) - German Chancellor Olaf Scholz met French President "
                + "Emmanuel Macron in Paris on Tuesday to discuss aid for Ukraine.");
        assertEquals(EntityType.PERSON, find(entities, "Olaf Scholz").orElseThrow().type());
        assertEquals(EntityType.PERSON, find(entities, "Emmanuel Macron").orElseThrow().type());
        assertEquals(EntityType.NORP, find(entities, "German").orElseThrow().type());
        assertEquals(EntityType.NORP, find(entities, "French").orElseThrow().type());
        assertEquals(EntityType.LOCATION, find(entities, "Paris").orElseThrow().type());
        assertEquals(EntityType.LOCATION, find(entities, "Ukraine").orElseThrow().type());
        assertEquals(EntityType.ORGANIZATION, find(entities, "Reuters").orElseThrow().type());
    }

    @Test
    void groupsSurnameNominalAndPronounWithThePerson() throws Exception {
        String text = "Polish President Andrzej Duda visited Vilnius on Monday.\n\n"
                + "Duda said the region needed more air defence. \u201CWe will not wait,\u201D the President said.\n\n"
                + "He later met Lithuanian officials.";
        List<Entity> entities = analyze(text);
        Entity duda = find(entities, "Andrzej Duda").orElseThrow();
        List<String> mentions = duda.mentions().stream().map(Mention::text).toList();
        assertEquals(List.of("Andrzej Duda", "Duda", "the President", "He"), mentions);
        assertEquals("e" + (entities.indexOf(duda) + 1), duda.id());
        assertTrue(duda.salience().inFirstParagraph());
        for (Mention m : duda.mentions()) {
            assertEquals(m.text(), text.substring(m.start(), m.end()));
        }
    }

    @Test
    void keepsThePeriodOfUsAndJoinsItsAliases() throws Exception {
        String text = "Officials in the U.S. said the United States would send more Patriot systems.";
        List<Entity> entities = analyze(text);
        Entity us = find(entities, "U.S.").orElseThrow();
        assertEquals(EntityType.LOCATION, us.type());
        assertTrue(us.mentions().stream().anyMatch(m -> m.text().equals("United States")));
        // listed products are added by the products pass, off by default (scripts/entity/ablate.sh)
        List<Entity> withProducts = analyze(text, new EntityAnalyzer(EntityResources.load(), EntityOptions.parse("+products")));
        assertEquals(EntityType.MISC, find(withProducts, "Patriot").orElseThrow().type());
    }

    @Test
    void titleCaseHeadlineKeepsOnlyNamesTheArticleBacks() throws Exception {
        String text = "Duda Hosts Baltic Leaders In Vilnius As Talks Resume\n\n"
                + "Polish President Andrzej Duda welcomed Lithuanian President Gitanas Nauseda in Vilnius on Friday.";
        // the headline pass is off by default (scripts/entity/ablate.sh): this is what it does when on
        List<Entity> entities = analyze(text, new EntityAnalyzer(EntityResources.load(), EntityOptions.parse("+headline")));
        Entity duda = find(entities, "Andrzej Duda").orElseThrow();
        assertEquals(List.of("Duda", "Andrzej Duda"), duda.mentions().stream().map(Mention::text).toList());
        Entity vilnius = find(entities, "Vilnius").orElseThrow();
        assertEquals(2, vilnius.mentions().size());
        for (Entity e : entities) {
            for (Mention m : e.mentions()) {
                assertTrue(m.start() > 0 || m.text().equals("Duda"), m.text());
                assertTrue(!m.text().contains("Hosts") && !m.text().contains("Talks"), m.text());
            }
        }
    }
}
