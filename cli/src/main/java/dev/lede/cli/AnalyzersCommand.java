package dev.lede.cli;

import dev.lede.analyzer.AnalyzerInfo;
import dev.lede.json.LedeJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code lede analyzers}: every installed analyzer with what it requires and provides. */
@Command(name = "analyzers",
        description = "List the installed analyzers with the layers they require and provide.")
final class AnalyzersCommand implements Callable<Integer> {

    @ParentCommand
    LedeCommand lede;

    @Option(names = "--json", description = "Print JSON for machines.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        List<AnalyzerInfo> infos = AnalyzerInfo.all(lede.factory().registry());
        PrintStream out = lede.console().out();
        if (json) {
            out.println(LedeJson.toPrettyJson(infos));
            return 0;
        }
        int width = infos.stream().mapToInt(i -> i.name().length()).max().orElse(4) + 2;
        for (AnalyzerInfo info : infos) {
            out.printf("%-" + width + "s%s%n", info.name(), info.description());
            out.printf("%-" + width + "srequires: %s; provides: %s%n", "", list(info.requires()), list(info.provides()));
        }
        return 0;
    }

    private static String list(List<String> names) {
        return names.isEmpty() ? "-" : String.join(", ", names);
    }
}
