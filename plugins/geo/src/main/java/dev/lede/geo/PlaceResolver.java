package dev.lede.geo;

import dev.lede.analyzer.Cancellation;
import dev.lede.annotation.GeoDistance;
import dev.lede.document.Metadata;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Chooses a place for every toponym. Two passes: the first ranks each name's candidates on prominence and spelling
 * alone and turns the confident winners into article anchors (countries, divisions, points, dateline); the second
 * ranks again with those anchors. A name keeps one meaning throughout the article. Gazetteer-spotted names whose
 * best place is small and unsupported by the article are dropped.
 */
final class PlaceResolver {
    private static final Pattern HOST = Pattern.compile("^[a-z]+://([^/:?#]+)", Pattern.CASE_INSENSITIVE);
    private static final int MAX_CANDIDATES = 200;
    /**
     * Passes that rank with the article's context. The second lets coherence spread: a town the first context pass
     * moved into the article's state strengthens that state's evidence for its neighbours.
     */
    private static final int CONTEXT_PASSES = 2;
    /** Lower-case words before a name that make it a region's part: "central Washington" is the state. */
    private static final Set<String> REGION_OF = Stream.concat(LiteralUse.COMPASS_ADJECTIVES.stream(), Stream.of(
            "northeastern", "northwestern", "southeastern", "southwestern", "upstate", "downstate", "rural"))
            .collect(Collectors.toUnmodifiableSet());
    /** A state's office after its name: "New York Gov. Andrew Cuomo" is the state's governor, not the city's. */
    private static final Pattern STATE_OFFICE = Pattern.compile(
            " (?:Gov\\.|Lt\\. Gov\\.|(?:Governor|Lieutenant Governor|Attorney General|State Senate|State Assembly|"
                    + "Legislature|state)\\b)");
    /** "the city of Turkey", "the town of Lebanon": a municipality's noun before the name. */
    private static final Pattern TOWN_NOUN_BEFORE = Pattern.compile(
            "\\b(?:[Cc]ity|[Tt]own|[Vv]illage|[Bb]orough|[Tt]ownship) of[ \u00A0]$");
    /**
     * "Paris City Council", "Athens Mayor Kelly Girtz", "Turkey City Hall": a municipality's office after the name,
     * capitalised as a title (not "a Texas city council", where the name is the state's).
     */
    private static final Pattern TOWN_OFFICE_AFTER = Pattern.compile("[ \\u00A0](?:(?:City|Town|Village) "
            + "(?:Council|Hall|Manager|Limits|Clerk|Attorney|Commission)|Mayor|Board of Aldermen|Police Department|"
            + "Fire Department|Police Chief)\\b");
    /** What follows a name in the middle of a list: ", and", " and", ", or", ", Boston". */
    private static final Pattern LIST_GOES_ON = Pattern.compile(",? (?:and|or|&) |, \\p{Lu}");
    /** How far from a county's point (the centre of its towns) a town of that county may be. */
    private static final double COUNTY_KM = 80;
    /** A division's name made of direction words only (keys are lower case). */
    private static final Pattern DIRECTIONAL_NAME = Pattern.compile(
            "(?:(?:far|north|south|east|west|northern|southern|eastern|western|central|centre|center|north-east|"
                    + "north-west|south-east|south-west|northeast|northwest|southeast|southwest|upper|lower)\\s*)+"
                    + "(?:district|region|province)?");

    private final Gazetteer gazetteer;
    private final PublicationPlaces publications;
    private final RankingWeights weights;
    private final ResolverSettings settings;

    PlaceResolver(Gazetteer gazetteer, RankingWeights weights, ResolverSettings settings) {
        this.gazetteer = gazetteer;
        this.publications = new PublicationPlaces(gazetteer, CommonWords.english());
        this.weights = weights;
        this.settings = settings;
    }

    /** One name of the article with all its mentions and candidate places. */
    private static final class NameGroup {
        final String key;
        final List<Toponym> mentions = new ArrayList<>();
        final List<GeoPlace> candidates;
        final List<GeoPlace> qualifiers = new ArrayList<>(); // countries and divisions written after the name
        boolean usedAsDivision; // "central Washington", "New York Gov.", "Bronx, New York"
        boolean usedAsTown; // "the city of Turkey", "Paris City Council"
        // facts about all the candidates that several features ask of each one
        final boolean countryAmongCandidates;
        final boolean capitalOrMetropolisAmongCandidates;
        final long biggestTown;
        GeoPlace winner;
        double confidence;

