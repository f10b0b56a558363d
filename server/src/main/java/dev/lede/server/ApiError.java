package dev.lede.server;

/**
 * A request the service refuses, answered as {@code {"error":{"code":..,"message":..}}} with {@link #status()}.
 * The message is meant for the client; it never contains article text.
 */
public final class ApiError extends RuntimeException {
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

    public static ApiError tooLarge(long limit) {
        return new ApiError(413, "body_too_large", "request body is larger than the limit of " + limit + " bytes");
    }

    public static ApiError unsupportedMediaType(String given) {
        return new ApiError(415, "unsupported_media_type", "content type '" + given
                + "' is not supported; send text/plain, text/html or application/json");
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
