package dev.lede.annotation;

/**
 * Great-circle distance by the haversine formula on a sphere of the mean Earth radius. Shared by the place scorer
 * and the geo analyzer so that both measure alike; it is a few lines, so not worth a geometry library.
 */
public final class GeoDistance {
    /** Mean Earth radius (IUGG) in km, the one the reference scorer score.py uses. */
    public static final double EARTH_RADIUS_KM = 6371.0088;

    private GeoDistance() {
    }

    /**
     * The distance in km between two points given in degrees. The arithmetic follows score.py's
     * {@code haversine_km} step by step, so that scores computed here agree with the reference scorer's.
     */
    public static double km(double lat1, double lon1, double lat2, double lon2) {
        double p1 = Math.toRadians(lat1);
        double p2 = Math.toRadians(lat2);
        double dp = p2 - p1;
        double dl = Math.toRadians(lon2 - lon1);
        double a = Math.pow(Math.sin(dp / 2), 2) + Math.cos(p1) * Math.cos(p2) * Math.pow(Math.sin(dl / 2), 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1.0, Math.sqrt(a)));
    }
}
