package dev.lede.scoring;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import dev.lede.annotation.Approx;
import dev.lede.annotation.Entity;
import dev.lede.annotation.EntityType;
import dev.lede.annotation.Mention;
import dev.lede.annotation.MentionKind;
import dev.lede.annotation.NumberMention;
import dev.lede.annotation.NumberType;
import dev.lede.annotation.Place;
import dev.lede.annotation.Quote;
import dev.lede.annotation.QuoteKind;
import dev.lede.annotation.Span;
import dev.lede.annotation.Speaker;
import dev.lede.document.Document;
import dev.lede.document.LayerKey;
import dev.lede.document.Layers;
import dev.lede.json.ResultWriter;
import dev.lede.pipeline.AnalysisResult;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReportTest {
    private static final double EPS = 1e-9;

    @Test
    void whatLedeWritesScoresAgainstGold() {
        JsonNode gold = ScoringFixtures.gold().get(0);
        String text = gold.get("text").asText();
        Map<LayerKey<?>, List<?>> layers = new LinkedHashMap<>();
        List<Entity> entities = new ArrayList<>();
        for (JsonNode e : gold.get("entities")) {
            List<Mention> mentions = new ArrayList<>();
            for (JsonNode m : e.get("mentions")) {
                mentions.add(new Mention(m.get("start").asInt(), m.get("end").asInt(), m.get("text").asText(),
                        MentionKind.valueOf(m.get("kind").asText().toUpperCase())));
            }
            entities.add(new Entity(e.get("id").asText(), EntityType.valueOf(e.get("type").asText()),
                    e.get("name").asText(), mentions, null));
        }
        layers.put(Layers.ENTITIES, entities);
        List<Quote> quotes = new ArrayList<>();
        for (JsonNode q : gold.get("quotes")) {
            JsonNode s = q.get("speaker");
            quotes.add(new Quote(q.get("id").asText(), QuoteKind.valueOf(q.get("kind").asText().toUpperCase()),
                    q.get("start").asInt(), q.get("end").asInt(), q.get("text").asText(), List.of(),
                    new Speaker(s.get("start").asInt(), s.get("end").asInt(), s.get("text").asText(),
                            q.get("speakerEntity").asText(), "Maria Lopez"), null));
        }
        layers.put(Layers.QUOTES, quotes);
        layers.put(Layers.NUMBERS, List.of(
                number(text, "2,500 families", NumberType.COUNT, 2500, "families", null),
                number(text, "40 million dollars", NumberType.MONEY, 4e7, "USD", null),
                number(text, "About 12%", NumberType.PERCENT, 12, null, Approx.ABOUT)));
        List<Place> places = new ArrayList<>();
        for (JsonNode p : gold.get("places")) {
            places.add(new Place(p.get("start").asInt(), p.get("end").asInt(), p.get("text").asText(),
                    p.get("geonameId").asLong(), p.get("text").asText(), p.get("lat").asDouble(),
                    p.get("lon").asDouble(), p.get("countryCode").asText(), null, null, p.get("featureCode").asText(),
                    0, 0.9, null, false, null));
        }
        layers.put(Layers.PLACES, places);
        AnalysisResult result = new AnalysisResult("geneva", Document.of("geneva", text), layers, List.of(), Map.of());
        JsonNode prediction = new ResultWriter(false, null).toTree(result);

        ScoreReport r = Scorer.score(List.of(gold), List.of(prediction), ScoreOptions.defaults());
        for (String metric : List.of("entities.micro.f1", "entities.coref_b3.f1", "quotes.quotes.f1",
                "quotes.speaker_accuracy_on_matched", "numbers.+approx.f1", "places.end_to_end.f1",
                "places.geonameId_acc_on_matched")) {
            assertEquals(1.0, r.metric(metric), EPS, metric);
        }
    }

    private static NumberMention number(String text, String s, NumberType type, double value, String unit, Approx a) {
        int i = text.indexOf(s);
        return new NumberMention(i, i + s.length(), s, type, value, null, null, unit, a);
    }

    @Test
    void theTableHasEveryLayerInScorePyLayout() {
        List<JsonNode> gold = ScoringFixtures.gold();
        String table = Scorer.score(gold, gold, ScoreOptions.defaults()).withSources("g.jsonl", "p.jsonl").toTable();
        String[] lines = table.split("\n");
        assertEquals("gold g.jsonl (2 docs)  pred p.jsonl  (0 gold docs without prediction, 0 prediction docs not in gold)",
                lines[0]);
        assertEquals("  micro           1.000  1.000  1.000       9       9", lines[3]);
        assertTrue(table.contains("  coref B3        1.000  1.000  1.000   on 12/12 gold mentions found "
                + "{'name': '9/9', 'nominal': '2/2', 'pronoun': '1/1'}"), table);
        assertTrue(table.contains("  recall by kind direct 1.000 (1/1), indirect 1.000 (1/1)"), table);
        assertTrue(table.contains("== places (2 docs, overlap match)"), table);
        assertTrue(table.contains("  notPlaces reported 0 of 1 \n") || table.endsWith("  notPlaces reported 0 of 1 "),
                table);
    }

    @Test
    void fixedPointFormatRoundsTheExactBinaryValueHalfEvenLikePython() {
        assertEquals(" 0.062", ReportTable.fmt(DoubleNode.valueOf(0.0625)));
        assertEquals(" 0.667", ReportTable.fmt(DoubleNode.valueOf(2.0 / 3)));
        assertEquals(" 0.124", ReportTable.fmt(DoubleNode.valueOf(0.1245)), "0.1245 is stored just below 0.1245");
        assertEquals("   -  ", ReportTable.fmt(null));
    }

    @Test
    void jsonCarriesSourcesAndMetricReadsPaths() {
        List<JsonNode> gold = ScoringFixtures.gold();
        ScoreReport r = Scorer.score(gold, gold, ScoreOptions.defaults()).withSources("g", "p");
        JsonNode json = r.toJson();
        assertEquals("g", json.get("gold").asText());
        assertEquals(2, json.get("gold_docs").asInt());
        assertEquals(9, r.metric("entities.micro.tp"));
        assertTrue(Double.isNaN(r.metric("entities.nothing.f1")));
        assertTrue(Double.isNaN(r.metric("places.match")), "a string is not a metric");
    }
}
