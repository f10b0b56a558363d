package dev.lede.geo;

import dev.lede.document.Metadata;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a local newspaper is, read from its web address: "amarillo.com" is in Amarillo, "eastoregonian.com" in
 * Oregon, "onlineathens.com" in some Athens. Its stories are mostly about its own area, so a candidate near it is
 * more likely (feature {@link Feature#PUBLICATION_AREA}). Looks for the longest town or state names inside the
 * domain's main label; ordinary English words ("online", "national", "press") are skipped, and so are small towns,
 * which would turn up by chance inside any label.
 */
final class PublicationPlaces {
    private static final Pattern HOST = Pattern.compile("^(?:[a-z]+://)?([^/:?#]+)", Pattern.CASE_INSENSITIVE);
    /** Shortest name looked for inside a label: shorter ones ("ada", "ely") turn up by chance. */
    private static final int MIN_LETTERS = 5;
    private static final long MIN_POPULATION = 10_000;
    /** How near the newspaper's town a candidate must be to count as its area. */
    private static final double AREA_KM = 100;

    private final Gazetteer gazetteer;
    private final CommonWords commonWords;

    PublicationPlaces(Gazetteer gazetteer, CommonWords commonWords) {
        this.gazetteer = gazetteer;
        this.commonWords = commonWords;
    }

    /** The towns and states the publication's domain names; empty when the metadata has no address. */
    List<GeoPlace> find(Metadata metadata) {
        String label = mainLabel(metadata);
        List<GeoPlace> out = new ArrayList<>();
        if (label == null) {
            return out;
        }
        // longest names first; a letter inside a found name is not looked at again ("oregon" in "eastoregonian")
        boolean[] used = new boolean[label.length()];
        for (int length = label.length(); length >= MIN_LETTERS; length--) {
            for (int start = 0; start + length <= label.length(); start++) {
                if (used[start] || used[start + length - 1]) {
                    continue;
                }
                String name = label.substring(start, start + length);
                if (commonWords.contains(name)) {
                    continue;
                }
                List<GeoPlace> places = gazetteer.lookup(name).stream()
                        .filter(p -> p.isAdmin1() || (p.isPopulatedPlace() && p.population() >= MIN_POPULATION))
                        .toList();
                if (!places.isEmpty()) {
                    out.addAll(places);
                    for (int k = start; k < start + length; k++) {
                        used[k] = true;
                    }
                }
            }
        }
        return out;
    }

    /** Whether the candidate is in a state the domain names or within {@link #AREA_KM} of a town it names. */
    static boolean inArea(GeoPlace candidate, List<GeoPlace> publication) {
        if (candidate.isCountry() || candidate.isRegion()) {
            return false;
        }
        for (GeoPlace p : publication) {
            boolean inside = p.isAdmin1()
                    ? p.countryCode().equals(candidate.countryCode()) && p.admin1Code().equals(candidate.admin1Code())
                    : dev.lede.annotation.GeoDistance.km(p.lat(), p.lon(), candidate.lat(), candidate.lon()) < AREA_KM;
            if (inside) {
                return true;
            }
        }
        return false;
    }

    /** "amarillo" of "http://www.amarillo.com/news/...", or of a {@code domain} field; null when there is none. */
    private static String mainLabel(Metadata metadata) {
        if (metadata == null) {
            return null;
        }
        String address = metadata.url();
        if (address == null && metadata.extra().get("domain") instanceof String domain) {
            address = domain;
        }
        if (address == null) {
            return null;
        }
        Matcher m = HOST.matcher(address.trim());
        if (!m.find()) {
            return null;
        }
        String[] labels = m.group(1).toLowerCase(Locale.ROOT).split("\\.");
        // the label before the public suffix: "amarillo" in www.amarillo.com, "lfpress" in www.lfpress.co.uk
        int last = labels.length - 1;
        if (last >= 2 && labels[last].length() == 2 && labels[last - 1].length() <= 3) {
            last--; // "co.uk", "com.au"
        }
        String label = last >= 1 ? labels[last - 1] : null;
        return label == null || !label.chars().allMatch(Character::isLetter) ? null : label;
    }
}
