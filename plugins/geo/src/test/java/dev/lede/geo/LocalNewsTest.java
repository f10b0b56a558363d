package dev.lede.geo;

import dev.lede.analyzer.AnalyzerConfig;
import dev.lede.annotation.Entity;
import dev.lede.annotation.EntityType;
import dev.lede.annotation.Mention;
import dev.lede.annotation.MentionKind;
import dev.lede.annotation.Place;
import dev.lede.document.AnnotatedDocument;
import dev.lede.document.Document;
import dev.lede.document.Layers;
import dev.lede.document.Metadata;
import dev.lede.text.TextAnalyzer;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * US local news: towns named like a capital or a country, states named like a country, counties without a state,
 * and the entity tagger's mistakes (a state tagged as a person, a headline's first word tagged as a town). The
 * stories are written for these tests; the entity layer stands in for the tagger, tagging the names listed.
 */
class LocalNewsTest {
    private final GeoAnalyzer geo = analyzer(Map.of());

    @Test
    void aTownNamedLikeACountryIsInTheStateOfItsNeighbours() {
        String text = "Lebanon library adds summer hours\n\nThe library in Lebanon will stay open later this summer, "
                + "the Warren County commissioners said. Residents of Mason, Franklin and Springboro can borrow "
                + "books there.";
        AnnotatedDocument doc = analyse(geo, text, Metadata.EMPTY,
                "Lebanon", "Warren County", "Mason", "Franklin", "Springboro");
        for (String name : List.of("Lebanon", "Warren County", "Mason", "Franklin", "Springboro")) {
            Place p = first(doc, name);
            assertEquals("US", p.countryCode(), name);
            assertEquals("OH", p.admin1Code(), name);
        }
    }

    @Test
    void aTownNamedLikeACountryAmongTheTownsOfOneCounty() {
        String text = "Palestine school board approves stadium\n\nThe Palestine school board voted Monday to build "
                + "a stadium. Parents from Elkhart and Frankston came to the meeting. Tyler and Jacksonville already "
                + "have larger ones, the Anderson County judge said.";
        AnnotatedDocument doc = analyse(geo, text, Metadata.EMPTY, "Palestine", "Elkhart", "Frankston", "Tyler",
                "Jacksonville", "Anderson County");
        for (String name : List.of("Palestine", "Elkhart", "Frankston", "Tyler", "Jacksonville", "Anderson County")) {
            Place p = first(doc, name);
            assertEquals("TX", p.admin1Code(), name + " is in East Texas");
        }
    }

    @Test
    void aCountyWithoutItsStateIsTheOneAmongTheArticlesTowns() {
        String text = "Lebanon man charged\n\nA Lebanon man was charged Friday with breaking into six homes in "
                + "Wilson County. Mount Juliet police said he was caught with stolen jewelry near Watertown. He is "
                + "held at the Wilson County jail in Lebanon.";
        AnnotatedDocument doc = analyse(geo, text, Metadata.EMPTY, "Lebanon", "Wilson County", "Mount Juliet",
                "Watertown");
        assertEquals("TN", first(doc, "Wilson County").admin1Code());
        assertEquals("TN", first(doc, "Lebanon").admin1Code());
        assertEquals("US", first(doc, "Lebanon").countryCode());
    }

    @Test
    void theDatelineAndTheNeighboursMakeDublinTheGeorgiaTown() {
        String text = "DUBLIN, Ga. \u2014 A Laurens County grand jury indicted two men on Thursday. The men, both "
                + "of Dublin, were arrested in Macon after a traffic stop.";
        AnnotatedDocument doc = analyse(geo, text, Metadata.EMPTY, "Ga.", "Laurens County", "Dublin", "Macon");
        assertEquals("GA", first(doc, "DUBLIN").admin1Code());
        assertEquals("GA", first(doc, "Dublin").admin1Code());
        assertEquals("GA", first(doc, "Laurens County").admin1Code());
    }

