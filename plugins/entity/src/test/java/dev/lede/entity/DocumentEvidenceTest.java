package dev.lede.entity;

import dev.lede.annotation.EntityType;
import dev.lede.document.Document;
import dev.lede.entity.gazetteer.Gazetteer;
import dev.lede.entity.gazetteer.GazetteerCategory;
import dev.lede.entity.model.NameSpan;
import dev.lede.entity.model.Words;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static dev.lede.entity.NameSpanFixtures.all;
import static dev.lede.entity.NameSpanFixtures.describe;
import static dev.lede.entity.NameSpanFixtures.first;
import static dev.lede.entity.NameSpanFixtures.words;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Document-level evidence: appositives, run-together names, joins, initialisms and product plurals. */
class DocumentEvidenceTest {
    private static final Gazetteer GAZETTEER = new Gazetteer(Map.ofEntries(
            Map.entry("Governor", GazetteerCategory.TITLE.bit()),
            Map.entry("Harlow", GazetteerCategory.CITY.bit()),
            Map.entry("Kenna", GazetteerCategory.FEMALE_NAME.bit()),
            Map.entry("Norland", GazetteerCategory.COUNTRY.bit()),
            Map.entry("Norlandic", GazetteerCategory.NORP.bit()),
            Map.entry("Tom", GazetteerCategory.MALE_NAME.bit()),
            Map.entry("Mary", GazetteerCategory.FEMALE_NAME.bit()),
            Map.entry("Joe", GazetteerCategory.MALE_NAME.bit()),
            Map.entry("Brenton", GazetteerCategory.CITY.bit()),
            Map.entry("Ostmark", GazetteerCategory.REGION.bit()),
            Map.entry("Dean", GazetteerCategory.TITLE.bit() | GazetteerCategory.MALE_NAME.bit()),
            Map.entry("Prince", GazetteerCategory.TITLE.bit() | GazetteerCategory.MALE_NAME.bit()),
            Map.entry("Eugene", GazetteerCategory.MALE_NAME.bit()),
            Map.entry("Sheriff", GazetteerCategory.TITLE.bit()), Map.entry("Lady", GazetteerCategory.TITLE.bit()),
            Map.entry("Carlin", GazetteerCategory.FEMALE_NAME.bit() | GazetteerCategory.CITY.bit()),
            Map.entry("Vesta", GazetteerCategory.FEMALE_NAME.bit() | GazetteerCategory.CITY.bit()),
            Map.entry("Minister", GazetteerCategory.TITLE.bit()),
            Map.entry("Port Vale", GazetteerCategory.CITY.bit()),
            Map.entry("General", GazetteerCategory.TITLE.bit()), Map.entry("Manager", GazetteerCategory.TITLE.bit()),
            Map.entry("Georgina", GazetteerCategory.FEMALE_NAME.bit() | GazetteerCategory.COUNTRY.bit()),
            Map.entry("Cory", GazetteerCategory.MALE_NAME.bit())));
    private final DocumentConsistency consistency = new DocumentConsistency(GAZETTEER, EntityOptions.parse("all")); // every pass, default or not





    @Test
    void anAppositiveWithAPersonNounMakesTheNameAPersonThroughoutTheArticle() {
        Words w = words("Ilsa Harlow, a Norlandic nurse, said she left. Ilsa Harlow later sued. Harlow won.");
        List<NameSpan> spans = new ArrayList<>(all(w, "Ilsa Harlow", EntityType.ORGANIZATION));
        spans.add(new NameSpan(spans.get(1).end() + 3, spans.get(1).end() + 4, EntityType.LOCATION));
        List<NameSpan> out = consistency.apply(w, spans);
        assertEquals(List.of("Ilsa Harlow/PERSON", "Norlandic/NORP", "Ilsa Harlow/PERSON", "Harlow/PERSON"),
                describe(w, out));
    }

