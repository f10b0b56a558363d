package dev.lede.server;

import dev.lede.analyzer.AnalyzerException;
import dev.lede.document.Document;
import dev.lede.input.DocumentReader;
import dev.lede.input.InputFormat;
import dev.lede.json.JsonLinesWriter;
import dev.lede.json.ResultWriter;
import dev.lede.pipeline.AnalysisResult;
import dev.lede.pipeline.DocumentInput;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;
import org.eclipse.jetty.io.EndPoint;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code POST /v1/extract}: reads one document (plain text, HTML, a JSON object) or many (a JSON array), runs the
 * requested analyzers and answers schema-1 JSON, an object for one document and an array for an array.
 *
 * <p>Checks run cheapest first, so a bad request costs little: parameters and media type, declared length,
 * analyzer names; then the body is read (never more than the limit, within the body timeout and at the minimum
 * rate) and only then is a concurrency permit taken, so a slow client holds an HTTP thread for seconds but never
 * a permit. In an array, an element that is not a readable document becomes a record with its error in its place,
 * as in the command line's batches; a body that is no document at all is refused with 400.
 */
final class ExtractHandler implements Handler {
    private static final Logger LOG = LoggerFactory.getLogger(ExtractHandler.class);

    private final List<String> defaultAnalyzers;
    private final long maxBodyBytes;
    private final PipelineCache pipelines;
    private final DocumentReader reader;
    private final RequestGate gate;
    private final ServerMetrics metrics;
    private final BodyReader bodies;

    ExtractHandler(List<String> defaultAnalyzers, long maxBodyBytes, PipelineCache pipelines, DocumentReader reader,
                   RequestGate gate, ServerMetrics metrics, BodyReader bodies) {
        this.defaultAnalyzers = List.copyOf(defaultAnalyzers);
        this.maxBodyBytes = maxBodyBytes;
        this.pipelines = pipelines;
        this.reader = reader;
        this.gate = gate;
        this.metrics = metrics;
        this.bodies = bodies;
    }

    @Override
    public void handle(Context ctx) throws IOException {
        ExtractRequest request = ExtractRequest.parse(ctx.queryParams("analyzers"), ctx.queryParam("id"),
                ctx.queryParam("text"), ctx.header("Content-Type"), defaultAnalyzers, ctx.queryParams("set"));
        String date = DateParam.parse(ctx.queryParam("date"));
        long declared = ctx.req().getContentLengthLong();
        if (declared > maxBodyBytes) {
            throw ApiError.tooLarge(maxBodyBytes);
        }
        resolve(request);
        if (gate.draining()) {
            throw ApiError.stopping(); // no point reading a body that will not be analysed
        }
        byte[] body = bodies.read(ctx.req().getInputStream(), endPoint(ctx));
        gate.enter();
        try {
            boolean array = request.format() == InputFormat.JSON && startsWithBracket(body)
                    || request.format() == InputFormat.WARC;
            List<DocumentInput> inputs = DateParam.apply(parse(body, request, array), date);
            List<AnalysisResult> results = analyse(request, inputs);
            byte[] json = write(results, request.includeText(), array);
            ctx.contentType("application/json; charset=utf-8");
            // Written and flushed here, inside the gate, rather than handed to Javalin to write after the handler
            // returns: a graceful stop waits only on the gate, so the response must be on the wire before leaving it.
            try {
                ctx.res().setContentLength(json.length);
                ctx.res().getOutputStream().write(json);
                ctx.res().flushBuffer();
            } catch (IOException e) {
                throw new ClientDisconnected("before the response was written", e);
            }
            LOG.debug("extracted {} document(s), {} bytes, analyzers {}", results.size(), body.length,
                    request.analyzers());
        } finally {
            gate.leave();
        }
    }

    // The connection's end point, whose idle timeout the body reader lowers while it waits for body bytes.
    private static EndPoint endPoint(Context ctx) {
        ServletContextRequest request = ServletContextRequest.getServletContextRequest(ctx.req());
        return request == null ? null : request.getConnectionMetaData().getConnection().getEndPoint();
    }

    private void resolve(ExtractRequest request) {
        try {
            pipelines.resolve(request.analyzers());
            pipelines.checkPerRequest(request.settings());
        } catch (AnalyzerException e) {
            throw ApiError.of(e);
        }
    }

    private List<DocumentInput> parse(byte[] body, ExtractRequest request, boolean array) {
        if (request.format() == InputFormat.WARC) {
            // an archive is binary and holds many pages: each record's failure is reported in its own result
            return reader.readBytes(body, request.id(), InputFormat.WARC);
        }
        byte[] utf8 = request.charset().equals(StandardCharsets.UTF_8) ? body
                : new String(body, request.charset()).getBytes(StandardCharsets.UTF_8);
        List<DocumentInput> inputs = reader.readBytes(utf8, request.id(), request.format());
        if (inputs.isEmpty()) {
            throw ApiError.badRequest("the body holds no document");
        }
        for (DocumentInput in : inputs) {
            // An array element that is no document keeps its place as an error record; anything else that fails
            // (bad JSON, an empty array, a single bad document) means the body as a whole is unusable.
            if (!in.ok() && !(array && isElementError(in))) {
                throw ApiError.badRequest(in.error());
            }
        }
        if (request.format() == InputFormat.JSON) {
            return inputs;
        }
        // A text or HTML body is one document named by ?id= exactly as given (the reader would derive a name from
        // a file name, cutting at '/' and at the last '.').
        Document doc = inputs.get(0).document();
        return List.of(DocumentInput.of(new Document(request.id(), doc.text(), doc.metadata())));
    }

    private List<AnalysisResult> analyse(ExtractRequest request, List<DocumentInput> inputs) {
        List<AnalysisResult> results = new ArrayList<>(inputs.size());
        try (PipelineCache.Lease lease = pipelines.acquire(request.analyzers(), request.settings())) {
            lease.pipeline().process(inputs.iterator(), results::add);
        } catch (AnalyzerException e) {
            throw ApiError.of(e);
        }
        results.forEach(metrics::document);
        return results;
    }

    private static byte[] write(List<AnalysisResult> results, boolean includeText, boolean array) {
        ResultWriter writer = new ResultWriter(includeText, null);
        if (!array) {
            return writer.toJson(results.get(0)).getBytes(StandardCharsets.UTF_8);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonLinesWriter lines = new JsonLinesWriter(out, writer, true)) {
            results.forEach(lines::write);
        }
        return out.toByteArray();
    }

    // The reader prefixes the errors of array elements with their position ("element 2: missing \"text\" field").
    private static boolean isElementError(DocumentInput in) {
        return in.error().startsWith("element ");
    }

    private static boolean startsWithBracket(byte[] body) {
        int i = 0;
        if (body.length >= 3 && (body[0] & 0xFF) == 0xEF && (body[1] & 0xFF) == 0xBB && (body[2] & 0xFF) == 0xBF) {
            i = 3; // UTF-8 byte order mark
        }
        for (; i < body.length; i++) {
            byte b = body[i];
            if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
                return b == '[';
            }
        }
        return false;
    }
}