    @Test
    void georgiaAmongGeorgiaTownsIsTheState() {
        String text = "Storms knock out power\n\nMore than 40,000 customers in Georgia lost power on Monday as "
                + "storms moved through Macon, Warner Robins and Perry. Schools in Houston County were closed.";
        AnnotatedDocument doc = analyse(geo, text, Metadata.EMPTY, "Georgia", "Macon", "Warner Robins", "Perry",
                "Houston County");
        Place georgia = first(doc, "Georgia");
        assertEquals("US", georgia.countryCode());
        assertEquals("ADM1", georgia.featureCode());
        assertEquals("GA", first(doc, "Houston County").admin1Code());
    }

    @Test
    void aTownNamedLikeACapitalIsInTheStateOfItsNeighbours() {
        String paris = "Paris council backs new fire station\n\nThe Paris City Council voted Tuesday to build a fire "
                + "station on the north side. Crews from Reno and Blossom answer calls there now, the Lamar County "
                + "fire marshal said.";
        AnnotatedDocument texas = analyse(geo, paris, Metadata.EMPTY, "Paris", "Reno", "Blossom", "Lamar County");
        for (String name : List.of("Paris", "Reno", "Blossom", "Lamar County")) {
            assertEquals("TX", first(texas, name).admin1Code(), name + " is in northeast Texas");
        }
        String athens = "Athens schools delay start\n\nSchools in Athens will open an hour late on Friday. Parents in "
                + "Watkinsville and Bogart were told by text, and the Clarke County superintendent said buses would "
                + "run as usual.";
        AnnotatedDocument georgia = analyse(geo, athens, Metadata.EMPTY, "Athens", "Watkinsville", "Bogart",
                "Clarke County");
        assertEquals("US", first(georgia, "Athens").countryCode());
        assertEquals("GA", first(georgia, "Athens").admin1Code());
        String alexandria = "Flood warning lifted\n\nThe river fell below flood stage in Alexandria on Sunday. "
                + "Residents of Pineville and Ball returned home, and Rapides Parish officials reopened two roads.";
        AnnotatedDocument louisiana = analyse(geo, alexandria, Metadata.EMPTY, "Alexandria", "Pineville", "Ball",
                "Rapides Parish");
        assertEquals("US", first(louisiana, "Alexandria").countryCode());
        assertEquals("LA", first(louisiana, "Alexandria").admin1Code());
    }

    @Test
    void aCountyNamedInManyStatesIsTheOneOfTheArticlesTowns() {
        String text = "Deputies seize stolen trucks\n\nJackson County deputies found eight stolen trucks on Monday "
                + "at a lot between Raytown and Blue Springs. Two of them had been taken in Lee's Summit.";
        AnnotatedDocument doc = analyse(geo, text, Metadata.EMPTY, "Jackson County", "Raytown",
                "Blue Springs", "Lee's Summit");
        for (String name : List.of("Jackson County", "Raytown", "Blue Springs")) {
            assertEquals("MO", first(doc, name).admin1Code(), name + " is in Missouri");
        }
    }

    @Test
    void georgiaWithItsCapitalIsTheState() {
        String text = "Tax refunds arrive early\n\nTaxpayers in Georgia will get their refunds two weeks early, the "
                + "revenue office in Atlanta said on Wednesday.";
        Place georgia = first(analyse(geo, text, Metadata.EMPTY, "Georgia", "Atlanta"), "Georgia");
        assertEquals("US", georgia.countryCode());
        assertEquals("GA", georgia.admin1Code());
    }

    @Test
    void aSpeedwayIsPinnedToTheTownNamedBesideIt() {
        String text = "Record crowd for the season opener\n\nMore than 20,000 fans filled Harlow Speedway in Swindon "
                + "on Saturday night for the first race of the season.";
        AnnotatedDocument doc = analyse(geo, text, Metadata.EMPTY, "Harlow Speedway", "Swindon");
        Place swindon = first(doc, "Swindon");
        Place speedway = first(doc, "Harlow Speedway");
        assertEquals(swindon.geonameId(), speedway.containedIn(), "the speedway is in the town named beside it");
        assertTrue(places(doc, "Harlow").isEmpty(), "the speedway's modifier is not the town of Harlow");
    }