    @Test
    void aGivenNameAloneIsThePersonWhenTheArticleNeverUsesTheSurnameOrThePlace() {
        Words w = words("Nine-year-old Georgina Stell skates . Georgina began at four , and her father Cory Stell "
                + "says Georgina loves it .");
        List<NameSpan> spans = new ArrayList<>(all(w, "Georgina Stell", EntityType.PERSON));
        spans.addAll(all(w, "Cory Stell", EntityType.PERSON));
        addLoneGivenNames(w, spans);
        assertEquals(List.of("Georgina Stell/PERSON", "Georgina/PERSON", "Cory Stell/PERSON", "Georgina/PERSON"),
                describe(w, consistency.apply(w, spans)));
        Words place = words("Georgina Stell moved from Georgina . Stell said Georgina was warm .");
        List<NameSpan> placeSpans = new ArrayList<>(all(place, "Georgina Stell", EntityType.PERSON));
        placeSpans.addAll(all(place, "Stell", EntityType.PERSON).subList(1, 2));
        addLoneGivenNames(place, placeSpans);
        assertEquals(List.of("Georgina Stell/PERSON", "Georgina/LOCATION", "Stell/PERSON", "Georgina/LOCATION"),
                describe(place, consistency.apply(place, placeSpans)));
    }

    /** The tagger's reading of the lone "Georgina"s: a country. */
    private static void addLoneGivenNames(Words w, List<NameSpan> spans) {
        for (NameSpan s : all(w, "Georgina", EntityType.LOCATION)) {
            if (spans.stream().noneMatch(p -> p.first() == s.first())) {
                spans.add(s);
            }
        }
    }

    @Test
    void aFirstNameThatIsAlsoATownWithASurnameIsAPerson() {
        Words w = words("The show was created by Vesta Rowan. Critics praised Vesta Rowan again.");
        List<NameSpan> out = consistency.apply(w, all(w, "Vesta Rowan", EntityType.LOCATION));
        assertEquals(List.of("Vesta Rowan/PERSON", "Vesta Rowan/PERSON"), describe(w, out));
        Words place = words("Floods hit Vesta Norland and Vesta Bay.");
        List<NameSpan> spans = new ArrayList<>(all(place, "Vesta Norland", EntityType.LOCATION));
        spans.addAll(all(place, "Vesta Bay", EntityType.LOCATION));
        assertEquals(List.of("Vesta Norland/LOCATION", "Vesta Bay/LOCATION"),
                describe(place, consistency.apply(place, spans)), "a country or a place head after the first name");
    }

    @Test
    void aGroupsInstitutionAfterAPossessiveIsOneName() {
        Words w = words("Tom Vale of the Harlow Fishermen\u2019s Federation spoke. Norland's Federation did not.");
        List<NameSpan> spans = List.of(first(w, "Tom Vale", EntityType.PERSON),
                first(w, "Harlow Fishermen", EntityType.ORGANIZATION), all(w, "Federation", EntityType.ORGANIZATION).get(0),
                first(w, "Norland", EntityType.LOCATION), all(w, "Federation", EntityType.ORGANIZATION).get(1));
        assertEquals(List.of("Tom Vale/PERSON", "Harlow Fishermen\u2019s Federation/ORGANIZATION", "Norland/LOCATION",
                "Federation/ORGANIZATION"), describe(w, consistency.apply(w, spans)));
    }

    @Test
    void theAllCapitalTownOfADatelineIsAPlace() {
        Words w = words("PORT VALE, Norland - Harbour workers walked out.");
        assertEquals(List.of("PORT VALE/LOCATION"), describe(w, consistency.apply(w,
                List.of(first(w, "PORT VALE", EntityType.ORGANIZATION)))));
        Words table = words("Results:\nPORT VALE 74 59\nAway 60 70");
        assertEquals(List.of("PORT VALE/ORGANIZATION"), describe(table, consistency.apply(table,
                List.of(first(table, "PORT VALE", EntityType.ORGANIZATION)))), "a team in a table of scores");
    }

    @Test
    void aPlaceHeadKeepsAFirstNameFromMakingAPerson() {
        Words w = words("Ships crossed the Kenna Sea on Monday.");
        assertEquals(List.of("Kenna Sea/LOCATION"),
                describe(w, consistency.apply(w, all(w, "Kenna Sea", EntityType.LOCATION))));
    }

