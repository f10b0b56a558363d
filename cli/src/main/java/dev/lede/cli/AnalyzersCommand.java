package dev.lede.cli;

import dev.lede.analyzer.OptionSpec;
import dev.lede.json.LedeJson;
import dev.lede.plugin.AnalyzerInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code lede analyzers}: every installed analyzer with what it requires and provides, where it came from (built in,
 * or a plugin's jar), its version and SPI version, and its options.
 */
@Command(name = "analyzers",
        description = "List the installed analyzers: the layers they require and provide, where each comes from "
                + "(built-in or a plugin's jar), its version, and its options (--set analyzer.option=value).")
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
            out.printf("%-" + width + "sfrom: %s (version %s, SPI %s)%n", "", info.origin(), info.version(),
                    info.spiVersion() == 0 ? "not stated" : info.spiVersion());
            for (OptionSpec o : info.options()) {
                out.printf("%-" + width + "s  %s.%s=%s  %s; default %s%s%n", "", info.name(), o.name(), valueHint(o),
                        o.description(), o.defaultValue() == null ? "none" : o.defaultValue(),
                        o.perRequest() ? "; also per request" : "");
            }
        }
        return 0;
    }

    private static String valueHint(OptionSpec o) {
        return switch (o.type()) {
            case BOOLEAN -> "true|false";
            case CHOICE -> String.join("|", o.choices());
            default -> o.type().label();
        };
    }

    private static String list(List<String> names) {
        return names.isEmpty() ? "-" : String.join(", ", names);
    }
}
