package dev.lede.quote;

import dev.lede.annotation.Entity;
import dev.lede.annotation.EntityType;
import dev.lede.annotation.Mention;
import dev.lede.annotation.MentionKind;
import dev.lede.annotation.Quote;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SpeakerEntityTest {

    /** An entity with a mention at each listed surface form's first occurrence after the previous one. */
    private static Entity entity(String id, String name, String text, Object... formsAndKinds) {
        List<Mention> mentions = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < formsAndKinds.length; i += 2) {
            String form = (String) formsAndKinds[i];
            int s = text.indexOf(form, from);
            mentions.add(new Mention(s, s + form.length(), form, (MentionKind) formsAndKinds[i + 1]));
            from = s + form.length();
        }
        return new Entity(id, EntityType.PERSON, name, mentions, null);
    }

    @Test
    void pronounSpeakerResolvesThroughTheCluster() {
        String text = "Maria Lopez visited the flooded town on Friday.\n\n"
                + "\u201cNobody here should have to rebuild alone,\u201d she said.";
        Entity maria = entity("e1", "Maria Lopez", text, "Maria Lopez", MentionKind.NAME, "she", MentionKind.PRONOUN);
        List<Quote> quotes = QuoteFixture.quotes(text, maria);
        assertEquals(1, quotes.size());
        assertEquals("she", quotes.get(0).speaker().text());
        assertEquals("e1", quotes.get(0).speaker().entity());
        assertEquals("Maria Lopez", quotes.get(0).speaker().name());
    }

    @Test
    void titleSpeakerResolvesThroughTheCluster() {
        String text = "President Amal Nasser met the delegation.\n\n"
                + "\u201cWe will sign the agreement next week,\u201d the President stated.";
        Entity amal = entity("e7", "Amal Nasser", text, "Amal Nasser", MentionKind.NAME,
                "the President", MentionKind.NOMINAL);
        Quote q = QuoteFixture.quotes(text, amal).get(0);
        assertEquals("the President", q.speaker().text());
        assertEquals("e7", q.speaker().entity());
        assertEquals("Amal Nasser", q.speaker().name());
    }

    @Test
    void fullNameSpeakerGetsTheCanonicalName() {
        String text = "\u201cThe port is open again,\u201d Harbour Master Ken Ito said.";
        Entity ken = entity("e2", "Kenji Ito", text, "Ken Ito", MentionKind.NAME);
        Quote q = QuoteFixture.quotes(text, ken).get(0);
        assertEquals("e2", q.speaker().entity());
        assertEquals("Kenji Ito", q.speaker().name());
    }

    @Test
    void reportedSpeechSpeakerResolvesToo() {
        String text = "Omar Haddad lost the vote. He said the count was flawed.";
        Entity omar = entity("e3", "Omar Haddad", text, "Omar Haddad", MentionKind.NAME, "He", MentionKind.PRONOUN);
        Quote q = QuoteFixture.quotes(text, omar).get(0);
        assertEquals("the count was flawed", q.text());
        assertEquals("e3", q.speaker().entity());
    }

    @Test
    void relativePronounSpeakerResolvesToItsAntecedent() {
        String text = "The plan was drafted by Ida Berg, who said the costs would fall.";
        Entity ida = entity("e5", "Ida Berg", text, "Ida Berg", MentionKind.NAME);
        Quote q = QuoteFixture.quotes(text, ida).get(0);
        assertEquals("who", q.speaker().text());
        assertEquals("the costs would fall", q.text());
        assertEquals("e5", q.speaker().entity());
    }
}