    @Test
    void aPortfolioBeforeATitleIsPartOfTheRole() {
        Words w = words("Health Minister Tom Vale said so.");
        List<NameSpan> spans = List.of(first(w, "Health", EntityType.ORGANIZATION), first(w, "Tom Vale",
                EntityType.PERSON));
        assertEquals(List.of("Tom Vale/PERSON"), describe(w, consistency.apply(w, spans)));
        Words whole = words("Health Minister Tom Vale said so.");
        assertEquals(List.of("Tom Vale/PERSON"), describe(whole, consistency.apply(whole,
                List.of(first(whole, "Health Minister Tom Vale", EntityType.PERSON)))));
    }

    @Test
    void aNounThatIsNotTheHeadOfTheAppositiveSaysNothing() {
        Words w = words("Norvia, the member state, objected.");
        List<NameSpan> out = consistency.apply(w, List.of(first(w, "Norvia", EntityType.LOCATION)));
        assertEquals(List.of("Norvia/LOCATION"), describe(w, out));
    }

    @Test
    void aPersonRunTogetherWithAnOrganisationOrPlaceIsSplitOff() {
        Words w = words("The head of the Tenants Council Kenna Brody spoke. Brody said so. Governor of Harlow Tom "
                + "Vale agreed, Norland Ivo Petak added, and Ivo Petak left.");
        List<NameSpan> spans = new ArrayList<>();
        spans.add(first(w, "Tenants Council Kenna Brody", EntityType.ORGANIZATION));
        spans.add(all(w, "Brody", EntityType.PERSON).get(1));
        spans.add(first(w, "Harlow Tom Vale", EntityType.PERSON));
        spans.add(first(w, "Norland Ivo Petak", EntityType.LOCATION));
        spans.add(all(w, "Ivo Petak", EntityType.PERSON).get(1));
        List<NameSpan> out = consistency.apply(w, spans);
        assertEquals(List.of("Tenants Council/ORGANIZATION", "Kenna Brody/PERSON", "Brody/PERSON",
                "Harlow/LOCATION", "Tom Vale/PERSON", "Norland/LOCATION", "Ivo Petak/PERSON", "Ivo Petak/PERSON"),
                describe(w, out));
    }

    @Test
    void aFirstNameAloneDoesNotSplitAOneWordPlaceFromTheRest() {
        Words w = words("Fans cheered Mary Joe Fernandez and the Harlow Joe Reds.");
        List<NameSpan> out = consistency.apply(w, List.of(first(w, "Mary Joe Fernandez", EntityType.PERSON),
                first(w, "Harlow Joe Reds", EntityType.ORGANIZATION)));
        assertEquals(List.of("Mary Joe Fernandez/PERSON", "Harlow Joe Reds/ORGANIZATION"), describe(w, out));
    }

    @Test
    void aSlashSeparatesTwoNamesInACredit() {
        Words w = words("Image: Chirpr / Tom Vale. Tom Vale said so, and Tom Vale smiled.");
        List<NameSpan> spans = new ArrayList<>(all(w, "Tom Vale", EntityType.PERSON));
        spans.set(0, first(w, "Chirpr / Tom Vale", EntityType.ORGANIZATION));
        List<NameSpan> out = consistency.apply(w, spans);
        assertEquals(List.of("Chirpr/ORGANIZATION", "Tom Vale/PERSON", "Tom Vale/PERSON", "Tom Vale/PERSON"),
                describe(w, out));
    }

    @Test
    void anOrganisationHeadJoinsANameBeforeItAndAfterFor() {
        Words w = words("The Ivo Petak Foundation for the Coastal Arts and the Joint Council for the Welfare of "
                + "Migrants met.");
        List<NameSpan> out = consistency.apply(w, List.of(first(w, "Ivo Petak", EntityType.PERSON),
                first(w, "Coastal Arts", EntityType.ORGANIZATION), first(w, "Joint Council", EntityType.ORGANIZATION)));
        assertEquals(List.of("Ivo Petak Foundation for the Coastal Arts/ORGANIZATION",
                "Joint Council for the Welfare of Migrants/ORGANIZATION"), describe(w, out));
    }

