package dev.lede.server;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.List;

import static dev.lede.server.LedeServerTest.assertError;
import static dev.lede.server.LedeServerTest.get;
import static dev.lede.server.LedeServerTest.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The web view's routes over real HTTP: the page at / and POST /view/render. */
class ViewRoutesTest {
    static LedeServer server;

    @BeforeAll
    static void start() {
        server = LedeServer.start(TestAnalyzers.factory(), ServerConfig.defaults().withPort(0)
                .withAnalyzers(List.of("text")).withMaxBodyBytes(64 * 1024));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void thePageIsOneSelfContainedDocumentWithTheForm() throws Exception {
        HttpResponse<String> res = get(server, "/");
        assertEquals(200, res.statusCode());
        assertTrue(res.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        Document page = Jsoup.parse(res.body());
        assertNotNull(page.getElementById("lede-form"));
        assertNotNull(page.getElementById("lede-input"));
        assertNotNull(page.getElementById("lede-world"), "the map outlines are in the page");
        assertTrue(page.select("[src], link[href]").isEmpty(), "no asset loaded from elsewhere");
    }

    @Test
    void renderTurnsAResultIntoItsView() throws Exception {
        String result = """
                {"schema":1,"id":"a","text":"Ada Lovelace wrote.","entities":[{"id":"e1","type":"PERSON",
                 "name":"Ada Lovelace","mentions":[{"start":0,"end":12,"text":"Ada Lovelace","kind":"name"}]}],"errors":[]}""";
        HttpResponse<String> res = post(server, "/view/render", "application/json", result);
        assertEquals(200, res.statusCode(), res.body());
        Document view = Jsoup.parseBodyFragment(res.body());
        assertEquals("Ada Lovelace", view.selectFirst("[data-layer=entities][data-id=e1]").text());
        assertEquals("a", view.selectFirst("article.lede-view").attr("data-doc-id"));
    }

    @Test
    void renderOfAnArrayGivesOneViewPerResult() throws Exception {
        String one = "{\"schema\":1,\"id\":\"%s\",\"text\":\"x\",\"errors\":[]}";
        HttpResponse<String> res = post(server, "/view/render", "application/json",
                "[" + one.formatted("a") + "," + one.formatted("b") + "]");
        assertEquals(200, res.statusCode(), res.body());
        assertEquals(List.of("a", "b"), Jsoup.parseBodyFragment(res.body()).select("article.lede-view").eachAttr("data-doc-id"));
    }

    @Test
    void renderRefusesWhatIsNotAResult() throws Exception {
        assertError(post(server, "/view/render", "application/json", "{not json"), 400, "bad_request");
        assertError(post(server, "/view/render", "application/json", "42"), 400, "bad_request");
    }
}
