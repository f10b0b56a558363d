package dev.lede.geo;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;

/** Guice wiring: one gazetteer per injector, loaded when the geo analyzer is first created. */
public final class GazetteerModule extends AbstractModule {
    @Provides
    @Singleton
    Gazetteer gazetteer() {
        return Gazetteer.load();
    }
}
