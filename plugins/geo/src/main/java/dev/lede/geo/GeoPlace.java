package dev.lede.geo;

/**
 * One gazetteer entry: a GeoNames place (or a hand-curated region) with what ranking and output need.
 *
 * @param index      position in the gazetteer, a compact handle for indexes
 * @param geonameId  GeoNames' id; zero or negative for a curated area whose GeoNames id could not be checked
 * @param asciiName  GeoNames' ASCII spelling ({@code name} when they are the same)
 * @param admin1Code GeoNames' first-level code within the country ("TX", "17"); "00" for countries, "" when none
 */
public record GeoPlace(int index, long geonameId, String name, String asciiName, String featureCode,
                       String countryCode, String admin1Code, double lat, double lon, long population) {

    /** Whether {@link #geonameId} is a GeoNames id rather than a curated placeholder. */
    public boolean hasGeonameId() {
        return geonameId > 0;
    }

    /** Countries and dependent territories (GeoNames PCL*). */
    public boolean isCountry() {
        return featureCode.startsWith("PCL");
    }

    /** Continents, regions, seas and other areas larger than a town that are not administrative divisions. */
    public boolean isRegion() {
        return switch (featureCode) {
            case "CONT", "RGN", "OCN", "SEA", "GULF", "STRT", "PEN", "TERR", "PLAT", "LK", "ISL" -> true;
            default -> false;
        };
    }

    public boolean isAdmin1() {
        return featureCode.equals("ADM1");
    }

    public boolean isAdmin2() {
        return featureCode.equals("ADM2");
    }

    public boolean isCapital() {
        return featureCode.equals("PPLC");
    }

    /** A town or city (GeoNames feature class P). */
    public boolean isPopulatedPlace() {
        return featureCode.startsWith("PPL");
    }
}