        NameGroup(String key, List<GeoPlace> candidates) {
            this.key = key;
            this.candidates = candidates;
            this.countryAmongCandidates = candidates.stream().anyMatch(GeoPlace::isCountry);
            this.capitalOrMetropolisAmongCandidates = candidates.stream()
                    .anyMatch(c -> c.isCapital() || (c.isPopulatedPlace() && c.population() >= 1_000_000));
            this.biggestTown = candidates.stream().filter(GeoPlace::isPopulatedPlace)
                    .mapToLong(GeoPlace::population).max().orElse(-1);
        }

        boolean onlySpotted() {
            return mentions.stream().allMatch(t -> t.source() == Toponym.Source.GAZETTEER);
        }
    }

    List<Resolution> resolve(String text, Metadata metadata, List<Toponym> toponyms) {
        List<Toponym> demonyms = toponyms.stream().filter(Toponym::isDemonym).toList();
        Ranked ranked = rank(text, metadata, toponyms);
        List<Resolution> out = new ArrayList<>();
        for (NameGroup g : ranked.groups().values()) {
            ArticleAnchors outcome = ranked.outcome();
            if (directionalDivisionAbroad(g, outcome)
                    || (g.onlySpotted() ? !supported(g, outcome) : strayVillage(g, outcome))) {
                continue;
            }
            for (Toponym t : g.mentions) {
                out.add(new Resolution(t, g.winner, g.confidence));
            }
        }
        for (Toponym t : demonyms) {
            gazetteer.demonym(t.lookupName()).ifPresent(c -> out.add(new Resolution(t, c, settings.demonymConfidence())));
        }
        out.sort(Comparator.comparingInt(r -> r.toponym().start()));
        return out;
    }

    /** One name's mentions, candidates and their final feature vectors: what the weight fitter learns from. */
    record CandidateSet(List<Toponym> mentions, List<GeoPlace> candidates, List<double[]> features, boolean kept) {
    }

    /** The ranking problems of one article, after both passes (for fitting the weights). */
    List<CandidateSet> explain(String text, Metadata metadata, List<Toponym> toponyms) {
        Ranked ranked = rank(text, metadata, toponyms);
        List<CandidateSet> out = new ArrayList<>();
        for (NameGroup g : ranked.groups().values()) {
            List<double[]> f = g.candidates.stream().map(p -> features(p, g, ranked.anchors(), ranked.divisions()))
                    .toList();
            out.add(new CandidateSet(List.copyOf(g.mentions), List.copyOf(g.candidates), f,
                    !g.onlySpotted() || supported(g, ranked.outcome())));
        }
        return out;
    }

    /**
     * @param anchors the context the last pass ranked with (what the features saw)
     * @param outcome the context of the final choices, which decides what is kept: "Elkhart" is a village of the
     *                article's state once "Palestine" has become the Texas town in the last pass
     */
    private record Ranked(Map<String, NameGroup> groups, ArticleAnchors anchors, ArticleAnchors outcome,
                          CandidateDivisions divisions) {
    }

    private Ranked rank(String text, Metadata metadata, List<Toponym> toponyms) {
        Map<String, NameGroup> groups = new LinkedHashMap<>();
        List<Toponym> demonyms = new ArrayList<>();
        for (Toponym t : toponyms) {
            if (t.isDemonym()) {
                demonyms.add(t);
                continue;
            }
            String key = Gazetteer.key(t.lookupName());
            NameGroup g = groups.computeIfAbsent(key, k -> new NameGroup(k, candidates(t.lookupName())));
            g.mentions.add(t);
        }
        groups.values().removeIf(g -> g.candidates.isEmpty());
        findQualifiers(text, toponyms, groups);
        Map<String, List<GeoPlace>> candidates = new HashMap<>();
        groups.values().forEach(g -> candidates.put(g.key, g.candidates));
        CandidateDivisions divisions = new CandidateDivisions(candidates);

        List<GeoPlace> publication = publications.find(metadata);
        ArticleAnchors none = new ArticleAnchors();
        none.setPublicationPlaces(publication);
        for (NameGroup g : groups.values()) {
            Cancellation.check(); // once per place name: an over-budget document stops here
            choose(g, none, divisions);
        }
        ArticleAnchors anchors = anchors(text, metadata, publication, groups, demonyms);
        for (int pass = 0; pass < CONTEXT_PASSES; pass++) {
            if (pass > 0) {
                anchors = anchors(text, metadata, publication, groups, demonyms);
            }
            for (NameGroup g : groups.values()) {
                Cancellation.check();
                choose(g, anchors, divisions);
            }
        }
        return new Ranked(groups, anchors, anchors(text, metadata, publication, groups, demonyms), divisions);
    }

