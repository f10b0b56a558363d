package dev.lede.cli;

import dev.lede.input.DocumentReader;
import dev.lede.input.InputFormat;
import dev.lede.input.ReaderOptions;
import dev.lede.json.JsonLinesWriter;
import dev.lede.json.ResultWriter;
import dev.lede.pipeline.AnalysisResult;
import dev.lede.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import dev.lede.pipeline.DocumentInput;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code lede extract}: analyse articles and print one schema-1 JSON record per input, in input order, or with
 * {@code --format html} one self-contained HTML report of them all.
 */
@Command(name = "extract",
        description = {"Analyse articles and print schema-1 JSON, one record per input document, in input order.",
                "Directories are read recursively (.txt, .json, .jsonl, .html); '-' or no file reads standard input."})
final class ExtractCommand implements Callable<Integer> {

    enum OutputFormat { json, jsonl, html }

    @ParentCommand
    LedeCommand lede;

    @Mixin
    PipelineArgs pipelineArgs;

    @Parameters(paramLabel = "FILE|DIR|-", arity = "0..*", description = "Articles to read. Default: standard input.")
    List<String> inputs = new ArrayList<>();

    @Option(names = "--format", paramLabel = "json|jsonl|html",
            description = {"json: one object for one document, an array for several; jsonl: one object per line;",
                    "html: one self-contained HTML report (an index, then each article highlighted, with panels and a map). Default: ${DEFAULT-VALUE}."})
    OutputFormat format = OutputFormat.json;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write here instead of standard output.")
    Path output;

    @Option(names = "--no-text", description = "Leave the document text out of the records.")
    boolean noText;

    @Option(names = "--input-format", paramLabel = "text|json|jsonl|html",
            description = "Format of every input. Default: from the file extension; plain text for standard input.")
    String inputFormat;

    @Option(names = "--max-bytes", paramLabel = "N", description = "Larger inputs are reported as failed. Default: ${DEFAULT-VALUE}.")
    long maxBytes = ReaderOptions.DEFAULT.maxBytes();

    @Option(names = "--progress", description = "Show progress even when stderr is not a terminal.")
    boolean progress;

    @Option(names = "--resume", description = {"Go on with a batch that was stopped: keep the complete records "
            + "already in the -o file (JSON Lines), check they are the first inputs, and append the rest."})
    boolean resume;

    @Override
    public Integer call() throws IOException {
        Console console = lede.console();
        InputFormat format = inputFormat == null ? null : parseFormat(inputFormat);
        InputSources sources = InputSources.of(inputs);
        if (sources.stdin() && console.in() == System.in && System.console() != null) {
            console.err().println("lede: reading an article from standard input (end it with Ctrl-D)");
        }
        if (maxBytes < 1) {
            throw new UsageException("--max-bytes must be positive, got " + maxBytes);
        }
        if (resume && (output == null || this.format != OutputFormat.jsonl)) {
            throw new UsageException("--resume needs -o FILE and --format jsonl (a JSON Lines file is what can be "
                    + "resumed)");
        }
        List<String> done = resume ? ResumeLog.completeRecords(output) : List.of();
        if (!done.isEmpty()) {
            console.err().println("lede: resuming after the " + done.size() + " complete records in " + output);
        }
        var factory = lede.factory();
        Outcome outcome;
        try (Pipeline pipeline = factory.build(pipelineArgs.options(factory.registry()));
             OutputTarget target = openOutput(console)) {
            outcome = run(pipeline, sources, format, target.stream(), console, done);
            target.complete();
        } catch (OutputClosed e) {
            return 0; // the reader of our output has gone (e.g. `lede extract dir | head`): stop quietly
        }
        return report(outcome, console);
    }

