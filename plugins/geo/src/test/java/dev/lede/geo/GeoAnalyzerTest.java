package dev.lede.geo;

import dev.lede.analyzer.AnalyzerConfig;
import dev.lede.annotation.Entity;
import dev.lede.annotation.EntityType;
import dev.lede.annotation.FocusPlace;
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
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GeoAnalyzerTest {
    private static final long ODESA_UA = 698740;
    private static final long PARIS_FR = 2988507;
    private static final long PARIS_TX = 4717560;

    private final GeoAnalyzer geo = analyzer(Map.of());

    @Test
    void odesaIsTheUkrainianCityInAnArticleAboutUkraine() {
        AnnotatedDocument doc = analyse("The president of Ukraine held talks in Odesa on Tuesday. "
                + "Drones struck Odesa overnight, officials in Ukraine said.", List.of());
        List<Place> odesa = places(doc, "Odesa");
        assertEquals(2, odesa.size());
        odesa.forEach(p -> assertEquals(ODESA_UA, p.geonameId()));
        assertEquals("UA", odesa.get(0).countryCode());
        assertEquals("17", odesa.get(0).admin1Code());
        assertEquals("Odessa", odesa.get(0).admin1Name());
    }

    @Test
    void parisIsInFranceUnlessTheArticleSaysTexas() {
        assertEquals(PARIS_FR, places(analyse("Ministers met in Paris on Monday to discuss the budget.", List.of()),
                "Paris").get(0).geonameId());
        assertEquals(PARIS_TX, places(analyse("The storm reached Paris, Texas, late on Sunday.", List.of()),
                "Paris").get(0).geonameId());
        assertEquals(PARIS_TX, places(analyse("Tornadoes hit northeast Texas on Sunday. In Paris, the county "
                + "seat, the mayor said Dallas had sent crews.", List.of()), "Paris").get(0).geonameId());
    }

    @Test
    void theWestIsNotAPlace() {
        AnnotatedDocument doc = analyse("Leaders in the West have promised more help to Ukraine.", List.of());
        assertTrue(places(doc, "West").isEmpty());
        assertEquals(1, places(doc, "Ukraine").size());
    }

    @Test
    void personAndOrganisationMentionsAreNotPlaces() {
        String text = "Jordan Peterson spoke to The Washington Post about Jordan.";
        List<Entity> entities = List.of(
                entity("e1", EntityType.PERSON, text, "Jordan Peterson"),
                entity("e2", EntityType.ORGANIZATION, text, "The Washington Post"),
                entity("e3", EntityType.LOCATION, text, "Jordan", text.lastIndexOf("Jordan")));
        AnnotatedDocument doc = analyse(text, entities);
        List<Place> places = doc.layer(Layers.PLACES);
        assertEquals(1, places.size(), places.toString());
        assertEquals(text.lastIndexOf("Jordan"), places.get(0).start());
        assertEquals("JO", places.get(0).countryCode());
        assertEquals("e3", places.get(0).entity());
    }

    @Test
    void demonymsResolveToTheirCountryWhenAskedFor() {
        String text = "Ukrainian forces pushed back, the ministry said.";
        List<Entity> norp = List.of(entity("e1", EntityType.NORP, text, "Ukrainian"));
        assertTrue(analyse(text, norp).layer(Layers.PLACES).isEmpty());
        AnnotatedDocument doc = analyse(analyzer(Map.of("demonyms", "true")), text, norp);
        Place p = doc.layer(Layers.PLACES).get(0);
        assertTrue(p.demonym());
        assertEquals(690791, p.geonameId());
        assertEquals("e1", p.entity());
        assertNull(p.admin1Code());
    }

    @Test
    void focusIsTheCountryTheArticleIsAbout() {
        AnnotatedDocument doc = analyse("Ukraine asked for more air defence. Missiles hit Kyiv and Sumy, "
                + "and Ukraine said it would talk to Brussels about Russia.", List.of());
        List<FocusPlace> focus = doc.layer(Layers.FOCUS);
        FocusPlace top = focus.stream().filter(f -> f.level() == FocusPlace.Level.COUNTRY).findFirst().orElseThrow();
        assertEquals("UA", top.countryCode());
        assertEquals(690791, top.geonameId());
        Optional<FocusPlace> city = focus.stream().filter(f -> f.level() == FocusPlace.Level.CITY).findFirst();
        assertTrue(city.isPresent());
        assertTrue(focus.stream().filter(f -> f.level() == FocusPlace.Level.COUNTRY)
                .allMatch(f -> f.score() <= top.score()));
    }

    @Test
    void sentenceInitialCommonWordsAreNotSpotted() {
        AnnotatedDocument doc = analyse("March was wet. Reading the report, officials in London were calm.",
                List.of());
        assertEquals(List.of("London"), doc.layer(Layers.PLACES).stream().map(Place::text).toList());
    }

    @Test
    void possessivesAndMultiWordNamesAreFound() {
        AnnotatedDocument doc = analyse("Russia's strikes on Kryvyi Rih killed nine people.", List.of());
        assertEquals(List.of("Russia", "Kryvyi Rih"), doc.layer(Layers.PLACES).stream().map(Place::text).toList());
        assertEquals(703845, places(doc, "Kryvyi Rih").get(0).geonameId());
        assertFalse(doc.layer(Layers.PLACES).get(0).demonym());
    }

    @Test
    void aKnownPlaceTaggedAsAOneWordPersonIsStillAPlace() {
        String text = "Tourism in Hawaii slowed this winter, and Hawaii's hotels cut staff.";
        Entity hawaii = new Entity("e1", EntityType.PERSON, "Hawaii", List.of(
                new Mention(text.indexOf("Hawaii"), text.indexOf("Hawaii") + 6, "Hawaii", MentionKind.NAME),
                new Mention(text.lastIndexOf("Hawaii"), text.lastIndexOf("Hawaii") + 6, "Hawaii", MentionKind.NAME)),
                null);
        assertEquals(2, places(analyse(text, List.of(hawaii)), "Hawaii").size());
        String person = "Jordan Smith scored twice, and Jordan later thanked the fans.";
        Entity smith = new Entity("e1", EntityType.PERSON, "Jordan Smith", List.of(
                new Mention(0, 12, "Jordan Smith", MentionKind.NAME),
                new Mention(person.lastIndexOf("Jordan"), person.lastIndexOf("Jordan") + 6, "Jordan",
                        MentionKind.NAME)), null);
        assertTrue(analyse(person, List.of(smith)).layer(Layers.PLACES).isEmpty());
        String firstName = "His brother Tyler wrote to the judge, and Tyler later apologised.";
        Entity tyler = new Entity("e1", EntityType.PERSON, "Tyler", List.of(
                new Mention(firstName.indexOf("Tyler"), firstName.indexOf("Tyler") + 5, "Tyler", MentionKind.NAME),
                new Mention(firstName.lastIndexOf("Tyler"), firstName.lastIndexOf("Tyler") + 5, "Tyler",
                        MentionKind.NAME)), null);
        assertTrue(analyse(firstName, List.of(tyler)).layer(Layers.PLACES).isEmpty(), "no locative use: a person");
        String city = "Shelling hit the outskirts of the city of Douma in Syria, and Douma's hospital closed.";
        Entity douma = new Entity("e1", EntityType.PERSON, "Douma", List.of(
                new Mention(city.indexOf("Douma"), city.indexOf("Douma") + 5, "Douma", MentionKind.NAME)), null);
        assertEquals("SY", places(analyse(city, List.of(douma, entity("e2", EntityType.LOCATION, city, "Syria"))),
                "Douma").get(0).countryCode(), "'the city of' says place");
    }

    @Test
    void theTownInAHyphenCompoundIsAPlaceUnlessItLeadsSomething() {
        String text = "A Berlin-based charity joined the Turkey-led talks.";
        List<Entity> entities = List.of(entity("e1", EntityType.MISC, text, "Berlin-based"),
                entity("e2", EntityType.MISC, text, "Turkey-led"));
        AnnotatedDocument doc = analyse(text, entities);
        assertEquals(List.of("Berlin"), doc.layer(Layers.PLACES).stream().map(Place::text).toList());
    }

    @Test
    void aCountyTaggedAsAnOrganisationIsStillAPlace() {
        String text = "Deputies in Kentucky said a Barren County woman was found safe.";
        AnnotatedDocument doc = analyse(text, List.of(entity("e1", EntityType.ORGANIZATION, text, "Barren County")));
        List<Place> county = places(doc, "Barren County");
        assertEquals(1, county.size(), doc.layer(Layers.PLACES).toString());
        assertEquals("KY", county.get(0).admin1Code());
        String org = "The Barren County Sheriff's Office said nothing.";
        assertTrue(places(analyse(org, List.of(entity("e1", EntityType.ORGANIZATION, org,
                "Barren County Sheriff's Office"))), "Barren County").isEmpty(), "inside a longer organisation name");
    }

    @Test
    void aStreetTheGazetteerLacksIsPinnedToTheTownBesideIt() {
        String text = "Fire crews in Odesa closed Deribasivska Street after the strike.";
        List<Entity> entities = List.of(entity("e1", EntityType.LOCATION, text, "Odesa"),
                entity("e2", EntityType.LOCATION, text, "Deribasivska Street"));
        Place street = places(analyse(text, entities), "Deribasivska Street").get(0);
        assertNull(street.geonameId(), "not a GeoNames place itself");
        assertEquals(ODESA_UA, street.containedIn());
        assertEquals("UA", street.countryCode());
        Place odesa = places(analyse(text, entities), "Odesa").get(0);
        assertEquals(odesa.lat(), street.lat());
        assertTrue(street.confidence() < odesa.confidence());
        assertTrue(places(analyse(analyzer(Map.of("containedPlaces", "false")), text, entities),
                "Deribasivska Street").isEmpty(), "off when asked");
        String alone = "Crews closed Deribasivska Street after the strike.";
        assertTrue(places(analyse(alone, List.of(entity("e2", EntityType.LOCATION, alone, "Deribasivska Street"))),
                "Deribasivska Street").isEmpty(), "no town near it: no pin");
    }

    @Test
    void aBuildingFarFromAnyTownIsPinnedToTheStorysTownOnlyWhenTheStoryOpensWithItOrRepeatsIt() {
        String filler = " The council met again on Monday and the meeting ran late into the evening.".repeat(6);
        String building = " Patients were moved from Seaview Hospital on Tuesday.";
        String opening = "Fire crews in Odesa were busy overnight." + filler + building;
        Place pinned = places(analyse(opening, List.of(entity("e1", EntityType.LOCATION, opening, "Odesa"),
                entity("e2", EntityType.ORGANIZATION, opening, "Seaview Hospital"))), "Seaview Hospital").get(0);
        assertEquals(ODESA_UA, pinned.containedIn(), "the town of the story's opening");
        String later = filler + filler + " Fire crews in Odesa were busy." + filler + building;
        List<Entity> laterEntities = List.of(entity("e1", EntityType.LOCATION, later, "Odesa"),
                entity("e2", EntityType.ORGANIZATION, later, "Seaview Hospital"));
        assertTrue(places(analyse(later, laterEntities), "Seaview Hospital").isEmpty(),
                "a town named once, far into the story, is not where its buildings are");
        assertEquals(ODESA_UA, places(analyse(analyzer(Map.of("ledeTown", "false")), later, laterEntities),
                "Seaview Hospital").get(0).containedIn(), "the rule switched off");
        String twice = filler + filler + " Fire crews in Odesa were busy." + filler + " Odesa was quiet later."
                + filler + building;
        Entity odesa = new Entity("e1", EntityType.LOCATION, "Odesa", List.of(
                new Mention(twice.indexOf("Odesa"), twice.indexOf("Odesa") + 5, "Odesa", MentionKind.NAME),
                new Mention(twice.lastIndexOf("Odesa"), twice.lastIndexOf("Odesa") + 5, "Odesa", MentionKind.NAME)),
                null);
        assertEquals(ODESA_UA, places(analyse(twice, List.of(odesa, entity("e2", EntityType.ORGANIZATION, twice,
                "Seaview Hospital"))), "Seaview Hospital").get(0).containedIn(), "a town named twice is the story's");
    }

    @Test
    void theDatelineTownIsAPlaceWhateverTheTaggerSaid() {
        String text = "ST. LOUIS \u2013 Police said a man was shot on Tuesday near Salisbury Street.";
        AnnotatedDocument doc = analyse(text, List.of(entity("e1", EntityType.ORGANIZATION, text, "LOUIS")));
        List<Place> dateline = places(doc, "ST. LOUIS");
        assertEquals(1, dateline.size(), doc.layer(Layers.PLACES).toString());
        assertEquals("US", dateline.get(0).countryCode());
        String wire = "LONDON The Latest on the poisoning in Salisbury:";
        Place salisbury = places(analyse(wire, List.of(entity("e1", EntityType.ORGANIZATION, wire,
                "LONDON The Latest"), entity("e2", EntityType.LOCATION, wire, "Salisbury"))), "Salisbury").get(0);
        assertEquals("GB", salisbury.countryCode(), "the dateline anchors the country");
        String headline = "BREAKING NEWS: storms close schools";
        assertTrue(analyse(headline, List.of()).layer(Layers.PLACES).isEmpty());
    }

    @Test
    void aProvinceNamedWithOtherProvincesIsTheProvinceNotItsCapital() {
        String text = "Ministers from Quebec and Ontario met in Ottawa on Monday.";
        List<Entity> entities = List.of(entity("e1", EntityType.LOCATION, text, "Quebec"),
                entity("e2", EntityType.LOCATION, text, "Ontario"), entity("e3", EntityType.LOCATION, text, "Ottawa"));
        assertEquals("ADM1", places(analyse(text, entities), "Quebec").get(0).featureCode());
        String city = "Tourists crowded the old town of Quebec on Monday.";
        assertEquals("PPLA", taggedPlace(city, "Quebec").featureCode(), "alone, the name is the city");
    }

    @Test
    void anAbbreviatedProvinceKeepsItsPeriod() {
        String text = "MONTREAL, Que. \u2014 Police said two men were arrested.";
        List<Place> que = places(analyse(text, List.of(entity("e1", EntityType.LOCATION, text, "Que"))), "Que.");
        assertEquals(1, que.size());
        assertEquals("ADM1", que.get(0).featureCode());
        assertEquals("CA", que.get(0).countryCode());
    }

    @Test
    void townNamesUsedAsStreetsArePinnedToTheTownTheyAreIn() {
        String text = "Police in Chicago said the man fell at the corner of State and Hubbard streets.";
        AnnotatedDocument doc = analyse(text, List.of(entity("e1", EntityType.LOCATION, text, "Chicago")));
        Place chicago = places(doc, "Chicago").get(0);
        List<Place> hubbard = places(doc, "Hubbard");
        assertEquals(1, hubbard.size(), doc.layer(Layers.PLACES).toString());
        assertNull(hubbard.get(0).geonameId(), "not the town of Hubbard");
        assertEquals(chicago.geonameId(), hubbard.get(0).containedIn());
    }

    @Test
    void aRiverIsNotTheStateNamedInIt() {
        String text = "Barges on the Mississippi River were stranded by low water.";
        AnnotatedDocument doc = analyse(text, List.of(entity("e1", EntityType.LOCATION, text, "Mississippi River")));
        assertTrue(places(doc, "Mississippi").isEmpty(), doc.layer(Layers.PLACES).toString());
    }

    @Test
    void aBuildingTaggedAsAnOrganisationIsPinnedToTheTownTheArticleNamesMost() {
        String text = "Firefighters in Toronto were called on Monday. Toronto police closed roads. "
                + "Investigators spent the whole of the next day going through the records, the boxes and the "
                + "photographs that were recovered from the site, and interviewing the neighbours one by one. "
                + "Nobody could yet say how the fire had started, or why the alarms had stayed silent for so long "
                + "after the first calls, and the families asked for answers. "
                + "Later that week a vigil was held by the families and friends of the victims at the Rogers "
                + "Centre, where thousands gathered in silence.";
        List<Entity> entities = List.of(entity("e1", EntityType.LOCATION, text, "Toronto"),
                entity("e2", EntityType.LOCATION, text, "Toronto", text.indexOf("Toronto police")),
                entity("e3", EntityType.ORGANIZATION, text, "Rogers Centre"));
        AnnotatedDocument doc = analyse(text, entities);
        long toronto = places(doc, "Toronto").get(0).geonameId();
        List<Place> centre = places(doc, "Rogers Centre");
        assertTrue(text.indexOf("Rogers Centre") - text.lastIndexOf("Toronto") > 300, "no town nearby");
        assertEquals(1, centre.size(), doc.layer(Layers.PLACES).toString());
        assertEquals(toronto, centre.get(0).containedIn());
        assertNull(centre.get(0).geonameId());
    }

    @Test
    void anInstitutionTaggedAsAnOrganisationIsNotPinned() {
        String text = "Students at Ryerson University in Toronto protested on Monday.";
        List<Entity> entities = List.of(entity("e1", EntityType.ORGANIZATION, text, "Ryerson University"),
                entity("e2", EntityType.LOCATION, text, "Toronto"));
        assertTrue(places(analyse(text, entities), "Ryerson University").isEmpty());
    }

    @Test
    void aTownInsideAnOrganisationsNameIsNotAPlace() {
        String text = "Real Madrid beat Sevilla on Sunday, and Dubai Police opened an inquiry in Dubai.";
        List<Entity> entities = List.of(entity("e1", EntityType.ORGANIZATION, text, "Real Madrid"),
                entity("e2", EntityType.ORGANIZATION, text, "Dubai Police"),
                entity("e3", EntityType.LOCATION, text, "Dubai", text.lastIndexOf("Dubai")));
        AnnotatedDocument doc = analyse(text, entities);
        assertTrue(places(doc, "Madrid").isEmpty(), doc.layer(Layers.PLACES).toString());
        List<Place> dubai = places(doc, "Dubai");
        assertEquals(1, dubai.size(), doc.layer(Layers.PLACES).toString());
        assertEquals(text.lastIndexOf("Dubai"), dubai.get(0).start());
    }

    @Test
    void aVillageAbroadThatNothingElseSupportsIsNotThePlaceMeant() {
        String text = "Police in Chicago closed Hubbard and Grand after a crash in Illinois.";
        List<Entity> entities = List.of(entity("e1", EntityType.LOCATION, text, "Chicago"),
                entity("e2", EntityType.LOCATION, text, "Grand"), entity("e3", EntityType.LOCATION, text, "Illinois"));
        AnnotatedDocument doc = analyse(text, entities);
        assertTrue(places(doc, "Grand").stream().noneMatch(p -> p.geonameId() != null
                && !"US".equals(p.countryCode())), doc.layer(Layers.PLACES).toString());
        String island = "Samos is quiet. Samos has a port. Tourists love Samos, and Greece hopes they return.";
        List<Entity> mentions = new ArrayList<>();
        for (int i = island.indexOf("Samos"); i >= 0; i = island.indexOf("Samos", i + 1)) {
            mentions.add(entity("e" + i, EntityType.LOCATION, island, "Samos", i));
        }
        mentions.add(entity("g", EntityType.LOCATION, island, "Greece"));
        assertEquals(3, places(analyse(island, mentions), "Samos").size(), "a name the article repeats stays");
    }

    @Test
    void aShortAcronymIsNotATownSpelledTheSame() {
        String text = "Leaders of the CIS met in Moscow.";
        List<Entity> entities = List.of(entity("e1", EntityType.LOCATION, text, "CIS"),
                entity("e2", EntityType.LOCATION, text, "Moscow"));
        AnnotatedDocument doc = analyse(text, entities);
        assertTrue(places(doc, "CIS").isEmpty(), doc.layer(Layers.PLACES).toString());
        assertEquals(1, places(doc, "Moscow").size());
    }

    @Test
    void heathrowAirportIsTheAirportNotTheFloridaTown() {
        String text = "Russian diplomats said British officers searched a plane at Heathrow airport.";
        Place heathrow = taggedPlace(text, "Heathrow");
        assertEquals("AIRP", heathrow.featureCode());
        assertEquals("GB", heathrow.countryCode());
    }

    @Test
    void aDistrictTheTaggerTookForAPersonAfterADirectionIsAPlace() {
        String text = "Government forces pressed on in eastern Ghouta. Ghouta was quiet on Monday.";
        Entity ghouta = new Entity("e1", EntityType.PERSON, "Ghouta", List.of(
                new Mention(text.indexOf("Ghouta"), text.indexOf("Ghouta") + 6, "Ghouta", MentionKind.NAME),
                new Mention(text.lastIndexOf("Ghouta"), text.lastIndexOf("Ghouta") + 6, "Ghouta", MentionKind.NAME)),
                null);
        List<Place> places = places(analyse(text, List.of(ghouta)), "Ghouta");
        assertEquals(2, places.size(), "both mentions");
        assertEquals("SY", places.get(0).countryCode());
    }

    @Test
    void aSquareKnownOnlyAsAnotherNameOfATownIsTheSquare() {
        String text = "Crowds gathered in Washington Square on Sunday.";
        AnnotatedDocument doc = analyse(text, List.of(entity("e1", EntityType.LOCATION, text, "Washington Square")));
        assertTrue(places(doc, "Washington Square").stream().noneMatch(p -> p.geonameId() != null),
                doc.layer(Layers.PLACES).toString());
    }

    @Test
    void aStateFollowedByStateAloneIsTheUniversity() {
        String text = "Mississippi State's center scored 20 points. Kentucky State Police said roads in Mississippi "
                + "were closed.";
        List<Entity> entities = List.of(entity("e1", EntityType.ORGANIZATION, text, "Mississippi State"),
                entity("e2", EntityType.ORGANIZATION, text, "Kentucky State Police"),
                entity("e3", EntityType.LOCATION, text, "Mississippi", text.lastIndexOf("Mississippi")));
        AnnotatedDocument doc = analyse(text, entities);
        List<Place> mississippi = places(doc, "Mississippi");
        assertEquals(1, mississippi.size(), doc.layer(Layers.PLACES).toString());
        assertEquals(text.lastIndexOf("Mississippi"), mississippi.get(0).start());
        assertTrue(places(doc, "Kentucky").isEmpty(), "the state police's name names the police");
        AnnotatedDocument tr = analyse(analyzer(Map.of("placesInOrganisationNames", "true")), text, entities);
        assertEquals(1, places(tr, "Kentucky").size(), "unless asked for, as TR-News annotates");
        assertTrue(places(tr, "Mississippi").stream().noneMatch(p -> p.start() == 0));
    }

    @Test
    void aDivisionNamedOnlyByDirectionsIsNotReportedAbroad() {
        String text = "Cyclone warnings were issued for the Far North after storms hit Cairns and Queensland.";
        List<Entity> entities = List.of(entity("e1", EntityType.LOCATION, text, "Far North"),
                entity("e2", EntityType.LOCATION, text, "Cairns"), entity("e3", EntityType.LOCATION, text, "Queensland"));
        AnnotatedDocument doc = analyse(text, entities);
        assertTrue(places(doc, "Far North").stream().noneMatch(p -> "CM".equals(p.countryCode())),
                doc.layer(Layers.PLACES).toString());
        assertEquals("AU", places(doc, "Cairns").get(0).countryCode());
    }

    @Test
    void aCountyAfterTheNameQualifiesIt() {
        String text = "The band played in Newport, Shropshire, on Friday.";
        List<Entity> entities = List.of(entity("e1", EntityType.LOCATION, text, "Newport"),
                entity("e2", EntityType.LOCATION, text, "Shropshire"));
        assertEquals(2641595L, places(analyse(text, entities), "Newport").get(0).geonameId(),
                "the Shropshire town, not the Welsh city of Newport");
    }

    @Test
    void aDirectionBeforeAStatesNameMakesItTheState() {
        String text = "Wildfires spread across central Washington on Monday.";
        assertEquals("ADM1", taggedPlace(text, "Washington").featureCode());
        String city = "Lawmakers in Washington voted on Monday.";
        assertEquals("PPLC", taggedPlace(city, "Washington").featureCode(), "alone, the capital");
        String country = "Cartels fought in northern Mexico on Monday.";
        assertEquals("PCLI", taggedPlace(country, "Mexico").featureCode(),
                "a country's north, not the State of Mexico");
    }

    @Test
    void aStateOfficeOrATownBeforeTheNameMakesItTheState() {
        assertEquals("ADM1", newYork("Former New York Gov. Mario Cuomo died on Thursday."));
        assertEquals("ADM1", newYork("He works at a hospital in Bronx, New York. He is certified."));
        assertEquals("PPL", newYork("After stops in Washington, New York and Boston, the prince flew home."),
                "a list of cities");
        assertEquals("PPL", newYork("NEW YORK (AP) - The New York Attorney General said on Monday..."),
                "a dateline names the city");
        String text = "Talks were held in Tbilisi, Georgia, on Monday.";
        List<Entity> entities = List.of(entity("e1", EntityType.LOCATION, text, "Tbilisi"),
                entity("e2", EntityType.LOCATION, text, "Georgia"));
        assertEquals("GE", places(analyse(text, entities), "Georgia").get(0).countryCode());
    }

    private String newYork(String text) {
        List<Entity> entities = new ArrayList<>();
        int i = text.indexOf("New York");
        if (i > 0) {
            entities.add(entity("e1", EntityType.LOCATION, text, "New York", i));
        }
        for (String town : List.of("Bronx", "Washington", "Boston")) {
            if (text.contains(town)) {
                entities.add(entity("t" + town, EntityType.LOCATION, text, town));
            }
        }
        return places(analyse(text, entities), "New York").get(0).featureCode();
    }

    @Test
    void aSmallDivisionDoesNotBeatABiggerTownOfTheSameName() {
        String text = "Talks were held in Manchester on Monday, officials said.";
        Place manchester = taggedPlace(text, "Manchester");
        assertEquals("GB", manchester.countryCode(), "the English city, not the Jamaican parish");
        String state = "Floods hit Victoria on Monday.";
        assertEquals("ADM1", taggedPlace(state, "Victoria").featureCode(),
                "a state bigger than any town called Victoria");
    }

    private static GeoAnalyzer analyzer(Map<String, String> options) {
        return new GeoAnalyzer(SharedGazetteer.GAZETTEER, RankingWeights.load(),
                ResolverSettings.from(new AnalyzerConfig(options)));
    }

    private AnnotatedDocument analyse(String text, List<Entity> entities) {
        return analyse(geo, text, entities);
    }

    private static AnnotatedDocument analyse(GeoAnalyzer analyzer, String text, List<Entity> entities) {
        AnnotatedDocument doc = new AnnotatedDocument(new Document("t", text, Metadata.EMPTY));
        new TextAnalyzer().analyze(doc);
        doc.put(Layers.ENTITIES, entities);
        analyzer.analyze(doc);
        return doc;
    }

    /** The place reported for the first mention of {@code name}, tagged as a location. */
    private Place taggedPlace(String text, String name) {
        return places(analyse(text, List.of(entity("e1", EntityType.LOCATION, text, name))), name).get(0);
    }

    private static List<Place> places(AnnotatedDocument doc, String text) {
        List<Place> out = new ArrayList<>();
        for (Place p : doc.layer(Layers.PLACES)) {
            if (p.text().equals(text)) {
                out.add(p);
            }
        }
        return out;
    }

    private static Entity entity(String id, EntityType type, String text, String name) {
        return entity(id, type, text, name, text.indexOf(name));
    }

    private static Entity entity(String id, EntityType type, String text, String name, int start) {
        Mention m = new Mention(start, start + name.length(), name, MentionKind.NAME);
        return new Entity(id, type, name, List.of(m), null);
    }
}