    @Test
    void repeatsAddedLateStillJoinIntoAnOfName() {
        Words w = words("The Church said no. Critics of Zentology spoke. Then the Church of Zentology replied.");
        List<NameSpan> spans = List.of(first(w, "Church", EntityType.ORGANIZATION),
                first(w, "Zentology", EntityType.MISC));
        List<NameSpan> out = consistency.apply(w, spans);
        assertEquals(List.of("Church/ORGANIZATION", "Zentology/MISC", "Church of Zentology/ORGANIZATION"),
                describe(w, out));
    }

    @Test
    void anInitialismOfASpelledOutNameTakesItsType() {
        Words w = words("Users of Web Voyager 6 should move on, because WV6 is old.");
        List<NameSpan> out = consistency.apply(w, List.of(first(w, "Web Voyager", EntityType.MISC)));
        assertEquals(List.of("Web Voyager 6/MISC", "WV6/MISC"), describe(w, out));
    }

    @Test
    void aCountedPluralOfABrandIsNoPersonAndItsSingularIsAProduct() {
        Words w = words("The show has 40 Vistagraphs. Each Vistagraph was made by Ivo Petak.");
        List<NameSpan> out = consistency.apply(w, List.of(first(w, "Vistagraphs", EntityType.PERSON),
                first(w, "Vistagraph", EntityType.PERSON), first(w, "Ivo Petak", EntityType.PERSON)));
        assertEquals(List.of("Vistagraph/MISC", "Ivo Petak/PERSON"), describe(w, out));
    }

    @Test
    void aPlainNameListedWithPeopleIsAPersonButNotAnAffiliationOrAnAppositive() {
        Words w = words("Ivo Petak, Tom Vale, and Brin Odaro scored. Ana Sole of Vanta Works won. The Vanta Group, "
                + "Tom Vale, spoke.");
        List<NameSpan> out = consistency.apply(w, List.of(first(w, "Ivo Petak", EntityType.PERSON),
                first(w, "Tom Vale", EntityType.PERSON), first(w, "Brin Odaro", EntityType.ORGANIZATION),
                first(w, "Ana Sole", EntityType.PERSON), first(w, "Vanta Works", EntityType.ORGANIZATION),
                first(w, "Vanta Group", EntityType.ORGANIZATION), all(w, "Tom Vale", EntityType.PERSON).get(1)));
        assertEquals(List.of("Ivo Petak/PERSON", "Tom Vale/PERSON", "Brin Odaro/PERSON", "Ana Sole/PERSON",
                "Vanta Works/ORGANIZATION", "Vanta Group/ORGANIZATION", "Tom Vale/PERSON"), describe(w, out));
    }

    @Test
    void hashtagsAreMiscAndStancesAndDescriptionsAreNoNames() {
        Words w = words("Fans posted #FreeNorvia while pro-Norland groups wore Petak-like hats.");
        List<NameSpan> out = consistency.apply(w, List.of(first(w, "pro-Norland", EntityType.MISC),
                first(w, "Petak-like", EntityType.MISC)));
        assertEquals(List.of("#FreeNorvia/MISC"), describe(w, out));
    }

    @Test
    void programmesAreMiscAndComplexesArePlaces() {
        Words w = words("The Ivo Petak Arts Program moved to the Harlow Visitor Complex.");
        List<NameSpan> out = consistency.apply(w, List.of(first(w, "Ivo Petak Arts Program", EntityType.PERSON),
                first(w, "Harlow Visitor Complex", EntityType.ORGANIZATION)));
        assertEquals(List.of("Ivo Petak Arts Program/MISC", "Harlow Visitor Complex/LOCATION"), describe(w, out));
    }