    /** Candidate places of a name, the most prominent first, cut to a bound for pathological names. */
    private List<GeoPlace> candidates(String name) {
        List<GeoPlace> c = new ArrayList<>(gazetteer.lookup(name));
        if (c.size() > MAX_CANDIDATES) {
            c.sort(Comparator.comparingLong(GeoPlace::population).reversed());
            return c.subList(0, MAX_CANDIDATES);
        }
        return c;
    }

    /** "Paris, Texas", "Odesa, Ukraine", "Portland (Maine)": the second name qualifies the first. */
    private void findQualifiers(String text, List<Toponym> toponyms, Map<String, NameGroup> groups) {
        for (int i = 0; i + 1 < toponyms.size(); i++) {
            Toponym a = toponyms.get(i);
            Toponym b = toponyms.get(i + 1);
            String between = text.substring(a.end(), Math.max(a.end(), b.start()));
            if (a.isDemonym() || b.isDemonym() || !(between.equals(", ") || between.equals(" (") || between.equals(","))) {
                continue;
            }
            NameGroup g = groups.get(Gazetteer.key(a.lookupName()));
            if (g == null) {
                continue;
            }
            for (GeoPlace q : gazetteer.lookup(b.lookupName())) {
                if (q.isCountry() || q.isAdmin1() || q.isAdmin2()) {
                    g.qualifiers.add(q);
                }
            }
            NameGroup qualifier = groups.get(Gazetteer.key(b.lookupName()));
            if (qualifier != null && !(startsWithAnyOf(text, b.end(), ", ") && LIST_GOES_ON.matcher(text)
                    .region(b.end(), Math.min(text.length(), b.end() + 6)).lookingAt())) {
                qualifier.usedAsDivision = true; // "Bronx, New York": the state (not in "Miami, New York and Boston")
            }
        }
        for (Toponym t : toponyms) {
            NameGroup g = groups.get(Gazetteer.key(t.lookupName()));
            if (g != null && !t.isDemonym() && (REGION_OF.contains(LiteralUse.previousWord(text, t.start()))
                    || (startsWithAnyOf(text, t.end(), " ") && STATE_OFFICE.matcher(text)
                    .region(t.end(), Math.min(text.length(), t.end() + 20)).lookingAt()))) {
                g.usedAsDivision = true; // "central Washington", "New York Gov. Andrew Cuomo": the state
            }
        }
        for (NameGroup g : groups.values()) {
            if (g.mentions.stream().anyMatch(m -> m.source() == Toponym.Source.DATELINE)) {
                g.usedAsDivision = false; // "NEW YORK (AP) -": a dateline names the city
            }
            g.usedAsTown = g.mentions.stream().anyMatch(m -> usedAsTown(text, m));
        }
    }

    /** "the city of Turkey", "Paris City Council", "the Athens mayor": the text treats the name as a town's. */
    private static boolean usedAsTown(String text, Toponym t) {
        // each expression only after the character test every match of it needs: this runs for every mention, and
        // making a matcher costs more than the test
        int from = Math.max(0, t.start() - 12);
        return (containsOf(text, from, t.start())
                && TOWN_NOUN_BEFORE.matcher(text).region(from, t.start()).find())
                || (startsWithAnyOf(text, t.end(), " \u00A0") && TOWN_OFFICE_AFTER.matcher(text)
                .region(t.end(), Math.min(text.length(), t.end() + 20)).lookingAt());
    }

    /** Whether "of" lies inside {@code text[from, to)}, a scan bounded by the window (not lastIndexOf's to 0). */
    private static boolean containsOf(String text, int from, int to) {
        for (int k = to - 2; k >= from; k--) {
            if (text.charAt(k) == 'o' && text.charAt(k + 1) == 'f') {
                return true;
            }
        }
        return false;
    }

    /** Whether the character at {@code at} is one of {@code chars}. */
    private static boolean startsWithAnyOf(String text, int at, String chars) {
        return at < text.length() && chars.indexOf(text.charAt(at)) >= 0;
    }

