package dev.lede.view;

import com.fasterxml.jackson.databind.JsonNode;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

import java.io.StringWriter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A small hand-written result with every layer, overlapping spans and a quote in two parts. */
class ArticleViewTest {
    static final String TEXT = "\"Bergen will pay 3 million kroner,\" Mayor Ola Berg said on Monday. \"Now.\"";

    static JsonNode result() throws Exception {
        return PlacePinsTest.json("""
                {'schema':1,'id':'bergen','metadata':{'title':'Bergen pays'},'text':%s,
                 'entities':[{'id':'e1','type':'PERSON','name':'Ola Berg','mentions':[{'start':42,'end':50,'text':'Ola Berg','kind':'name'}],'salience':{'mentionCount':1,'firstOffset':42}},
                             {'id':'e2','type':'LOCATION','name':'Bergen','mentions':[{'start':1,'end':7,'text':'Bergen','kind':'name'}],'salience':{'mentionCount':1,'firstOffset':1}}],
                 'quotes':[{'id':'q1','kind':'direct','start':0,'end':73,'text':'...','parts':[{'start':0,'end':35},{'start':67,'end':73}],
                            'speaker':{'start':36,'end':50,'text':'Mayor Ola Berg','entity':'e1','name':'Ola Berg'},'cue':{'start':51,'end':55,'text':'said'}}],
                 'numbers':[{'start':17,'end':33,'text':'3 million kroner','type':'money','value':3.0E6,'unit':'NOK'}],
                 'places':[{'start':1,'end':7,'text':'Bergen','geonameId':3161732,'name':'Bergen','lat':60.39,'lon':5.32,'countryCode':'NO','featureCode':'PPLA','entity':'e2'}],
                 'focus':[{'level':'country','geonameId':3144096,'name':'Norway','countryCode':'NO','score':1.0}],
                 'dateline':[{'place':{'start':1,'end':7,'text':'Bergen'},'date':{'start':59,'end':65,'text':'Monday'},'value':'2026-03-02'}],
                 'times':[{'start':59,'end':65,'text':'Monday','type':'date','value':'2026-03-02'}],
                 'errors':[]}""".formatted(new com.fasterxml.jackson.databind.ObjectMapper()
                .writeValueAsString(TEXT).replace('"', '\'')));
    }

    static Document view() throws Exception {
        return Jsoup.parseBodyFragment(ArticleView.render(result(), "v1"));
    }

    @Test
    void everyAnnotationIsOneHighlightedSpanWithTheContractAttributes() throws Exception {
        Document doc = view();
        assertEquals(2, doc.select(".lede-text [data-layer=entities]:not([data-continued])").size());
        assertEquals(1, doc.select(".lede-text [data-layer=quotes]:not([data-continued])").size());
        assertEquals(1, doc.select(".lede-text [data-layer=numbers]").size());
        assertEquals(1, doc.select(".lede-text [data-layer=places]").size());
        assertEquals(1, doc.select(".lede-text [data-layer=times]").size());
        for (Element span : doc.select(".lede-text [data-layer]:not([data-continued])")) {
            assertFalse(span.attr("data-id").isEmpty());
            int start = Integer.parseInt(span.attr("data-start"));
            int end = Integer.parseInt(span.attr("data-end"));
            assertTrue(TEXT.substring(start, end).startsWith(span.text()), span.outerHtml());
        }
    }

    @Test
    void theDatelineIsShownUnderTheTitle() throws Exception {
        assertEquals("dateline: Bergen · Monday (2026-03-02)", view().selectFirst(".lede-dateline").text());
    }

    @Test
    void theTextIsKeptWhole() throws Exception {
        assertEquals(TEXT, view().selectFirst(".lede-text").wholeText());
    }

    @Test
    void aQuoteInPartsLightsItsPartsNotTheNarrationBetween() throws Exception {
        Elements parts = view().select(".lede-text [data-layer=quotes]");
        assertEquals(2, parts.size());
        assertEquals("\"Now.\"", parts.get(1).text());
        assertTrue(parts.get(1).hasAttr("data-continued"));
        assertFalse(parts.get(0).text().contains("Mayor"));
    }