    @Test
    void aTownCommaRegionAddressIsTwoPlacesButAListOfClubsIsNot() {
        Words w = words("The show, in Brenton, Ostmark, opened. Brenton v Harlow, Ostmark City v Dunns.");
        List<NameSpan> spans = new ArrayList<>(all(w, "Brenton", EntityType.ORGANIZATION));
        spans.add(first(w, "Ostmark", EntityType.ORGANIZATION));
        spans.add(first(w, "Harlow", EntityType.ORGANIZATION));
        spans.add(first(w, "Ostmark City", EntityType.ORGANIZATION));
        spans.sort(java.util.Comparator.comparingInt(NameSpan::first));
        List<NameSpan> out = consistency.apply(w, spans);
        assertEquals(List.of("Brenton/LOCATION", "Ostmark/LOCATION", "Brenton/LOCATION", "Harlow/ORGANIZATION",
                "Ostmark City/ORGANIZATION"), describe(w, out));
    }

    @Test
    void aTitleThatIsAlsoAGivenNameStaysBeforeASurnameButNotBeforeAGivenName() {
        Words w = words("The prize went to Dean Okoro, and Prince Eugene watched.");
        List<NameSpan> out = consistency.apply(w, List.of(first(w, "Dean Okoro", EntityType.PERSON),
                first(w, "Prince Eugene", EntityType.PERSON)));
        assertEquals(List.of("Dean Okoro/PERSON", "Eugene/PERSON"), describe(w, out));
    }

    @Test
    void aTitleAfterAPlaceIsCutButANicknameKeepsIt() {
        Words w = words("A Brenton Sheriff deputy met the Iron Lady fans.");
        List<NameSpan> out = consistency.apply(w, List.of(first(w, "Brenton Sheriff", EntityType.ORGANIZATION),
                first(w, "Iron Lady", EntityType.MISC)));
        assertEquals(List.of("Brenton/LOCATION", "Iron Lady/MISC"), describe(w, out));
    }

    @Test
    void theTownOfANameIsAPlaceAndPlainsHeadAPlaceName() {
        Words w = words("Shells hit the town of Dorvik near the Plains of Ostmark.");
        List<NameSpan> out = consistency.apply(w, List.of(first(w, "Plains of Ostmark", EntityType.ORGANIZATION)));
        assertEquals(List.of("Dorvik/LOCATION", "Plains of Ostmark/LOCATION"), describe(w, out));
    }

    @Test
    void theLastWordsOfALongerPersonNameAreThatPerson() {
        Words w = words("Dora Ban Sein Lwin spoke. Later Sein Lwin left.");
        List<NameSpan> out = consistency.apply(w, List.of(first(w, "Dora Ban Sein Lwin", EntityType.PERSON),
                all(w, "Sein Lwin", EntityType.ORGANIZATION).get(1)));
        assertEquals(List.of("Dora Ban Sein Lwin/PERSON", "Sein Lwin/PERSON"), describe(w, out));
    }

    @Test
    void aOneWordPersonAfterInOrTheProvinceOfIsAPlaceButNotBeforeAPossessive() {
        Words w = words("Troops moved in Vesk, then the province of Dolra, as in Okoro 's plan.");
        List<NameSpan> out = consistency.apply(w, List.of(first(w, "Vesk", EntityType.PERSON),
                first(w, "Dolra", EntityType.PERSON), first(w, "Okoro", EntityType.PERSON)));
        assertEquals(List.of("Vesk/LOCATION", "Dolra/LOCATION", "Okoro/PERSON"), describe(w, out));
    }

    @Test
    void aCompanyNounBeforeOrARoleAndAPersonAfterMakeAnOrganisation() {
        Words w = words("The tyre giant Vorelli grew. Ostana general manager Ivo Petak quit.");
        List<NameSpan> out = consistency.apply(w, List.of(first(w, "Vorelli", EntityType.PERSON),
                first(w, "Ostana", EntityType.PERSON), first(w, "Ivo Petak", EntityType.PERSON)));
        assertEquals(List.of("Vorelli/ORGANIZATION", "Ostana/ORGANIZATION", "Ivo Petak/PERSON"), describe(w, out));
    }

