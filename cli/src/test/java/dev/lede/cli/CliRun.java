package dev.lede.cli;

import dev.lede.pipeline.PipelineFactory;
import dev.lede.plugin.PluginFolders;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;

/** One in-process run of the command line with captured streams. */
record CliRun(int exit, String out, String err) {

    static CliRun run(String... args) {
        return runWithStdin("", PipelineFactory::create, args);
    }

    static CliRun runWithStdin(String stdin, Function<PluginFolders, PipelineFactory> factory, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Console console = new Console(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                false);
        int exit = LedeCommand.run(console, factory, args);
        return new CliRun(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