    @Test
    void aParkWithNoTownNearItIsPinnedToTheStorysTownOnlyWithFacilityTown() {
        String text = "Harrogate council backs new playground\n\nThe Harrogate council voted on Tuesday to spend two "
                + "hundred thousand pounds on play equipment, new benches and a path that children can use in all "
                + "weathers. The money comes from a fund set aside three years ago, councillors said, and the work "
                + "should be done before the summer holidays begin. Parents had asked for the change for a long "
                + "time, and a petition gathered more than a thousand names last spring. Most of the equipment will "
                + "go to Riverside Park, where the old swings were taken away last year.";
        AnnotatedDocument off = analyse(geo, text, Metadata.EMPTY, "Harrogate", "Riverside Park");
        assertTrue(places(off, "Riverside Park").isEmpty(), "by default an unanchored park is left out");
        GeoAnalyzer pinning = analyzer(Map.of("facilityTown", "true"));
        AnnotatedDocument on = analyse(pinning, text, Metadata.EMPTY, "Harrogate", "Riverside Park");
        assertEquals(first(on, "Harrogate").geonameId(), first(on, "Riverside Park").containedIn(),
                "with facilityTown the park is in the story's town");
    }

    @Test
    void theFamousPlacesStayFamousOutsideLocalNews() {
        String greece = "Protesters gathered in Athens on Sunday as lawmakers debated new cuts. Police in "
                + "Thessaloniki also reported clashes.";
        assertEquals("GR", first(analyse(geo, greece, Metadata.EMPTY, "Athens", "Thessaloniki"), "Athens")
                .countryCode());
        String middleEast = "Jets struck targets in Lebanon and Syria overnight. Residents of Beirut heard explosions.";
        assertEquals("LB", first(analyse(geo, middleEast, Metadata.EMPTY, "Lebanon", "Syria", "Beirut"), "Lebanon")
                .countryCode());
        String caucasus = "Troops massed near Georgia's border, officials in Tbilisi said on Monday.";
        assertEquals("GE", first(analyse(geo, caucasus, Metadata.EMPTY, "Georgia", "Tbilisi"), "Georgia")
                .countryCode());
    }

    @Test
    void aStateTaggedAsAPersonIsStillAPlace() {
        String text = "Wildfire spreads\n\nCrews fought a grass fire across West Texas on Sunday. Officials in "
                + "Texas said the drought made it worse, and Texas ranchers moved their cattle.";
        // the tagger's mistake: "West Texas" a person, and every later "Texas" the same person
        List<Mention> mentions = new ArrayList<>();
        mentions.add(mention(text, "West Texas", text.indexOf("West Texas")));
        for (int at = text.indexOf("Texas", text.indexOf("West Texas") + 10); at >= 0;
             at = text.indexOf("Texas", at + 1)) {
            mentions.add(mention(text, "Texas", at));
        }
        Entity person = new Entity("e1", EntityType.PERSON, "West Texas", mentions, null);
        List<Place> texas = analyse(geo, text, Metadata.EMPTY, List.of(person)).layer(Layers.PLACES);
        assertEquals(3, texas.size(), texas.toString());
        texas.forEach(p -> assertEquals("ADM1", p.featureCode()));
        texas.forEach(p -> assertEquals("TX", p.admin1Code()));
        // switchable: without the rule the tagger's person stands
        GeoAnalyzer without = analyzer(Map.of("personTaggedPlaces", "false"));
        assertTrue(analyse(without, text, Metadata.EMPTY, List.of(person)).layer(Layers.PLACES).isEmpty());
    }

    @Test
    void aPersonTalkedToIsNotAPlace() {
        String text = "The senator talked to Steele for an hour, and Steele later wrote a report.";
        Entity steele = new Entity("e1", EntityType.PERSON, "Steele", List.of(
                mention(text, "Steele", text.indexOf("Steele")), mention(text, "Steele", text.lastIndexOf("Steele"))),
                null);
        assertTrue(analyse(geo, text, Metadata.EMPTY, List.of(steele)).layer(Layers.PLACES).isEmpty());
    }