    private Outcome run(Pipeline pipeline, InputSources sources, InputFormat format, OutputStream out,
                        Console console, List<String> done) {
        Progress bar = progress || console.errIsTerminal()
                ? new Progress(console.err(), console.errIsTerminal(), System::nanoTime) : null;
        CountingInputStream.Total read = new CountingInputStream.Total();
        long totalBytes = sources.totalBytes();
        DocumentReader reader = new DocumentReader(new ReaderOptions(maxBytes));
        Outcome outcome = new Outcome();
        try (ResultSink sink = this.format == OutputFormat.html ? new HtmlReportSink(out)
                : new RecordSink(out, new ResultWriter(!noText, null), this.format)) {
            Iterator<DocumentInput> inputs = sources.documents(reader, format, console.in(), read);
            if (!done.isEmpty()) {
                inputs = ResumedInputs.skipDone(inputs, done, output.toString());
            }
            pipeline.process(inputs, result -> {
                sink.accept(result);
                // PrintStream swallows write errors; without this check a closed pipe would not stop the batch.
                if (output == null && console.out().checkError()) {
                    throw new OutputClosed();
                }
                outcome.count(result);
                if (bar != null) {
                    bar.documentDone(result.document() == null ? 0 : result.document().text().length(),
                            totalBytes > 0 ? (double) read.bytes() / totalBytes : -1);
                }
            });
        } finally {
            if (bar != null) {
                bar.finish();
            }
        }
        return outcome;
    }

    private static int report(Outcome outcome, Console console) {
        if (outcome.documents == 0) {
            console.err().println("lede: no input documents");
            return 0;
        }
        if (outcome.withErrors > 0) {
            console.err().println(outcome.summary());
        }
        return outcome.failed == outcome.documents ? LedeCommand.FAILED : 0;
    }

    static InputFormat parseFormat(String name) {
        try {
            return InputFormat.parse(name);
        } catch (RuntimeException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private OutputTarget openOutput(Console console) {
        if (output == null) {
            return OutputTarget.standardOutput(console.out());
        }
        try {
            // a JSON array and an HTML report are whole only at the end: written aside, then renamed
            return format != OutputFormat.jsonl ? OutputTarget.renamedWhenComplete(output)
                    : OutputTarget.inPlace(output, resume);
        } catch (IOException e) {
            throw new UsageException("cannot write " + output + ": " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " " + e.getMessage()));
        }
    }

    /** Standard output was closed by its reader. */
    private static final class OutputClosed extends RuntimeException {
        OutputClosed() {
            super(null, null, false, false);
        }
    }

    /** Counts of a batch for the summary line and the exit code. */
    static final class Outcome {
        long documents;
        long withErrors;
        long failed;

        void count(AnalysisResult result) {
            documents++;
            if (!result.errors().isEmpty()) {
                withErrors++;
            }
            if (result.failed()) {
                failed++;
            }
        }

        String summary() {
            return withErrors + " of " + documents + " documents had errors"
                    + (failed > 0 ? " (" + failed + " produced nothing)" : "");
        }
    }

    /**
     * Writes records as they come. For {@code json} the first record is held back until a second shows whether
     * the output is one object or an array, so a single article gives a plain object.
     */
    private static final class RecordSink implements ResultSink {
        private final OutputStream out;
        private final ResultWriter writer;
        private final OutputFormat format;
        private JsonLinesWriter lines;
        private AnalysisResult first;
        private int count;

        RecordSink(OutputStream out, ResultWriter writer, OutputFormat format) {
            this.out = out;
            this.writer = writer;
            this.format = format;
        }

        @Override
        public void accept(AnalysisResult result) {
            count++;
            if (format == OutputFormat.jsonl) {
                lines().write(result);
            } else if (count == 1) {
                first = result;
            } else {
                if (count == 2) {
                    lines = new JsonLinesWriter(out, writer, true);
                    lines.write(first);
                    first = null;
                }
                lines.write(result);
            }
        }

        private JsonLinesWriter lines() {
            if (lines == null) {
                lines = new JsonLinesWriter(out, writer, false);
            }
            return lines;
        }

        @Override
        public void close() {
            if (first != null) {
                lines().write(first);
            }
            if (lines != null) {
                lines.close();
            } else if (format == OutputFormat.json) {
                new JsonLinesWriter(out, writer, true).close(); // no document: an empty array
            }
        }
    }
}
