package dev.lede.annotation;

/**
 * A place name resolved to a GeoNames place. {@code entity} is the id of the entity whose mention this is (may be
 * null for places spotted by the gazetteer alone); {@code demonym} is true for "Ukrainian" resolved to Ukraine.
 */
public record Place(int start, int end, String text, long geonameId, String name, double lat, double lon,
                    String countryCode, String admin1Code, String admin1Name, String featureCode, long population,
                    double confidence, String entity, boolean demonym) {
}