    @Test
    void nestedLayersNestAPlaceInsideItsEntityInsideTheQuote() throws Exception {
        Element place = view().selectFirst(".lede-text [data-layer=places]");
        assertEquals("entities", place.parent().attr("data-layer"));
        assertEquals("quotes", place.parent().parent().attr("data-layer"));
        assertEquals("https://www.geonames.org/3161732", place.attr("data-href"));
        assertTrue(place.attr("title").contains("Norway"));
    }

    @Test
    void hoverTextsCarryTheCanonicalNameAndTheNormalisedValue() throws Exception {
        Document doc = view();
        assertTrue(doc.selectFirst("[data-layer=entities][data-id=e1]").attr("title").startsWith("Ola Berg\nPERSON"));
        String number = doc.selectFirst("[data-layer=numbers]").attr("title");
        assertTrue(number.contains("value: 3,000,000") && number.contains("unit: NOK"), number);
        assertTrue(doc.selectFirst("[data-layer=quotes]").attr("title").contains("speaker: Mayor Ola Berg (Ola Berg)"));
    }

    @Test
    void theQuotePanelGroupsBySpeakerAndLinksToTheSpeakersMentionAndCue() throws Exception {
        Document doc = view();
        Element card = doc.selectFirst("[data-panel=quotes] .lede-quote-card");
        assertEquals("Ola Berg 1", card.parent().parent().selectFirst("h4").text());
        assertEquals("q1", card.selectFirst("[data-light-layer=quotes]").attr("data-light-id"));
        for (Element link : card.select("a[data-role-link]")) {
            Element target = doc.getElementById(link.attr("href").substring(1));
            assertEquals("q1", target.attr("data-quote"));
            assertEquals(link.attr("data-role-link"), target.attr("data-role"));
        }
        assertEquals(2, card.select("a[data-role-link]").size());
    }

    @Test
    void theMapHasAPinPerPlaceAndShadesTheFocusCountry() throws Exception {
        Document doc = view();
        Elements pins = doc.select(".lede-map circle[data-geoname-id]");
        assertEquals(1, pins.size());
        assertEquals("3161732", pins.get(0).attr("data-geoname-id"));
        assertEquals("#lede-country-NO", doc.selectFirst(".lede-map use.lede-focus").attr("href"));
        assertFalse(doc.selectFirst(".lede-map svg").attr("viewBox").equals("0 0 1000 520"), "zoomed to Norway");
    }

    @Test
    void aLayerTheResultLacksGetsNoSwitchAndNoPanel() throws Exception {
        JsonNode result = result();
        ((com.fasterxml.jackson.databind.node.ObjectNode) result).remove(java.util.List.of("times", "places", "focus"));
        Document doc = Jsoup.parseBodyFragment(ArticleView.render(result, "v1"));
        assertTrue(doc.select("[data-toggle=times], [data-panel=times], .lede-map").isEmpty());
        assertEquals(1, doc.select("[data-toggle=numbers]").size());
    }

    @Test
    void theReportIsOneSelfContainedFile() throws Exception {
        StringWriter out = new StringWriter();
        try (HtmlReport report = new HtmlReport(out)) {
            report.add(result());
            report.add(result());
        }
        Document doc = Jsoup.parse(out.toString());
        assertEquals(2, doc.select("article.lede-view").size());
        assertEquals(2, doc.select(".lede-index a").size());
        assertEquals(1, doc.select("#lede-world").size(), "the outlines once, however many articles");
        assertTrue(doc.select("[src], link, img, iframe").isEmpty(), "nothing loaded from elsewhere");
        assertTrue(doc.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content")
                .contains("default-src 'none'"));
        assertEquals(doc.select("[id]").size(), doc.select("[id]").stream().map(e -> e.id()).distinct().count(),
                "element ids are unique across views");
    }
}