    @Test
    void anAmpersandMakesAFirmAnInitialTakesItsSurnameAndAPlaceNamesAnEvent() {
        Words w = words("Shares of Vorley & Dunst rose. J. Okoro watched the Harlow Open, not Trinidad & Tobago.");
        List<NameSpan> out = consistency.apply(w, List.of(first(w, "Vorley", EntityType.PERSON),
                first(w, "Dunst", EntityType.PERSON), first(w, "J.", EntityType.PERSON),
                first(w, "Harlow", EntityType.LOCATION), first(w, "Open", EntityType.MISC),
                first(w, "Trinidad", EntityType.LOCATION), first(w, "Tobago", EntityType.LOCATION)));
        assertEquals(List.of("Vorley & Dunst/ORGANIZATION", "J. Okoro/PERSON", "Harlow Open/MISC",
                "Trinidad/LOCATION", "Tobago/LOCATION"), describe(w, out));
    }

    @Test
    void untaggedSurnamesOfPeopleNamedInFullAreAdded() {
        Words w = words("Coach Ana Lowe spoke. Later Lowe said no, and fans in Lowe cheered. Lowe smiled.");
        List<NameSpan> out = consistency.apply(w, List.of(first(w, "Ana Lowe", EntityType.PERSON)));
        List<Integer> starts = new ArrayList<>();
        for (NameSpan s : out) {
            starts.add(w.starts()[s.first()]);
        }
        String t = w.text();
        assertEquals(List.of(t.indexOf("Ana"), t.indexOf("Lowe said"), t.indexOf("Lowe smiled")), starts);
    }

    @Test
    void companyFormsAndRegnalNumbersBelongToTheNameBefore() {
        Words w = words("Analysts at Varnet Banks Inc. and Olsen & Co met Queen Ilse II today.");
        List<NameSpan> out = consistency.apply(w, List.of(first(w, "Varnet Banks", EntityType.PERSON),
                first(w, "Olsen", EntityType.PERSON), first(w, "Ilse", EntityType.PERSON)));
        assertEquals(List.of("Varnet Banks Inc./ORGANIZATION", "Olsen & Co/ORGANIZATION", "Ilse II/PERSON"),
                describe(w, out));
    }

    @Test
    void referencesListsAndCompleteNamesAfterForAreNotJoined() {
        Words w = words("Earlier work (Vorley & Dunst, 2010) used the Okoro Center for the Harlow State University "
                + "gym. Gates: Brenton, Ostmark, Vantair, Skylo.");
        List<NameSpan> out = consistency.apply(w, List.of(first(w, "Vorley", EntityType.PERSON),
                first(w, "Dunst", EntityType.PERSON), first(w, "Okoro Center", EntityType.LOCATION),
                first(w, "Harlow State University", EntityType.ORGANIZATION),
                first(w, "Brenton", EntityType.ORGANIZATION), first(w, "Ostmark", EntityType.ORGANIZATION),
                first(w, "Vantair", EntityType.ORGANIZATION), first(w, "Skylo", EntityType.ORGANIZATION)));
        assertEquals(List.of("Vorley/PERSON", "Dunst/PERSON", "Okoro Center/LOCATION",
                "Harlow State University/ORGANIZATION", "Brenton/ORGANIZATION", "Ostmark/ORGANIZATION",
                "Vantair/ORGANIZATION", "Skylo/ORGANIZATION"), describe(w, out));
    }

    @Test
    void teamsAfterAPossessiveQuantitiesAndCommonWordsAreLeftAlone() {
        Words w = words("The Vanta League 's Carlin Panthers won. Kenna Coal sold Skyrunner 13 percent. Coal is cheap, "
                + "and coal is dirty.");
        List<NameSpan> out = consistency.apply(w, List.of(first(w, "Vanta League", EntityType.ORGANIZATION),
                first(w, "Carlin Panthers", EntityType.ORGANIZATION), first(w, "Kenna Coal", EntityType.PERSON),
                first(w, "Skyrunner", EntityType.MISC)));
        assertEquals(List.of("Vanta League/ORGANIZATION", "Carlin Panthers/ORGANIZATION", "Kenna Coal/PERSON",
                "Skyrunner/MISC"), describe(w, out));
    }
}
