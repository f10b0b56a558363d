package dev.lede.geo;

import dev.lede.analyzer.Analyzer;
import dev.lede.annotation.Entity;
import dev.lede.annotation.EntityType;
import dev.lede.annotation.Mention;
import dev.lede.annotation.MentionKind;
import dev.lede.annotation.Place;
import dev.lede.document.AnnotatedDocument;
import dev.lede.document.Layers;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Resolves the article's place names to GeoNames places and works out its geographic focus. Thread-safe: all
 * per-document state is local.
 */
public final class GeoAnalyzer implements Analyzer {
    private final Gazetteer gazetteer;
    private final ToponymFinder finder;
    private final PlaceResolver resolver;
    private final FocusFinder focus;
    private final ResolverSettings settings;

    GeoAnalyzer(Gazetteer gazetteer, RankingWeights weights, ResolverSettings settings) {
        this.gazetteer = gazetteer;
        this.finder = new ToponymFinder(gazetteer, settings);
        this.resolver = new PlaceResolver(gazetteer, settings.apply(weights), settings);
        this.focus = new FocusFinder(gazetteer);
        this.settings = settings;
    }

    @Override
    public void analyze(AnnotatedDocument doc) {
        List<Resolution> resolutions = new ArrayList<>(
                resolver.resolve(doc.text(), doc.document().metadata(), finder.find(doc)));
        resolutions.removeIf(GeoAnalyzer::facilityUnderAnotherName);
        List<Place> places = new ArrayList<>();
        List<Toponym> streets = new ArrayList<>();
        SpanIndex organisations = organisationNames(doc);
        for (Resolution r : resolutions) {
            Toponym t = r.toponym();
            if (namesSomethingElse(doc.text(), r, organisations)) {
                continue;
            }
            if (LiteralUse.namesStreet(doc.text(), t.start(), t.end())) {
                streets.add(t); // "State and Hubbard streets": pinned to the town they are in, below
            } else if (!settings.literalOnly() || t.isDemonym()
                    || LiteralUse.isLiteral(doc.text(), t.start(), t.end())) {
                places.add(toPlace(r)); // with literalOnly, not "Russia's" or "Toronto police"
            }
        }
        if (settings.containedPlaces()) {
            places.addAll(ContainedPlaces.locate(doc.layer(Layers.ENTITIES), resolutions, streets,
                    settings.ledeTown(), settings.facilityTown()));
            places.sort(Comparator.comparingInt(Place::start));
        }
        doc.put(Layers.PLACES, places);
        doc.put(Layers.FOCUS, focus.focus(resolutions, doc.text().length()));
    }

    /**
     * Whether the mention is not reported as a place because it names a government, an organisation, a team, an
     * airline or a currency (or is a demonym, unless demonyms are asked for). Such mentions still count for the
     * article's focus and anchors.
     */
    private boolean namesSomethingElse(String text, Resolution r, SpanIndex organisations) {
        Toponym t = r.toponym();
        GeoPlace p = r.place();
        if (t.isDemonym()) {
            return !settings.demonyms();
        }
        if (LiteralUse.namesGovernmentOrActor(text, t.start(), t.end())) {
            return true; // "U.S. officials", "Russia warned": the government, not the place
        }
        if (t.source() != Toponym.Source.DATELINE && (p.isPopulatedPlace() || !settings.placesInOrganisationNames())
                && organisations.insideLonger(t.start(), t.end())) {
            return true; // "Real Madrid", "Jamaica Cancer Society", "Kentucky State Police": the organisation
        }
        if (p.isAdmin1() && p.countryCode().equals("US") && LiteralUse.namesStateUniversity(text, t.end())) {
            return true; // "Mississippi State's center", "Colorado State will update its outlook"
        }
        return LiteralUse.namesAirlineOrCurrency(text, t.start(), t.end()); // "Air Canada", "Hong Kong dollars"
    }

    /**
     * "Washington Square" that the gazetteer knows only as another name of the town of Franklin Square, New York: a
     * square, street or building is meant, which {@link ContainedPlaces} pins to its town instead.
     */
    private static boolean facilityUnderAnotherName(Resolution r) {
        GeoPlace p = r.place();
        if (!p.isPopulatedPlace() || !ContainedPlaces.namesBuilding(r.toponym().text())) {
            return false;
        }
        String key = Gazetteer.key(r.toponym().lookupName());
        return !Gazetteer.key(p.name()).equals(key) && !Gazetteer.key(p.asciiName()).equals(key);
    }

    /** The spans of the organisation names, to tell a place name that is part of a longer one. */
    private static SpanIndex organisationNames(AnnotatedDocument doc) {
        List<Mention> out = new ArrayList<>();
        for (Entity e : doc.layer(Layers.ENTITIES)) {
            if (e.type() == EntityType.ORGANIZATION) {
                e.mentions().stream().filter(m -> m.kind() == MentionKind.NAME).forEach(out::add);
            }
        }
        return SpanIndex.of(out, Mention::start, Mention::end);
    }

    private Place toPlace(Resolution r) {
        GeoPlace p = r.place();
        Toponym t = r.toponym();
        String admin1Name = p.isCountry() || p.admin1Code().isEmpty() ? null
                : gazetteer.admin1(p.countryCode(), p.admin1Code()).map(GeoPlace::name).orElse(null);
        String admin1Code = p.isCountry() || p.admin1Code().isEmpty() ? null : p.admin1Code();
        String cc = p.countryCode().isEmpty() ? null : p.countryCode();
        Long id = p.hasGeonameId() ? p.geonameId() : null;
        return new Place(t.start(), t.end(), t.text(), id, p.name(), p.lat(), p.lon(), cc, admin1Code,
                admin1Name, p.featureCode(), p.population(), Math.round(r.confidence() * 1000) / 1000.0, t.entity(),
                t.isDemonym(), null);
    }
}
