package dev.lede.scoring;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Set;

import static dev.lede.scoring.ScoringFixtures.array;
import static dev.lede.scoring.ScoringFixtures.copyOfGold;
import static dev.lede.scoring.ScoringFixtures.entity;
import static dev.lede.scoring.ScoringFixtures.geneva;
import static dev.lede.scoring.ScoringFixtures.item;
import static dev.lede.scoring.ScoringFixtures.quote;
import static dev.lede.scoring.ScoringFixtures.score;
import static dev.lede.scoring.ScoringFixtures.span;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScorerTest {
    private static final double EPS = 1e-9;

    @ParameterizedTest
    @ValueSource(strings = {
        "entities.micro.f1", "entities.per_type.PERSON.f1", "entities.per_type.NORP.f1", "entities.span_only.f1",
        "entities.overlap_typed.f1", "entities.coref_b3.f1",
        "quotes.quotes.f1", "quotes.recall_by_kind.direct.r", "quotes.recall_by_kind.indirect.r",
        "quotes.exact_boundary_precision", "quotes.precision_any", "quotes.speaker_accuracy_on_matched",
        "quotes.joint_quote_speaker.f1",
        "numbers.span_exact.f1", "numbers.span_overlap.f1", "numbers.+value.f1", "numbers.+unit.f1",
        "numbers.+approx.f1", "numbers.type_agreement_on_matched",
        "places.recognition.f1", "places.acc@161km_on_matched", "places.acc@161km_all_gold_with_coords",
        "places.geonameId_acc_on_matched", "places.end_to_end.f1"})
    void goldAgainstItselfScoresOne(String metric) {
        assertEquals(1.0, score(copyOfGold()).metric(metric), EPS, metric);
    }

    @Test
    void goldAgainstItselfReportsNothingForbidden() {
        ScoreReport r = score(copyOfGold());
        assertEquals(0, r.metric("quotes.notQuotes_reported.count"));
        assertEquals(1, r.metric("quotes.notQuotes_reported.notQuotes"));
        assertEquals(0, r.metric("numbers.notNumbers_reported.count"));
        assertEquals(0, r.metric("places.notPlaces_reported.count"));
        assertEquals(0, r.metric("pred_docs_missing"));
    }

    // ------------------------------------------------------------------ entities

    @Test
    void aWrongSpanLosesExactMatchButNotOverlap() {
        List<JsonNode> pred = copyOfGold();
        ObjectNode kharkiv = (ObjectNode) entity(geneva(pred), "e4").get("mentions").get(0);
        kharkiv.put("end", kharkiv.get("end").asInt() - 2);
        ScoreReport r = score(pred);
        assertEquals(8.0 / 9, r.metric("entities.micro.r"), EPS);
        assertEquals(8.0 / 9, r.metric("entities.span_only.r"), EPS);
        assertEquals(1.0, r.metric("entities.overlap_typed.f1"), EPS);
    }

    @Test
    void aWrongTypeLosesTypedMatchButNotSpanOnly() {
        List<JsonNode> pred = copyOfGold();
        entity(geneva(pred), "e4").put("type", "ORGANIZATION");
        ScoreReport r = score(pred);
        assertEquals(8.0 / 9, r.metric("entities.micro.p"), EPS);
        assertEquals(0.5, r.metric("entities.per_type.ORGANIZATION.p"), EPS);
        assertEquals(1.0, r.metric("entities.span_only.f1"), EPS);
        assertEquals("[[\"LOCATION\",\"ORGANIZATION\",1]]", r.toJson().get("entities").get("type_confusions").toString());
    }

    @Test
    void theTypesMapAppliesToBothSidesAndCanDrop() {
        List<JsonNode> pred = copyOfGold();
        entity(geneva(pred), "e5").put("type", "MISC");
        assertTrue(score(pred).metric("entities.micro.f1") < 1.0);
        ScoreOptions mapped = ScoreOptions.defaults().withTypesMap(ScoreOptions.parseTypesMap("NORP=MISC"));
        assertEquals(1.0, score(pred, mapped).metric("entities.micro.f1"), EPS);
        ScoreOptions dropped = ScoreOptions.defaults().withTypesMap(ScoreOptions.parseTypesMap("norp=drop,misc=DROP"));
        ScoreReport r = score(pred, dropped);
        assertEquals(8, r.metric("entities.micro.gold"));
        assertEquals(1.0, r.metric("entities.micro.f1"), EPS);
    }

    @Test
    void nominalAndPronounMentionsDoNotCountAsNames() {
        List<JsonNode> pred = copyOfGold();
        ArrayNode mentions = (ArrayNode) entity(geneva(pred), "e1").get("mentions");
        mentions.remove(2); // "she"
        mentions.remove(1); // the nominal
        ScoreReport r = score(pred);
        assertEquals(1.0, r.metric("entities.micro.f1"), EPS);
        assertEquals(10, r.metric("entities.coref_b3.mentions_found"));
    }

    @Test
    void splittingAnEntityLowersCorefButNotNer() {
        List<JsonNode> pred = copyOfGold();
        ObjectNode lopez = entity(geneva(pred), "e1");
        ObjectNode split = lopez.deepCopy();
        split.put("id", "e1b");
        ((ArrayNode) split.get("mentions")).remove(0);
        ((ArrayNode) lopez.get("mentions")).remove(2);
        ((ArrayNode) lopez.get("mentions")).remove(1);
        array(geneva(pred), "entities").add(split);
        ScoreReport r = score(pred);
        assertEquals(1.0, r.metric("entities.micro.f1"), EPS);
        assertEquals(1.0, r.metric("entities.coref_b3.p"), EPS);
        assertTrue(r.metric("entities.coref_b3.r") < 1.0);
    }

    // ------------------------------------------------------------------ quotes

    @Test
    void aWrongSpeakerLowersSpeakerAccuracyButNotQuoteF1() {
        List<JsonNode> pred = copyOfGold();
        ObjectNode q1 = quote(geneva(pred), "q1");
        q1.set("speaker", span(geneva(pred), "Washington"));
        q1.putNull("speakerEntity");
        ScoreReport r = score(pred);
        assertEquals(1.0, r.metric("quotes.quotes.f1"), EPS);
        assertEquals(0.5, r.metric("quotes.speaker_accuracy_on_matched"), EPS);
        assertEquals(0.5, r.metric("quotes.joint_quote_speaker.f1"), EPS);
    }

    @Test
    void aMissingSpeakerIsWrongWhenGoldHasOne() {
        List<JsonNode> pred = copyOfGold();
        quote(geneva(pred), "q2").putNull("speaker").putNull("speakerEntity");
        assertEquals(0.5, score(pred).metric("quotes.speaker_accuracy_on_matched"), EPS);
    }

    @Test
    void aSpeakerGivenAsLedeWritesIt_entityInsideSpeaker_isRight() {
        List<JsonNode> pred = copyOfGold();
        ObjectNode q1 = quote(geneva(pred), "q1");
        q1.remove("speakerEntity");
        // the pronoun span points elsewhere, but the entity id resolves to Maria Lopez
        ObjectNode speaker = span(geneva(pred), "Monday").put("entity", "e1");
        q1.set("speaker", speaker);
        assertEquals(1.0, score(pred).metric("quotes.speaker_accuracy_on_matched"), EPS);
    }

    @Test
    void quotationMarksAroundAPredictionAreTrimmed() {
        List<JsonNode> pred = copyOfGold();
        ObjectNode q1 = quote(geneva(pred), "q1");
        q1.put("start", q1.get("start").asInt() - 1).put("end", q1.get("end").asInt() + 1);
        ScoreReport r = score(pred);
        assertEquals(1.0, r.metric("quotes.quotes.f1"), EPS);
        assertEquals(1.0, r.metric("quotes.exact_boundary_precision"), EPS);
    }

    @Test
    void aPredictionMostlyOutsideTheGoldQuoteDoesNotMatch() {
        List<JsonNode> pred = copyOfGold();
        ObjectNode q2 = quote(geneva(pred), "q2");
        ObjectNode wide = span(geneva(pred), "Maria Lopez, the head of the Red Cross mission, said on Monday that 2,500 "
                + "families");
        q2.put("start", wide.get("start").asInt()).put("end", wide.get("end").asInt());
        ScoreReport r = score(pred);
        assertEquals(0.5, r.metric("quotes.quotes.r"), EPS);
        assertEquals(0.0, r.metric("quotes.recall_by_kind.indirect.r"), EPS);
    }

    @Test
    void aShortenedQuoteMatchesWithoutExactBoundaries() {
        List<JsonNode> pred = copyOfGold();
        ObjectNode q2 = quote(geneva(pred), "q2");
        q2.put("end", q2.get("end").asInt() - " since 2022".length());
        ScoreReport r = score(pred);
        assertEquals(1.0, r.metric("quotes.quotes.f1"), EPS);
        assertEquals(0.5, r.metric("quotes.exact_boundary_precision"), EPS);
    }

    @Test
    void aReportedNotQuoteCountsAgainstPrecision() {
        List<JsonNode> pred = copyOfGold();
        ObjectNode scare = span(geneva(pred), "green corridor").put("id", "q3").put("kind", "direct");
        array(geneva(pred), "quotes").add(scare);
        ScoreReport r = score(pred);
        assertEquals(1, r.metric("quotes.notQuotes_reported.count"));
        assertEquals(2.0 / 3, r.metric("quotes.quotes.p"), EPS);
        assertEquals(1.0, r.metric("quotes.quotes.r"), EPS);
    }

    // ------------------------------------------------------------------ numbers

    @Test
    void aWrongValueFailsFromValueOn() {
        List<JsonNode> pred = copyOfGold();
        item(geneva(pred), "numbers", "40 million dollars").put("value", 4_000_000);
        ScoreReport r = score(pred);
        assertEquals(1.0, r.metric("numbers.span_overlap.f1"), EPS);
        assertEquals(2.0 / 3, r.metric("numbers.+value.f1"), EPS);
        assertEquals(2.0 / 3, r.metric("numbers.+approx.f1"), EPS);
    }

    @Test
    void aWrongUnitFailsFromUnitOn() {
        List<JsonNode> pred = copyOfGold();
        item(geneva(pred), "numbers", "40 million dollars").put("unit", "EUR");
        ScoreReport r = score(pred);
        assertEquals(1.0, r.metric("numbers.+value.f1"), EPS);
        assertEquals(2.0 / 3, r.metric("numbers.+unit.f1"), EPS);
    }

    @Test
    void aSpelledOutCurrencyEqualsItsCode() {
        List<JsonNode> pred = copyOfGold();
        item(geneva(pred), "numbers", "40 million dollars").put("unit", "dollars");
        assertEquals(1.0, score(pred).metric("numbers.+unit.f1"), EPS);
    }

    @Test
    void aWrongApproxFailsOnlyApprox() {
        List<JsonNode> pred = copyOfGold();
        item(geneva(pred), "numbers", "About 12%").putNull("approx");
        ScoreReport r = score(pred);
        assertEquals(1.0, r.metric("numbers.+unit.f1"), EPS);
        assertEquals(2.0 / 3, r.metric("numbers.+approx.f1"), EPS);
    }

    @Test
    void aReportedNotNumberIsAFalsePositiveAndCounted() {
        List<JsonNode> pred = copyOfGold();
        array(geneva(pred), "numbers").add(span(geneva(pred), "2022").put("type", "cardinal").put("value", 2022));
        ScoreReport r = score(pred);
        assertEquals(1, r.metric("numbers.notNumbers_reported.count"));
        assertEquals(0.75, r.metric("numbers.span_exact.p"), EPS);
        assertEquals(1.0, r.metric("numbers.span_exact.r"), EPS);
    }

    @Test
    void aMissedNumberLowersRecall() {
        List<JsonNode> pred = copyOfGold();
        array(geneva(pred), "numbers").remove(0);
        ScoreReport r = score(pred);
        assertEquals(2.0 / 3, r.metric("numbers.span_exact.r"), EPS);
        assertEquals(1.0, r.metric("numbers.span_exact.p"), EPS);
    }

    // ------------------------------------------------------------------ places

    @Test
    void aPlace500KmOffIsRecognisedButNotResolved() {
        List<JsonNode> pred = copyOfGold();
        ObjectNode kharkiv = item(geneva(pred), "places", "Kharkiv");
        kharkiv.put("lat", kharkiv.get("lat").asDouble() + 4.5); // 4.5 degrees of latitude is about 500 km
        ScoreReport r = score(pred);
        assertEquals(1.0, r.metric("places.recognition.f1"), EPS);
        assertEquals(0.75, r.metric("places.acc@161km_on_matched"), EPS);
        assertEquals(0.75, r.metric("places.end_to_end.r"), EPS);
        assertEquals(1.0, r.metric("places.geonameId_acc_on_matched"), EPS);
        assertTrue(r.metric("places.error_km.mean") > 100);
    }

    @Test
    void aWrongGeonameIdLowersIdAccuracy() {
        List<JsonNode> pred = copyOfGold();
        item(geneva(pred), "places", "Kyiv").put("geonameId", 1);
        ScoreReport r = score(pred);
        assertEquals(0.75, r.metric("places.geonameId_acc_on_matched"), EPS);
        assertEquals(1.0, r.metric("places.acc@161km_on_matched"), EPS);
    }

    @Test
    void optionalPlacesAreNeutralUnlessCounted() {
        List<JsonNode> pred = copyOfGold();
        ArrayNode places = array(geneva(pred), "places");
        places.remove(2); // "Ukrainian", optional
        assertEquals(1.0, score(pred).metric("places.recognition.f1"), EPS);
        assertEquals(0.8, score(pred, ScoreOptions.defaults().withUseOptionalPlaces(true))
                .metric("places.recognition.r"), EPS);
    }

    @Test
    void aReportedNotPlaceIsAFalsePositiveAndCounted() {
        List<JsonNode> pred = copyOfGold();
        array(geneva(pred), "places").add(span(geneva(pred), "Washington").put("lat", 38.9).put("lon", -77.0));
        ScoreReport r = score(pred);
        assertEquals(1, r.metric("places.notPlaces_reported.count"));
        assertEquals(0.8, r.metric("places.recognition.p"), EPS);
        assertEquals("{\"Metonymic\":1}", r.toJson().at("/places/notPlaces_reported/by_type").toString());
    }

    @Test
    void exactPlaceMatchingNeedsExactSpans() {
        List<JsonNode> pred = copyOfGold();
        ObjectNode kyiv = item(geneva(pred), "places", "Kyiv");
        kyiv.put("end", kyiv.get("end").asInt() + 1);
        assertEquals(1.0, score(pred).metric("places.recognition.f1"), EPS);
        assertEquals(0.75, score(pred, ScoreOptions.defaults().withPlaceMatch("exact")).metric("places.recognition.r"),
                EPS);
    }

    // ------------------------------------------------------------------ documents and options

    @Test
    void aMissingDocumentScoresAsEmpty() {
        List<JsonNode> pred = copyOfGold().subList(0, 1);
        ScoreReport r = score(pred);
        assertEquals(1, r.metric("pred_docs_missing"));
        assertEquals(7.0 / 9, r.metric("entities.micro.r"), EPS);
        assertEquals(1.0, r.metric("entities.micro.p"), EPS);
        assertEquals(0.75, r.metric("places.recognition.r"), EPS);
    }

    @Test
    void predictionsArePairedByIdNotPosition() {
        List<JsonNode> pred = copyOfGold();
        List<JsonNode> reversed = List.of(pred.get(1), pred.get(0));
        assertEquals(1.0, score(reversed).metric("entities.micro.f1"), EPS);
        ScoreReport byOrder = score(reversed, ScoreOptions.defaults().withByOrder(true));
        assertTrue(byOrder.metric("entities.micro.f1") < 0.5);
    }

    @Test
    void aPredictionNotInGoldIsCountedAndIgnored() {
        List<JsonNode> pred = copyOfGold();
        ((ObjectNode) pred.get(1)).put("id", "elsewhere");
        ScoreReport r = score(pred);
        assertEquals(1, r.metric("pred_docs_not_in_gold"));
        assertEquals(1, r.metric("pred_docs_missing"));
    }

    @Test
    void onlyChosenLayersAreScoredAndOnlyOnDocumentsAnnotatedForThem() {
        ScoreReport r = score(copyOfGold(), ScoreOptions.defaults().withLayers(Set.of("quotes")));
        assertTrue(r.has("quotes"));
        assertFalse(r.has("entities"));
        assertEquals(1, r.metric("quotes.docs"));
        assertTrue(Double.isNaN(r.metric("entities.micro.f1")));
    }

    @Test
    void aGoldDocumentWithoutLayersIsAnnotatedForTheLayersItHas() {
        List<JsonNode> gold = ScoringFixtures.read("/scoring/single-without-layers.json");
        assertEquals(1, gold.size());
        ScoreReport r = Scorer.score(gold, List.of(), ScoreOptions.defaults());
        assertTrue(r.has("entities") && r.has("places"));
        assertFalse(r.has("quotes") || r.has("numbers"));
        assertEquals(0.0, r.metric("entities.micro.r"), EPS);
        assertEquals(1.0, Scorer.score(gold, gold, ScoreOptions.defaults()).metric("places.end_to_end.f1"), EPS);
    }

    @Test
    void aGoldDocumentWithoutTextScoresWithThePredictionsText() {
        List<JsonNode> gold = copyOfGold();
        List<JsonNode> pred = copyOfGold();
        geneva(gold).remove("text");
        ObjectNode q1 = quote(geneva(pred), "q1");
        q1.put("start", q1.get("start").asInt() - 1); // takes in the opening quotation mark, trimmed away
        ScoreReport r = Scorer.score(gold, pred, ScoreOptions.defaults());
        assertEquals(1.0, r.metric("quotes.exact_boundary_precision"), EPS);
        geneva(pred).remove("text");
        assertEquals(0.5, Scorer.score(gold, pred, ScoreOptions.defaults()).metric("quotes.exact_boundary_precision"),
                EPS, "without any text nothing can be trimmed");
    }

    @Test
    void parseTypesMapUpperCasesAndDrops() {
        var m = ScoreOptions.parseTypesMap("norp = misc, X=DROP,Y=-,junk");
        assertEquals("MISC", m.get("NORP"));
        assertTrue(m.containsKey("X") && m.get("X") == null);
        assertTrue(m.containsKey("Y") && m.get("Y") == null);
        assertEquals(3, m.size());
    }
}
