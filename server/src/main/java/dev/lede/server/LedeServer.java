package dev.lede.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lede.input.DocumentReader;
import dev.lede.input.ReaderOptions;
import dev.lede.json.LedeJson;
import dev.lede.pipeline.PipelineFactory;
import dev.lede.plugin.AnalyzerInfo;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The Lede HTTP service (Javalin): {@code POST /v1/extract}, {@code GET /v1/analyzers}, {@code GET /health},
 * {@code GET /metrics} and {@code GET /openapi.yaml}. Every error is JSON {@code {"error":{"code","message"}}}.
 *
 * <pre>{@code
 * try (LedeServer server = LedeServer.start(PipelineFactory.create(), ServerConfig.defaults().withPort(0))) {
 *     System.out.println("listening on " + server.port());
 * }
 * }</pre>
 *
 * {@link #close()} stops gracefully: new requests get 503, those in flight finish (up to the stop timeout), then
 * the HTTP server stops and the pipelines close.
 */
public final class LedeServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(LedeServer.class);
    static final String OPENAPI_RESOURCE = "/dev/lede/server/openapi.yaml";

    private final ServerConfig config;
    private final PipelineCache pipelines;
    private final ServerMetrics metrics;
    private final RequestGate gate;
    private final Set<String> routes = Collections.synchronizedSet(new LinkedHashSet<>());
    private final List<String> defaultAnalyzers;
    private final String analyzersJson;
    private final String openApi;
    private final HeaderDeadline headerDeadline;
    private Javalin app;
    private boolean closed;

    private LedeServer(PipelineFactory factory, ServerConfig config) {
        this.config = config;
        this.defaultAnalyzers = config.analyzers().isEmpty() ? factory.registry().names() : config.analyzers();
        this.pipelines = new PipelineCache(factory, config.pipelineOptions(defaultAnalyzers), config.maxPipelines());
        this.metrics = new ServerMetrics();
        this.gate = new RequestGate(config.maxConcurrent());
        this.analyzersJson = LedeJson.toJson(AnalyzerInfo.all(factory.registry()));
        this.openApi = readResource(OPENAPI_RESOURCE);
        this.headerDeadline = new HeaderDeadline(config.http().headerTimeout(), System::nanoTime);
    }

    /**
     * Builds the default pipeline (so a bad analyzer name or a model that cannot load fails now, not on the first
     * request) and starts listening.
     *
     * @throws dev.lede.analyzer.AnalyzerException when the default analyzers cannot be resolved or started
     */
    public static LedeServer start(PipelineFactory factory, ServerConfig config) {
        LedeServer server = new LedeServer(factory, config);
        try {
            server.pipelines.acquire(server.defaultAnalyzers).close();
            server.app = Javalin.create(server::configure).start(config.host(), config.port());
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
        LOG.info("Lede listening on http://{}:{} with analyzers {} (Ctrl-C stops)", config.host(), server.port(),
                server.defaultAnalyzers);
        return server;
    }

    private void configure(JavalinConfig c) {
        c.startup.showJavalinBanner = false;
        c.startup.showOldJavalinVersionWarning = false;
        c.http.maxRequestSize = config.maxBodyBytes();
        c.http.prefer405over404 = true;
        c.jetty.addConnector(this::connector);
        c.jetty.modifyServer(server -> {
            // The gate has already drained the extraction requests when Jetty stops; Jetty's own graceful phase
            // would only wait on idle keep-alive connections.
            server.setStopTimeout(0);
            server.setErrorHandler(new JsonErrorHandler());
            server.insertHandler(headerDeadline);
        });
        c.jetty.modifyServletContextHandler(context -> context.setErrorHandler(new JsonErrorHandler()));
        c.events.handlerAdded(h -> routes.add(h.getHttpMethod().name().toUpperCase(Locale.ROOT) + " " + h.getPath()));
        c.requestLogger.http((ctx, ms) -> metrics.request(ctx.method().name(), routeOf(ctx), ctx.statusCode(),
                (long) (ms * 1_000_000L)));

        BodyReader bodies = new BodyReader(config.maxBodyBytes(), config.http(), System::nanoTime);
        ExtractHandler extract = new ExtractHandler(defaultAnalyzers, config.maxBodyBytes(), pipelines,
                new DocumentReader(new ReaderOptions(config.maxBodyBytes())), gate, metrics, bodies);
        c.routes.post("/v1/extract", extract);
        c.routes.get("/v1/analyzers", ctx -> ctx.contentType("application/json; charset=utf-8").result(analyzersJson));
        c.routes.get("/health", this::health);
        c.routes.get("/metrics", ctx -> ctx.contentType("text/plain; version=0.0.4; charset=utf-8")
                .result(metrics.scrape()));
        c.routes.get("/openapi.yaml", ctx -> ctx.contentType("application/yaml; charset=utf-8").result(openApi));
        new ViewRoutes().register(c);
        answerErrorsAsJson(c);
    }

    // The one listening connector: a bounded accept queue (listen backlog), the idle timeout, the header deadline
    // watching its connections, and a cap on open connections beyond which new ones wait in the accept queue.
    private Connector connector(Server server, HttpConfiguration http) {
        ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
        connector.setHost(config.host());
        connector.setPort(config.port());
        connector.setAcceptQueueSize(config.http().acceptQueue());
        connector.setIdleTimeout(config.http().idleTimeout().toMillis());
        connector.addEventListener(headerDeadline);
        server.addBean(new NetworkConnectionLimit(config.http().maxConnections(), connector));
        return connector;
    }

    // Every failure, ours or Javalin's (unknown route, wrong method, body over Jetty's limit), as {"error":{..}}.
    private void answerErrorsAsJson(JavalinConfig c) {
        c.routes.exception(ApiError.class, (e, ctx) -> {
            if (e.status() == 408) {
                ctx.header("Connection", "close"); // the rest of a slow body is not worth waiting for
            }
            error(ctx, e.status(), e.code(), e.getMessage());
        });
        c.routes.exception(HttpResponseException.class, (e, ctx) -> {
            if (e.getStatus() == 405) {
                ctx.header("Allow", allowedMethods(ctx.path()));
            }
            error(ctx, e.getStatus(), ErrorBody.codeOf(e.getStatus()),
                    e.getStatus() == 404 ? "no route " + ctx.method().name() + " " + ctx.path() : e.getMessage());
        });
        c.routes.exception(ClientDisconnected.class, (e, ctx) ->
                LOG.warn("{} {}: {}", ctx.method().name(), ctx.path(), e.getMessage()));
        c.routes.exception(Exception.class, (e, ctx) -> {
            if (ClientDisconnected.isDisconnect(e)) {
                LOG.warn("{} {}: client closed the connection ({})", ctx.method().name(), ctx.path(),
                        e.getClass().getSimpleName());
                return;
            }
            LOG.warn("request {} {} failed", ctx.method().name(), ctx.path(), e);
            error(ctx, 500, "internal", "internal error: " + e.getClass().getSimpleName());
        });
    }

    /** The methods routed for a path, for the {@code Allow} header of a 405. */
    String allowedMethods(String path) {
        Set<String> methods = new java.util.TreeSet<>();
        for (String route : routes()) {
            int space = route.indexOf(' ');
            if (route.substring(space + 1).equals(path)) {
                methods.add(route.substring(0, space));
            }
        }
        return String.join(", ", methods);
    }

    private void health(Context ctx) {
        boolean stopping = gate.draining();
        ObjectNode body = LedeJson.mapper().createObjectNode();
        body.put("status", stopping ? "stopping" : "up");
        body.putPOJO("analyzers", defaultAnalyzers);
        ctx.status(stopping ? 503 : 200).contentType("application/json; charset=utf-8").result(LedeJson.toJson(body));
    }

    // The route template, never the raw path, so that metrics do not grow one series per URL.
    private String routeOf(Context ctx) {
        try {
            String path = ctx.endpoint().path;
            if (routes.contains(ctx.method().name() + " " + path)) {
                return path;
            }
        } catch (RuntimeException e) {
            // no endpoint matched this request
        }
        return "unmatched";
    }

    private void error(Context ctx, int status, String code, String message) {
        if (status == 503) {
            // saturated: a permit frees within about a document's analysis; stopping: another instance should answer
            ctx.header("Retry-After", code.equals("stopping") ? "5" : "1");
        }
        ctx.status(status).contentType(ErrorBody.CONTENT_TYPE).result(ErrorBody.json(code, message));
    }

    private static String readResource(String name) {
        try (InputStream in = LedeServer.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The port the service listens on (the chosen one when the configuration asked for 0). */
    public int port() {
        return app.port();
    }

    /** Registered routes as {@code "METHOD /path"}. */
    public Set<String> routes() {
        synchronized (routes) {
            return Set.copyOf(routes);
        }
    }

    /** Graceful stop: refuse new work, let requests in flight finish, stop HTTP, close the pipelines. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (!gate.drain(config.stopTimeout())) {
            LOG.warn("stopping with requests still in flight after {}", config.stopTimeout());
        }
        if (app != null) {
            app.stop();
        }
        headerDeadline.close();
        pipelines.close();
        metrics.close();
        if (app != null) {
            LOG.info("Lede stopped");
        }
    }
}
