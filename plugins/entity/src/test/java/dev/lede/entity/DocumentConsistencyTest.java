package dev.lede.entity;

import dev.lede.annotation.EntityType;
import dev.lede.entity.gazetteer.Gazetteer;
import dev.lede.entity.gazetteer.GazetteerCategory;
import dev.lede.entity.model.NameSpan;
import dev.lede.entity.model.Words;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static dev.lede.entity.NameSpanFixtures.describe;
import static dev.lede.entity.NameSpanFixtures.first;
import static dev.lede.entity.NameSpanFixtures.words;
import static org.junit.jupiter.api.Assertions.assertEquals;

class DocumentConsistencyTest {
    private static final Gazetteer GAZETTEER = new Gazetteer(Map.of(
            "Secretary General", GazetteerCategory.TITLE.bit(), "President", GazetteerCategory.TITLE.bit(),
            "Mark", GazetteerCategory.MALE_NAME.bit(), "Chilean", GazetteerCategory.NORP.bit(),
            "Patriot", GazetteerCategory.PRODUCT.bit()));
    private final DocumentConsistency consistency = new DocumentConsistency(GAZETTEER, EntityOptions.parse("all")); // every pass, default or not




    @Test
    void titleInsideANameSplitsItIntoOrganisationAndPerson() {
        Words w = words("Yesterday NATO Secretary General Mark Rutte flew to Riga.");
        List<NameSpan> out = consistency.apply(w,
                List.of(first(w, "NATO Secretary General Mark Rutte", EntityType.PERSON)));
        assertEquals(List.of("NATO/ORGANIZATION", "Mark Rutte/PERSON"), describe(w, out));
    }

    @Test
    void leadingTitleIsCutFromAPerson() {
        Words w = words("Chilean President Ana Soto spoke.");
        List<NameSpan> out = consistency.apply(w, List.of(first(w, "President Ana Soto", EntityType.PERSON)));
        assertEquals(List.of("Chilean/NORP", "Ana Soto/PERSON"), describe(w, out));
    }

    @Test
    void nameTypesAgreeAcrossTheArticleAndMissedRepeatsAreAdded() {
        Words w = words("Talks with Norvex went on. Analysts said Norvex gained. Later Norvex fell.");
        int second = w.text().indexOf("Norvex", 20);
        NameSpan a = first(w, "Norvex", EntityType.ORGANIZATION);
        NameSpan b = null;
        for (int i = 0; i < w.size(); i++) {
            if (w.starts()[i] == second) {
                b = new NameSpan(i, i + 1, EntityType.ORGANIZATION);
            }
        }
        List<NameSpan> out = consistency.apply(w, List.of(a, b));
        assertEquals(List.of("Norvex/ORGANIZATION", "Norvex/ORGANIZATION", "Norvex/ORGANIZATION"),
                describe(w, out));
    }

    @Test
    void listedProductsAndUnknownAcronymsAreAddedButFunctionWordsDropped() {
        Words w = words("The wire service KRONA said that On Tuesday more Patriot batteries arrived, the CEO said.");
        List<NameSpan> out = consistency.apply(w, List.of(first(w, "On", EntityType.ORGANIZATION)));
        assertEquals(List.of("KRONA/ORGANIZATION", "Patriot/MISC"), describe(w, out));
    }

    @Test
    void facilityHeadsMakePlacesAndTheHeadOfAnOfNameDecidesItsType() {
        Words w = words("Guests met at the Brenford Convention Centre, toured the Museum of Flight and left for the"
                + " Norvale Film Festival.");
        List<NameSpan> out = consistency.apply(w, List.of(first(w, "Brenford Convention Centre",
                EntityType.ORGANIZATION), first(w, "Museum of Flight", EntityType.MISC),
                first(w, "Norvale Film Festival", EntityType.ORGANIZATION)));
        assertEquals(List.of("Brenford Convention Centre/LOCATION", "Museum of Flight/LOCATION",
                "Norvale Film Festival/MISC"), describe(w, out));
    }

