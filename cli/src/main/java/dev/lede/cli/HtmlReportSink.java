package dev.lede.cli;

import dev.lede.json.ResultWriter;
import dev.lede.pipeline.AnalysisResult;
import dev.lede.view.HtmlReport;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;

/**
 * {@code --format html}: the batch as one {@link HtmlReport}. The view always needs the text, so
 * {@code --no-text} does not apply; the report is written when the batch ends, since its index comes first.
 */
final class HtmlReportSink implements ResultSink {
    private final OutputStreamWriter out;
    private final HtmlReport report;
    private final ResultWriter writer = new ResultWriter(true, null);

    HtmlReportSink(OutputStream out) {
        this.out = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        this.report = new HtmlReport(this.out);
    }

    @Override
    public void accept(AnalysisResult result) {
        report.add(writer.toTree(result));
    }

    @Override
    public void close() {
        report.close();
    }
}
