package dev.lede.server;

import dev.lede.analyzer.AnalyzerException;
import dev.lede.analyzer.UnknownAnalyzerException;
import dev.lede.plugin.OptionException;

/**
 * A request the service refuses, answered as {@code {"error":{"code":..,"message":..}}} with {@link #status()}.
 * The message is meant for the client and is not logged. It names parameters, limits and positions; only a JSON
 * parse error may quote the token it stumbled on, which the client sent.
 */
public final class ApiError extends RuntimeException {
    private static final String SUPPORTED_MEDIA_TYPES = "send text/plain, text/html or application/json";

    private final int status;
    private final String code;

    public ApiError(int status, String code, String message) {
        super(message);
        this.status = status;
        this.code = code;
    }

    public static ApiError badRequest(String message) {
        return new ApiError(400, "bad_request", message);
    }

    public static ApiError unknownAnalyzer(String message) {
        return new ApiError(404, "unknown_analyzer", message);
    }

    /**
     * 404 for an analyzer name that is not installed (the message lists those that are, and the plugins that could
     * not be loaded); 400 for an option that is not declared, not safe per request, or has a bad value; 500 for an
     * analyzer set
     * that cannot run, such as a requirement no installed analyzer provides or an analyzer that cannot start.
     */
    public static ApiError of(AnalyzerException e) {
        if (e instanceof UnknownAnalyzerException) {
            return unknownAnalyzer(e.getMessage());
        }
        if (e instanceof OptionException) {
            return new ApiError(400, "bad_option", e.getMessage());
        }
        return new ApiError(500, "analyzer_unavailable", e.getMessage());
    }

    public static ApiError tooLarge(long limit) {
        return new ApiError(413, "body_too_large", "request body is larger than the limit of " + limit + " bytes");
    }

    public static ApiError unsupportedMediaType(String given) {
        return new ApiError(415, "unsupported_media_type", "content type '" + given
                + "' is not supported; " + SUPPORTED_MEDIA_TYPES);
    }

    public static ApiError noMediaType() {
        return new ApiError(415, "unsupported_media_type", "no Content-Type; " + SUPPORTED_MEDIA_TYPES);
    }

    /** 408: the body came too slowly or stalled; the connection is closed after the answer. */
    public static ApiError bodyTimeout(String message) {
        return new ApiError(408, "body_timeout", message);
    }

    public static ApiError saturated() {
        return new ApiError(503, "saturated", "the service is busy; retry shortly");
    }

    public static ApiError stopping() {
        return new ApiError(503, "stopping", "the service is shutting down");
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }
}
