package dev.lede.annotation;

/**
 * A place name resolved to a GeoNames place. {@code entity} is the id of the entity whose mention this is (may be
 * null for places spotted by the gazetteer alone); {@code demonym} is true for "Ukrainian" resolved to Ukraine.
 *
 * <p>A place the gazetteer does not list (a street, a hospital, a stadium) may still be located by the town the
 * article puts it in: then {@code geonameId} is null, {@code name} is the mention's own name, the point, country
 * and first-level division are those of the town, and {@code containedIn} is the town's GeoNames id. Such places
 * carry a lower confidence and no feature code.
 */
public record Place(int start, int end, String text, Long geonameId, String name, double lat, double lon,
                    String countryCode, String admin1Code, String admin1Name, String featureCode, long population,
                    double confidence, String entity, boolean demonym, Long containedIn) {
}