    private ArticleAnchors anchors(String text, Metadata metadata, List<GeoPlace> publication,
                                   Map<String, NameGroup> groups, List<Toponym> demonyms) {
        ArticleAnchors a = new ArticleAnchors();
        for (NameGroup g : groups.values()) {
            GeoPlace w = g.winner;
            if (g.onlySpotted() && !supported(g, null)) {
                continue;
            }
            double mentions = Math.min(3, g.mentions.size());
            double weight = (w.isCountry() || w.isAdmin1() ? 1.0 : 0.5) * g.confidence * mentions;
            a.addCountryEvidence(g.key, w.countryCode(), weight);
            if (w.isAdmin1()) {
                a.addAdmin1(g.key, w.countryCode(), w.admin1Code());
            }
            if (!w.isCountry() && !w.isRegion()) {
                a.addAdmin1Evidence(g.key, w.countryCode(), w.admin1Code(), g.confidence * mentions);
            }
            if (!w.isCountry() && !w.isRegion() && g.confidence >= 0.5) {
                a.addPoint(g.key, w);
            }
        }
        for (Toponym d : demonyms) {
            gazetteer.demonym(d.lookupName()).ifPresent(c ->
                    a.addCountryEvidence("demonym:" + Gazetteer.key(d.lookupName()), c.countryCode(), 0.3));
        }
        dateline(text, groups).ifPresent(g -> {
            a.addDatelineCountry(g.winner.countryCode());
            datelineDivision(g).ifPresent(d -> a.addDatelineAdmin1(d.countryCode(), d.admin1Code()));
        });
        publicationCountry(metadata).ifPresent(a::addDatelineCountry);
        a.setPublicationPlaces(publication);
        return a;
    }

    /**
     * The first-level division a dateline places the story in: the division written after the town ("ATHENS, Ga.
     * -"; also when the gazetteer lacks the town), else the chosen town's.
     */
    private static Optional<GeoPlace> datelineDivision(NameGroup dateline) {
        Optional<GeoPlace> written = dateline.qualifiers.stream().filter(GeoPlace::isAdmin1)
                .filter(q -> q.countryCode().equals(dateline.winner.countryCode())).findFirst();
        if (written.isPresent() || dateline.winner.isCountry() || dateline.winner.isRegion()) {
            return written;
        }
        return Optional.of(dateline.winner);
    }

    /** The name that opens the article as a dateline, as in "KYIV, Ukraine (Reuters) -" or "ODESA —". */
    private Optional<NameGroup> dateline(String text, Map<String, NameGroup> groups) {
        for (NameGroup g : groups.values()) {
            for (Toponym t : g.mentions) {
                if (t.start() > 200) {
                    continue;
                }
                String before = text.substring(Math.max(0, text.lastIndexOf('\n', t.start()) + 1), t.start());
                String after = text.substring(t.end(), Math.min(text.length(), t.end() + 3));
                if (before.isBlank() && (after.startsWith(",") || after.startsWith(" (") || after.startsWith(" \u2014")
                        || after.startsWith(" -") || after.startsWith(" \u2013"))) {
                    return Optional.of(g);
                }
            }
        }
        return Optional.empty();
    }

    /** The country of the publication's web domain (".co.uk", ".ca", ".com.au"), when the metadata has a URL. */
    private Optional<String> publicationCountry(Metadata metadata) {
        if (metadata == null || metadata.url() == null) {
            return Optional.empty();
        }
        Matcher m = HOST.matcher(metadata.url().trim());
        if (!m.find()) {
            return Optional.empty();
        }
        String host = m.group(1).toLowerCase(Locale.ROOT);
        String tld = host.substring(host.lastIndexOf('.') + 1);
        if (tld.length() != 2) {
            return Optional.empty();
        }
        String cc = tld.equals("uk") ? "GB" : tld.toUpperCase(Locale.ROOT);
        return gazetteer.country(cc).map(GeoPlace::countryCode);
    }

    private void choose(NameGroup g, ArticleAnchors anchors, CandidateDivisions divisions) {
        double[] scores = new double[g.candidates.size()];
        double best = Double.NEGATIVE_INFINITY;
        int bestIndex = 0;
        for (int i = 0; i < scores.length; i++) {
            scores[i] = weights.score(features(g.candidates.get(i), g, anchors, divisions));
            if (scores[i] > best) {
                best = scores[i];
                bestIndex = i;
            }
        }
        double sum = 0;
        for (double s : scores) {
            sum += Math.exp(s - best);
        }
        g.winner = g.candidates.get(bestIndex);
        g.confidence = 1.0 / sum;
    }

