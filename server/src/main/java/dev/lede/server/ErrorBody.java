package dev.lede.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lede.json.LedeJson;

/** The one error shape of the service, {@code {"error":{"code":..,"message":..}}}, and the code of each status. */
final class ErrorBody {
    static final String CONTENT_TYPE = "application/json; charset=utf-8";

    private ErrorBody() {
    }

    static String json(String code, String message) {
        ObjectNode body = LedeJson.mapper().createObjectNode();
        ObjectNode error = body.putObject("error");
        error.put("code", code);
        error.put("message", message);
        return LedeJson.toJson(body);
    }

    /** The code for a status the service did not choose itself (Jetty's and Javalin's answers). */
    static String codeOf(int status) {
        return switch (status) {
            case 400 -> "bad_request";
            case 404 -> "not_found";
            case 405 -> "method_not_allowed";
            case 408 -> "timeout";
            case 413 -> "body_too_large";
            case 414 -> "uri_too_long";
            case 415 -> "unsupported_media_type";
            case 431 -> "headers_too_large";
            case 503 -> "unavailable";
            default -> status >= 500 ? "internal" : "http_" + status;
        };
    }
}
