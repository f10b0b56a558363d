package dev.lede.quote;

import dev.lede.analyzer.Analyzer;
import dev.lede.analyzer.AnalyzerProvider;

import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;

/** For {@link DevSetRunner}: the entity analyzer when it is on the class path (system property lede.entity=true). */
final class EntityHook {
    private EntityHook() {
    }

    static List<Analyzer> analyzers() throws Exception {
        List<Analyzer> out = new ArrayList<>();
        if (!Boolean.getBoolean("lede.entity")) {
            return out;
        }
        for (AnalyzerProvider p : ServiceLoader.load(AnalyzerProvider.class)) {
            if (p.name().equals("entity")) {
                out.add(p.create(null));
            }
        }
        return out;
    }
}
