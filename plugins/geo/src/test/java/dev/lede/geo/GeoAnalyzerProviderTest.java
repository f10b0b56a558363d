package dev.lede.geo;

import dev.lede.analyzer.AnalyzerConfig;
import dev.lede.analyzer.AnalyzerContext;
import dev.lede.document.Layers;
import dev.lede.plugin.AnalyzerRegistry;
import dev.lede.testkit.TestContext;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

class GeoAnalyzerProviderTest {

    @Test
    void registeredUnderGeoWithItsLayers() {
        var provider = AnalyzerRegistry.load().get("geo");
        assertInstanceOf(GeoAnalyzerProvider.class, provider);
        assertEquals(Set.of(Layers.TOKENS, Layers.SENTENCES, Layers.ENTITIES), provider.requires());
        assertEquals(Set.of(Layers.PLACES, Layers.FOCUS), provider.provides());
    }

    @Test
    void theGazetteerIsASharedResource() throws Exception {
        // asked for through shared(), so the runtime loads it once for every pipeline
        List<Class<?>> asked = new ArrayList<>();
        AnalyzerContext recording = new AnalyzerContext() {
            @Override
            public AnalyzerConfig config() {
                return AnalyzerConfig.EMPTY;
            }

            @Override
            public <T> T shared(Class<T> type, Supplier<? extends T> loader) {
                asked.add(type);
                return TestContext.empty().shared(type, loader);
            }
        };
        new GeoAnalyzerProvider().create(recording);
        new GeoAnalyzerProvider().create(recording);
        assertEquals(List.of(Gazetteer.class, Gazetteer.class), asked);
    }

    @Test
    void theDeclaredDefaultsAreTheDefaultsTheResolverUses() {
        Map<String, String> declared = new HashMap<>();
        new GeoAnalyzerProvider().options().forEach(o -> declared.put(o.name(), o.defaultValue()));
        assertEquals(ResolverSettings.from(AnalyzerConfig.EMPTY), ResolverSettings.from(new AnalyzerConfig(declared)));
        assertEquals(15, declared.size(), "every setting of ResolverSettings is declared");
    }
}