    /** The feature vector of one candidate of a name; see {@link Feature}. */
    private double[] features(GeoPlace p, NameGroup g, ArticleAnchors anchors, CandidateDivisions divisions) {
        String groupKey = g.key;
        double[] f = new double[Feature.values().length];
        f[Feature.COUNTRY.ordinal()] = p.isCountry() ? 1 : 0;
        f[Feature.REGION.ordinal()] = p.isRegion() ? 1 : 0;
        f[Feature.CAPITAL.ordinal()] = p.isCapital() ? 1 : 0;
        f[Feature.ADMIN1.ordinal()] = p.isAdmin1() ? 1 : 0;
        f[Feature.ADMIN1_SEAT.ordinal()] = p.featureCode().equals("PPLA") ? 1 : 0;
        f[Feature.LOWER_SEAT.ordinal()] = isLowerSeat(p.featureCode()) ? 1 : 0;
        f[Feature.ADMIN2.ordinal()] = p.isAdmin2() ? 1 : 0;
        f[Feature.DIVISION_NAMED_LIKE_SEAT.ordinal()] = (p.isAdmin1() || p.isAdmin2())
                && seatNamedLike(p, g.candidates) ? 1 : 0;
        f[Feature.POPULATION.ordinal()] = p.isPopulatedPlace() ? Math.log10(p.population() + 1.0) / 7.0 : 0;
        // the curated and world-countries names of countries and regions ("UK", "Atlantic") are as good as official
        boolean official = Gazetteer.key(p.name()).equals(groupKey) || p.isCountry() || p.isRegion();
        boolean ascii = !official && Gazetteer.key(p.asciiName()).equals(groupKey);
        f[Feature.OFFICIAL_NAME.ordinal()] = official ? 1 : 0;
        f[Feature.ASCII_NAME.ordinal()] = ascii ? 1 : 0;
        f[Feature.ALTERNATE_NAME.ordinal()] = official || ascii ? 0 : 1;
        f[Feature.ANCHOR_COUNTRY.ordinal()] = anchors.countryShare(p.countryCode(), groupKey);
        f[Feature.ANCHOR_ADMIN1.ordinal()] = !p.isCountry() && !p.isAdmin1()
                && anchors.admin1Named(p.countryCode(), p.admin1Code(), groupKey) ? 1 : 0;
        double km = anchors.nearestKm(p, groupKey);
        f[Feature.NEAR_ANCHOR.ordinal()] = Double.isInfinite(km) ? 0 : Math.exp(-km / 500.0);
        f[Feature.QUALIFIED.ordinal()] = !p.isCountry() && qualifiedAs(g, p) ? 1 : 0;
        f[Feature.SMALLER_THAN_NAMESAKE_TOWN.ordinal()] = (p.isAdmin1() || p.isAdmin2())
                && g.biggestTown > p.population() ? 1 : 0;
        // not when the name is also a country's: "northern Mexico", "Tbilisi, Georgia"
        f[Feature.USED_AS_DIVISION.ordinal()] = g.usedAsDivision && p.isAdmin1() && !g.countryAmongCandidates ? 1 : 0;
        f[Feature.DATELINE_COUNTRY.ordinal()] = anchors.isDatelineCountry(p.countryCode()) ? 1 : 0;
        // not for a division named like a capital or a metropolis: "Washington" and "New York" stay the cities
        f[Feature.SIBLING_DIVISION.ordinal()] = p.isAdmin1() && !g.capitalOrMetropolisAmongCandidates
                && anchors.otherAdmin1Named(p.countryCode(), p.admin1Code(), groupKey) ? 1 : 0;
        boolean inDivision = !p.isCountry() && !p.isRegion() && !p.admin1Code().isEmpty();
        f[Feature.ADMIN1_COHERENCE.ordinal()] = inDivision
                ? anchors.admin1Share(p.countryCode(), p.admin1Code(), groupKey) : 0;
        f[Feature.DATELINE_ADMIN1.ordinal()] = inDivision
                && anchors.isDatelineAdmin1(p.countryCode(), p.admin1Code()) ? 1 : 0;
        f[Feature.TOWN_CONTEXT.ordinal()] = g.usedAsTown && p.isPopulatedPlace() ? 1 : 0;
        f[Feature.FOREIGN_COUNTRY.ordinal()] = p.isCountry() && anchors.hasCountryEvidenceBesides(groupKey)
                && anchors.countryShare(p.countryCode(), groupKey) == 0 ? 1 : 0;
        f[Feature.PUBLICATION_AREA.ordinal()] = anchors.inPublicationArea(p) ? 1 : 0;
        f[Feature.SHARED_DIVISION.ordinal()] = inDivision ? divisions.share(p.countryCode(), p.admin1Code(), groupKey) : 0;
        return f;
    }