    @Test
    void trailingFunctionWordsGoAndEditionNumbersAndGroupHeadsJoin() {
        Words w = words("Fans of Skyrunner 4 queued while the Chilean Navy watched the Arvo of the pier.");
        List<NameSpan> out = consistency.apply(w, List.of(first(w, "Skyrunner", EntityType.MISC),
                first(w, "Chilean", EntityType.NORP), first(w, "Arvo of", EntityType.ORGANIZATION)));
        assertEquals(List.of("Skyrunner 4/MISC", "Chilean Navy/ORGANIZATION", "Arvo/ORGANIZATION"), describe(w, out));
    }

    @Test
    void theSurnameOfAPersonNamedInFullStaysAPersonButNotAfterAPlacePreposition() {
        Words w = words("Ana Paris spoke first. Paris said she was born in Paris.");
        int second = w.text().indexOf("Paris said");
        int third = w.text().lastIndexOf("Paris");
        List<NameSpan> spans = new ArrayList<>(List.of(first(w, "Ana Paris", EntityType.PERSON)));
        for (int i = 0; i < w.size(); i++) {
            if (w.starts()[i] == second || w.starts()[i] == third) {
                spans.add(new NameSpan(i, i + 1, EntityType.LOCATION));
            }
        }
        List<NameSpan> out = consistency.apply(w, spans);
        assertEquals(List.of("Ana Paris/PERSON", "Paris/PERSON", "Paris/LOCATION"), describe(w, out));
    }

    @Test
    void hyphenatedGivenNamesArePeopleAndSplitFromTheirParty() {
        Words w = words("Voters elected Tam Ka-lok and Wong Siu-man of the Harbour Party.");
        List<NameSpan> out = consistency.apply(w, List.of(first(w, "Tam Ka-lok", EntityType.MISC),
                first(w, "Siu-man of the Harbour Party", EntityType.ORGANIZATION)));
        assertEquals(List.of("Tam Ka-lok/PERSON", "Wong Siu-man/PERSON", "Harbour Party/ORGANIZATION"),
                describe(w, out));
    }

    @Test
    void anAuxiliaryOpeningASentenceIsNoName() {
        Words w = words("\"Had it rained, we would have stayed,\" said Ana Soto.");
        List<NameSpan> out = consistency.apply(w, List.of(first(w, "Had", EntityType.PERSON),
                first(w, "Ana Soto", EntityType.PERSON)));
        assertEquals(List.of("Ana Soto/PERSON"), describe(w, out));
    }

    @Test
    void aCapitalisedPrepositionWithTheInsideANameStartsANewSentence() {
        Words w = words("Ann Chiang of KDA In the Norvale West district, two seats went to newcomers.");
        List<NameSpan> out = consistency.apply(w, List.of(first(w, "Ann Chiang", EntityType.PERSON),
                first(w, "KDA In the Norvale West", EntityType.ORGANIZATION)));
        assertEquals(List.of("Ann Chiang/PERSON", "KDA/ORGANIZATION", "Norvale West/ORGANIZATION"), describe(w, out));
    }

    @Test
    void aOneWordPersonThatAFullNameBelongsToIsAnOrganisation() {
        Words w = words("Ann Chiang of Harbourists won, and Norvexa 's Tom Reid lost.");
        List<NameSpan> out = consistency.apply(w, List.of(first(w, "Ann Chiang", EntityType.PERSON),
                first(w, "Harbourists", EntityType.PERSON), first(w, "Norvexa", EntityType.PERSON),
                first(w, "Tom Reid", EntityType.PERSON)));
        assertEquals(List.of("Ann Chiang/PERSON", "Harbourists/ORGANIZATION", "Norvexa/ORGANIZATION",
                "Tom Reid/PERSON"), describe(w, out));
    }
}
