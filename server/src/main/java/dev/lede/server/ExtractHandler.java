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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code POST /v1/extract}: reads one document (plain text, HTML, a JSON object) or many (a JSON array), runs the
 * requested analyzers and answers schema-1 JSON, an object for one document and an array for an array.
 *
 * <p>Checks run cheapest first, so a bad request costs little: parameters and media type, declared length,
 * analyzer names, then a concurrency slot, and only then is the body read (never more than the limit).
 */
final class ExtractHandler implements Handler {
    private static final Logger LOG = LoggerFactory.getLogger(ExtractHandler.class);

    private final List<String> defaultAnalyzers;
    private final long maxBodyBytes;
    private final PipelineCache pipelines;
    private final DocumentReader reader;
    private final RequestGate gate;
    private final ServerMetrics metrics;

    ExtractHandler(List<String> defaultAnalyzers, long maxBodyBytes, PipelineCache pipelines, DocumentReader reader,
                   RequestGate gate, ServerMetrics metrics) {
        this.defaultAnalyzers = List.copyOf(defaultAnalyzers);
        this.maxBodyBytes = maxBodyBytes;
        this.pipelines = pipelines;
        this.reader = reader;
        this.gate = gate;
        this.metrics = metrics;
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
        gate.enter();
        try {
            byte[] body = readBody(ctx.req().getInputStream());
            List<DocumentInput> inputs = DateParam.apply(parse(body, request), date);
            List<AnalysisResult> results = analyse(request, inputs);
            boolean array = request.format() == InputFormat.JSON && startsWithBracket(body)
                    || request.format() == InputFormat.WARC;
            byte[] json = write(results, request.includeText(), array);
            ctx.contentType("application/json; charset=utf-8");
            // Written and flushed here, inside the gate, rather than handed to Javalin to write after the handler
            // returns: a graceful stop waits only on the gate, so the response must be on the wire before leaving it.
            ctx.res().setContentLength(json.length);
            ctx.res().getOutputStream().write(json);
            ctx.res().flushBuffer();
            LOG.debug("extracted {} document(s), {} bytes, analyzers {}", results.size(), body.length,
                    request.analyzers());
        } finally {
            gate.leave();
        }
    }

    private void resolve(ExtractRequest request) {
        try {
            pipelines.resolve(request.analyzers());
            pipelines.checkPerRequest(request.settings());
        } catch (AnalyzerException e) {
            throw ApiError.of(e);
        }
    }

    // Reads at most one byte over the limit: enough to know the body is too large without buffering it all.
    private byte[] readBody(InputStream in) throws IOException {
        byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBodyBytes + 1));
        if (body.length > maxBodyBytes) {
            throw ApiError.tooLarge(maxBodyBytes);
        }
        return body;
    }

    private List<DocumentInput> parse(byte[] body, ExtractRequest request) {
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
        for (int i = 0; i < inputs.size(); i++) {
            DocumentInput in = inputs.get(i);
            if (!in.ok()) {
                String where = inputs.size() > 1 ? "document " + i + " (" + in.id() + "): " : "";
                throw ApiError.badRequest(where + in.error());
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