    @Test
    void aHeadlinesFirstWordIsNotATown() {
        String split = "Split decision on school budget\n\nThe board voted 5-4 on Tuesday to approve the budget.";
        assertTrue(analyse(geo, split, Metadata.EMPTY).layer(Layers.PLACES).isEmpty(), "spotted");
        assertTrue(analyse(geo, split, Metadata.EMPTY, "Split").layer(Layers.PLACES).isEmpty(), "tagged");
        String reading = "Reading list for the summer\n\nThe library in Boston published its picks on Monday.";
        assertEquals(List.of("Boston"), analyse(geo, reading, Metadata.EMPTY, "Reading", "Boston")
                .layer(Layers.PLACES).stream().map(Place::text).toList());
        GeoAnalyzer without = analyzer(Map.of("openingWordGuard", "false"));
        assertFalse(analyse(without, split, Metadata.EMPTY).layer(Layers.PLACES).isEmpty(), "the rule is switchable");
    }

    @Test
    void theSameWordUsedAsAPlaceInsideASentenceIsKept() {
        String text = "Split prepares for the summer\n\nFerries to Split were full on Monday, and hotels in Split "
                + "expect a record season.";
        List<Place> split = places(analyse(geo, text, Metadata.EMPTY, "Split"), "Split");
        assertEquals(3, split.size());
        split.forEach(p -> assertEquals("HR", p.countryCode()));
    }

    @Test
    void aDisabledFeatureChangesTheRanking() {
        String text = "Palestine school board approves stadium\n\nThe Palestine school board voted Monday to build "
                + "a stadium. Parents from Elkhart and Frankston came to the meeting. Tyler and Jacksonville already "
                + "have larger ones, the Anderson County judge said.";
        GeoAnalyzer without = analyzer(Map.of("disabledFeatures", "shared_division,admin1_coherence,foreign_country"));
        assertEquals("PS", first(analyse(without, text, Metadata.EMPTY, "Palestine", "Elkhart", "Frankston", "Tyler",
                "Jacksonville", "Anderson County"), "Palestine").countryCode(), "without coherence the famous one wins");
    }

    private static GeoAnalyzer analyzer(Map<String, String> options) {
        return new GeoAnalyzer(SharedGazetteer.GAZETTEER, RankingWeights.load(),
                ResolverSettings.from(new AnalyzerConfig(options)));
    }

    /** Analyses {@code text} with every occurrence of each listed name tagged as a LOCATION entity. */
    private static AnnotatedDocument analyse(GeoAnalyzer analyzer, String text, Metadata metadata, String... names) {
        List<Entity> entities = new ArrayList<>();
        for (String name : names) {
            List<Mention> mentions = new ArrayList<>();
            for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
                boolean wordStart = at == 0 || !Character.isLetter(text.charAt(at - 1));
                int end = at + name.length();
                boolean wordEnd = end == text.length() || !Character.isLetter(text.charAt(end));
                if (wordStart && wordEnd) {
                    mentions.add(mention(text, name, at));
                }
            }
            entities.add(new Entity("e" + entities.size(), EntityType.LOCATION, name, mentions, null));
        }
        return analyse(analyzer, text, metadata, entities);
    }

    private static AnnotatedDocument analyse(GeoAnalyzer analyzer, String text, Metadata metadata,
                                             List<Entity> entities) {
        AnnotatedDocument doc = new AnnotatedDocument(new Document("t", text, metadata));
        new TextAnalyzer().analyze(doc);
        doc.put(Layers.ENTITIES, entities);
        analyzer.analyze(doc);
        return doc;
    }

    private static Mention mention(String text, String name, int start) {
        assertEquals(name, text.substring(start, start + name.length()));
        return new Mention(start, start + name.length(), name, MentionKind.NAME);
    }

    private static Place first(AnnotatedDocument doc, String text) {
        List<Place> found = places(doc, text);
        assertFalse(found.isEmpty(), text + " not found in " + doc.layer(Layers.PLACES));
        return found.get(0);
    }

    private static List<Place> places(AnnotatedDocument doc, String text) {
        return doc.layer(Layers.PLACES).stream().filter(p -> p.text().equals(text)).toList();
    }
}
