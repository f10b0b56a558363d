package dev.lede.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.lede.json.LedeJson;
import dev.lede.view.ViewPage;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;

import java.io.IOException;

/**
 * The web view: {@code GET /} is the page (paste or drop an article, pick analyzers), {@code POST /view/render}
 * turns schema-1 JSON (what {@code /v1/extract} answered) into the views the page shows. Styles, scripts and the
 * map are inlined in the page, so it needs no other asset.
 */
final class ViewRoutes {
    static final String PAGE = "/";
    static final String RENDER = "/view/render";

    private final String page = ViewPage.html();

    void register(JavalinConfig c) {
        c.routes.get(PAGE, ctx -> ctx.contentType("text/html; charset=utf-8").result(page));
        c.routes.post(RENDER, this::render);
    }

    private void render(Context ctx) {
        JsonNode results;
        try {
            results = LedeJson.mapper().readTree(ctx.bodyAsBytes());
        } catch (JsonProcessingException e) {
            throw ApiError.badRequest("the body is not JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw ApiError.badRequest("the body could not be read");
        }
        if (results == null || !(results.isObject() || results.isArray())) {
            throw ApiError.badRequest("expected a schema-1 result or an array of them");
        }
        ctx.contentType("text/html; charset=utf-8").result(ViewPage.views(results));
    }
}
