package dev.lede.cli;

import dev.lede.analyzer.AnalyzerException;
import dev.lede.pipeline.PipelineFactory;
import dev.lede.plugin.AnalyzerRegistry;
import dev.lede.plugin.LoadFailure;
import dev.lede.plugin.PluginFolders;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * {@code lede}: the command line. Exit codes: 0 success (some documents may carry errors), 1 when every document
 * failed or an unexpected error stopped the run, 2 for usage errors (bad option, unknown analyzer, missing file).
 */
@Command(name = "lede", mixinStandardHelpOptions = true, versionProvider = LedeCommand.Version.class,
        scope = CommandLine.ScopeType.INHERIT,
        description = "Reads news articles and returns quotes, entities, numbers and places as data.",
        subcommands = {ExtractCommand.class, AnalyzersCommand.class, EvalCommand.class, BenchCommand.class,
                ServeCommand.class, CommandLine.HelpCommand.class})
public final class LedeCommand implements Runnable {
    static final int USAGE = 2;
    static final int FAILED = 1;

    private final Console console;
    private final Function<PluginFolders, PipelineFactory> factories;
    private PipelineFactory factory;

    @Option(names = "--plugins", paramLabel = "DIR", scope = CommandLine.ScopeType.INHERIT,
            description = "A folder of plugins: each jar in it, or sub-folder of jars, is one plugin (repeatable). "
                    + "LEDE_PLUGINS adds more (separated by the path separator); the plugins/ folder beside the "
                    + "launcher is read too.")
    List<Path> pluginFolders = new ArrayList<>();

    public LedeCommand(Console console, Function<PluginFolders, PipelineFactory> factories) {
        this.console = console;
        this.factories = factories;
    }

    public static void main(String[] args) {
        System.exit(run(Console.system(), PipelineFactory::create, args));
    }

    /** Runs one command line and returns its exit code. */
    public static int run(Console console, Function<PluginFolders, PipelineFactory> factories, String... args) {
        return commandLine(console, factories).execute(args);
    }

    static CommandLine commandLine(Console console, Function<PluginFolders, PipelineFactory> factories) {
        CommandLine cl = new CommandLine(new LedeCommand(console, factories));
        cl.setOut(new PrintWriter(console.out(), true));
        cl.setErr(new PrintWriter(console.err(), true));
        cl.setExecutionExceptionHandler((e, line, parsed) -> {
            if (e instanceof AnalyzerException || e instanceof UsageException) {
                line.getErr().println("lede: " + e.getMessage());
                return USAGE;
            }
            line.getErr().println("lede: " + e.getClass().getSimpleName() + ": " + e.getMessage());
            return FAILED;
        });
        return cl;
    }

    Console console() {
        return console;
    }

    /**
     * The built-in analyzers and the plugins, loaded once per run. Each plugin that could not be loaded, and each
     * warning, is one line on standard error; the other analyzers work as usual.
     */
    PipelineFactory factory() {
        if (factory == null) {
            factory = factories.apply(PluginFolders.fromEnvironment(pluginFolders));
            AnalyzerRegistry registry = factory.registry();
            registry.warnings().forEach(w -> console.err().println("lede: warning: plugin " + w));
            for (LoadFailure f : registry.failures()) {
                console.err().println("lede: could not load plugin " + f.line());
            }
        }
        return factory;
    }

    @Override
    public void run() {
        CommandLine.usage(this, console.out());
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = LedeCommand.class.getPackage().getImplementationVersion();
            return new String[]{"lede " + (v == null ? "(development build)" : v),
                    "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"};
        }
    }
}
