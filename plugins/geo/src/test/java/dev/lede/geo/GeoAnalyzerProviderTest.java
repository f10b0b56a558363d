package dev.lede.geo;

import com.google.inject.Guice;
import com.google.inject.Injector;
import dev.lede.analyzer.AnalyzerRegistry;
import dev.lede.document.Layers;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;

class GeoAnalyzerProviderTest {

    @Test
    void registeredUnderGeoWithItsLayers() {
        var provider = AnalyzerRegistry.load().get("geo");
        assertInstanceOf(GeoAnalyzerProvider.class, provider);
        assertEquals(Set.of(Layers.TOKENS, Layers.SENTENCES, Layers.ENTITIES), provider.requires());
        assertEquals(Set.of(Layers.PLACES, Layers.FOCUS), provider.provides());
    }

    @Test
    void moduleSharesOneGazetteer() {
        Injector injector = Guice.createInjector(new GeoAnalyzerProvider().module().orElseThrow());
        assertSame(injector.getInstance(Gazetteer.class), injector.getInstance(Gazetteer.class));
    }
}