    /**
     * Whether the country or division written after a name ("Paris, Texas", "Rockingham, Northamptonshire") contains
     * the candidate. The gazetteer has no second-level codes for towns, so a county contains the towns of its
     * first-level division within {@link #COUNTY_KM} of its point.
     */
    private static boolean qualifies(GeoPlace qualifier, GeoPlace p) {
        if (!qualifier.countryCode().equals(p.countryCode())) {
            return false;
        }
        if (qualifier.isCountry()) {
            return true;
        }
        boolean sameAdmin1 = qualifier.admin1Code().equals(p.admin1Code());
        return qualifier.isAdmin1() ? sameAdmin1
                : sameAdmin1 && GeoDistance.km(qualifier.lat(), qualifier.lon(), p.lat(), p.lon()) < COUNTY_KM;
    }

    /** Whether the text qualifies the name's chosen place ("Rockingham, Northamptonshire"). */
    private static boolean qualified(NameGroup g) {
        return qualifiedAs(g, g.winner);
    }

    private static boolean qualifiedAs(NameGroup g, GeoPlace p) {
        return g.qualifiers.stream().anyMatch(q -> qualifies(q, p));
    }

    private static boolean isLowerSeat(String featureCode) {
        return featureCode.equals("PPLA2") || featureCode.equals("PPLA3") || featureCode.equals("PPLA4");
    }

    private static boolean seatNamedLike(GeoPlace division, List<GeoPlace> candidates) {
        for (GeoPlace c : candidates) {
            boolean seatOrMetropolis = c.featureCode().startsWith("PPLA")
                    || (c.isPopulatedPlace() && c.population() >= 1_000_000); // "New York": the city
            if (seatOrMetropolis && c.countryCode().equals(division.countryCode())
                    && c.admin1Code().equals(division.admin1Code())) {
                return true;
            }
        }
        return false;
    }

    /**
     * "South", "Far North", "Southern District": Cameroon's and Belize's divisions only where the article is about
     * their country; elsewhere the words are a direction or part of a longer name.
     */
    private boolean directionalDivisionAbroad(NameGroup g, ArticleAnchors anchors) {
        GeoPlace w = g.winner;
        return (w.isAdmin1() || w.isAdmin2()) && DIRECTIONAL_NAME.matcher(g.key).matches()
                && anchors.countryShare(w.countryCode(), g.key) < settings.minAnchorShare();
    }

    /**
     * Whether a tagged name's best place is a village abroad that nothing else in the article supports: "Grand"
     * (a French village of 500) in a story about Chicago streets, "Bridge" (an English village) in "Estey's Bridge"
     * in Canada. The gazetteer has no place for what the name means there. A name the
     * article repeats is what it is about, and its own evidence ("Samos" five times in a story about the island).
     */
    private boolean strayVillage(NameGroup g, ArticleAnchors anchors) {
        GeoPlace w = g.winner;
        return g.mentions.size() < 3 && w.isPopulatedPlace() && w.population() < settings.minPopulationStray()
                && !qualified(g) && anchors.hasCountryEvidenceBesides(g.key)
                && anchors.countryShare(w.countryCode(), g.key) < settings.minAnchorShare();
    }

    /**
     * Whether a name only the gazetteer spotted is worth reporting: prominent places always, smaller ones when the
     * article is about their country or the text qualifies them. {@code anchors} null means "no context yet".
     */
    private boolean supported(NameGroup g, ArticleAnchors anchors) {
        GeoPlace w = g.winner;
        if (w.isCountry() || w.isRegion() || w.isAdmin1() || w.isCapital() || w.featureCode().equals("AIRP")) {
            return true; // the curated airports are the ones news names without saying "airport"
        }
        if (qualified(g)) {
            return true;
        }
        if (w.isAdmin2() && (g.key.endsWith(" county") || g.key.endsWith(" parish"))) {
            return true; // "Metcalfe County" says what it is
        }
        boolean multiWord = g.key.indexOf(' ') > 0;
        long needed = multiWord ? settings.minPopulationMultiWord() : settings.minPopulation();
        if (w.population() >= needed) {
            return true;
        }
        return anchors != null && anchors.countryShare(w.countryCode(), g.key) >= settings.minAnchorShare()
                && w.population() >= settings.minPopulationAnchored();
    }
}
