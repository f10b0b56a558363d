package dev.lede.scoring;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The unit tables of the reference scorer ({@code units.py}), kept identical so that both scorers canonicalise
 * and convert units alike: currency names to ISO codes, unit spellings and abbreviations to one name, irregular
 * plurals, and conversion factors per dimension. Change them only together with {@code units.py}.
 */
final class UnitTables {
    /** Currency name, symbol or code (lower case) to ISO 4217 code ("BTC" for bitcoin). */
    static final Map<String, String> CURRENCY = new HashMap<>();
    /** Every code in {@link #CURRENCY}. */
    static final Set<String> ISO;
    /** Abbreviations, British spellings and plurals to the canonical unit name. */
    static final Map<String, String> ALIASES = new HashMap<>();
    static final Map<String, String> IRREGULAR_PLURALS = new HashMap<>();
    /** Canonical unit to its dimension and factor to the dimension's base unit. */
    static final Map<String, Dimensioned> DIMENSION_OF = new LinkedHashMap<>();

    /** A unit's dimension ("length") and its size in the base unit of that dimension. */
    record Dimensioned(String dimension, double factor) {
    }

    private UnitTables() {
    }

    private static void currency(String name, String code) {
        CURRENCY.put(name, code);
    }

    private static void alias(String spelling, String unit) {
        ALIASES.put(spelling, unit);
    }

    private static void irregular(String plural, String singular) {
        IRREGULAR_PLURALS.put(plural, singular);
    }

    private static void factor(String dimension, String unit, double factor) {
        DIMENSION_OF.put(unit, new Dimensioned(dimension, factor));
    }

    static {
        currency("dollar", "USD");
        currency("dollars", "USD");
        currency("$", "USD");
        currency("us dollar", "USD");
        currency("united states dollar", "USD");
        currency("usd", "USD");
        currency("buck", "USD");
        currency("bucks", "USD");
        currency("cent", "USD");
        currency("cents", "USD");
        currency("dime", "USD");
        currency("nickel", "USD");
        currency("euro", "EUR");
        currency("euros", "EUR");
        currency("eur", "EUR");
        currency("\u20ac", "EUR");
        currency("pound", "GBP");
        currency("pounds", "GBP");
        currency("pound sterling", "GBP");
        currency("british pound", "GBP");
        currency("gbp", "GBP");
        currency("\u00a3", "GBP");
        currency("pence", "GBP");
        currency("penny", "GBP");
        currency("pennies", "GBP");
        currency("japanese yen", "JPY");
        currency("yen", "JPY");
        currency("chinese yuan", "CNY");
        currency("yuan", "CNY");
        currency("renminbi", "CNY");
        currency("rmb", "CNY");
        currency("canadian dollar", "CAD");
        currency("australian dollar", "AUD");
        currency("hong kong dollar", "HKD");
        currency("new zealand dollar", "NZD");
        currency("singapore dollar", "SGD");
        currency("swiss franc", "CHF");
        currency("mexican peso", "MXN");
        currency("turkish lira", "TRY");
        currency("lira", "TRY");
        currency("indian rupee", "INR");
        currency("rupee", "INR");
        currency("rupees", "INR");
        currency("sri lankan rupee", "LKR");
        currency("peseta", "ESP");
        currency("finnish markka", "FIM");
        currency("netherlands guilder", "NLG");
        currency("dutch guilder", "NLG");
        currency("deutsche mark", "DEM");
        currency("mark", "DEM");
        currency("french franc", "FRF");
        currency("costa rican col\u00f3n", "CRC");
        currency("georgian lari", "GEL");
        currency("lao kip", "LAK");
        currency("shekel", "ILS");
        currency("israeli new shekel", "ILS");
        currency("malaysian ringgit", "MYR");
        currency("ringgit", "MYR");
        currency("sen", "MYR");
        currency("kuwaiti dinar", "KWD");
        currency("lebanese pound", "LBP");
        currency("egyptian pound", "EGP");
        currency("qatari riyal", "QAR");
        currency("saudi riyal", "SAR");
        currency("bulgarian lev", "BGN");
        currency("mongolian tugrik", "MNT");
        currency("ukrainian hryvnia", "UAH");
        currency("hryvnia", "UAH");
        currency("russian ruble", "RUB");
        currency("ruble", "RUB");
        currency("rouble", "RUB");
        currency("south african rand", "ZAR");
        currency("rand", "ZAR");
        currency("korean won", "KRW");
        currency("south korean won", "KRW");
        currency("won", "KRW");
        currency("indonesian rupiah", "IDR");
        currency("brazilian real", "BRL");
        currency("philippine peso", "PHP");
        currency("thai baht", "THB");
        currency("baht", "THB");
        currency("new taiwan dollar", "TWD");
        currency("pakistani rupee", "PKR");
        currency("nigerian naira", "NGN");
        currency("naira", "NGN");
        currency("kenyan shilling", "KES");
        currency("bitcoin", "BTC");
        currency("btc", "BTC");
        currency("satoshi", "BTC");
        ISO = Set.copyOf(CURRENCY.values());

        alias("km", "kilometer");
        alias("kms", "kilometer");
        alias("kilometre", "kilometer");
        alias("m", "meter");
        alias("metre", "meter");
        alias("cm", "centimeter");
        alias("centimetre", "centimeter");
        alias("mm", "millimeter");
        alias("millimetre", "millimeter");
        alias("dm", "decimeter");
        alias("decimetre", "decimeter");
        alias("nm", "nanometer");
        alias("nanometre", "nanometer");
        alias("pm", "picometer");
        alias("picometre", "picometer");
        alias("micrometre", "micrometer");
        alias("\u03bcm", "micrometer");
        alias("attometre", "attometer");
        alias("mi", "mile");
        alias("miles", "mile");
        alias("ft", "foot");
        alias("feet", "foot");
        alias("in", "inch");
        alias("inches", "inch");
        alias("yd", "yard");
        alias("yds", "yard");
        alias("km2", "square kilometer");
        alias("square kilometre", "square kilometer");
        alias("m2", "square meter");
        alias("square metre", "square meter");
        alias("sq mi", "square mile");
        alias("cubic kilometre", "cubic kilometer");
        alias("cubic centimetre", "cubic centimeter");
        alias("l", "liter");
        alias("litre", "liter");
        alias("ml", "milliliter");
        alias("millilitre", "milliliter");
        alias("cl", "centiliter");
        alias("centilitre", "centiliter");
        alias("hectolitre", "hectoliter");
        alias("gal", "gallon");
        alias("tbsp", "tablespoon");
        alias("tsp", "teaspoon");
        alias("kg", "kilogram");
        alias("g", "gram");
        alias("mg", "milligram");
        alias("\u03bcg", "microgram");
        alias("mcg", "microgram");
        alias("lb", "pound");
        alias("lbs", "pound");
        alias("pound-mass", "pound");
        alias("oz", "ounce");
        alias("t", "ton");
        alias("tonne", "metric ton");
        alias("tonnes", "metric ton");
        alias("metric tonne", "metric ton");
        alias("dram", "dram");
        alias("kph", "kilometer per hour");
        alias("km/h", "kilometer per hour");
        alias("kmph", "kilometer per hour");
        alias("kilometre per hour", "kilometer per hour");
        alias("mph", "mile per hour");
        alias("miles per hour", "mile per hour");
        alias("c", "celsius");
        alias("\u00b0c", "celsius");
        alias("degree celsius", "celsius");
        alias("degrees celsius", "celsius");
        alias("centigrade", "celsius");
        alias("f", "fahrenheit");
        alias("\u00b0f", "fahrenheit");
        alias("degree fahrenheit", "fahrenheit");
        alias("degrees fahrenheit", "fahrenheit");
        alias("\u00b0", "degree");
        alias("deg", "degree");
        alias("degrees", "degree");
        alias("k", "kelvin");
        alias("yr", "year");
        alias("yrs", "year");
        alias("years", "year");
        alias("mo", "month");
        alias("months", "month");
        alias("wk", "week");
        alias("weeks", "week");
        alias("days", "day");
        alias("hr", "hour");
        alias("hrs", "hour");
        alias("h", "hour");
        alias("hours", "hour");
        alias("min", "minute");
        alias("mins", "minute");
        alias("minutes", "minute");
        alias("sec", "second");
        alias("secs", "second");
        alias("s", "second");
        alias("seconds", "second");
        alias("%", "percent");
        alias("per cent", "percent");
        alias("pct", "percent");
        alias("percentage", "percent");
        alias("percent", "percent");

        irregular("people", "people");
        irregular("feet", "foot");
        irregular("children", "child");
        irregular("men", "man");
        irregular("women", "woman");
        irregular("teeth", "tooth");
        irregular("mice", "mouse");
        irregular("geese", "goose");
        irregular("series", "series");
        irregular("species", "species");

        factor("time", "second", 1.0);
        factor("time", "minute", 60.0);
        factor("time", "hour", 3600.0);
        factor("time", "day", 86400.0);
        factor("time", "week", 604800.0);
        factor("time", "fortnight", 1209600.0);
        factor("time", "month", 2592000.0);
        factor("time", "quarter", 7776000.0);
        factor("time", "year", 31536000.0);
        factor("time", "decade", 315360000.0);
        factor("time", "century", 3153600000.0);
        factor("length", "nanometer", 1e-09);
        factor("length", "micrometer", 1e-06);
        factor("length", "millimeter", 0.001);
        factor("length", "centimeter", 0.01);
        factor("length", "decimeter", 0.1);
        factor("length", "meter", 1.0);
        factor("length", "kilometer", 1000.0);
        factor("length", "inch", 0.0254);
        factor("length", "foot", 0.3048);
        factor("length", "yard", 0.9144);
        factor("length", "mile", 1609.344);
        factor("length", "nautical mile", 1852.0);
        factor("length", "picometer", 1e-12);
        factor("mass", "microgram", 1e-06);
        factor("mass", "milligram", 0.001);
        factor("mass", "gram", 1.0);
        factor("mass", "kilogram", 1000.0);
        factor("mass", "metric ton", 1000000.0);
        factor("mass", "ounce", 28.349523125);
        factor("mass", "pound", 453.59237);
        factor("volume", "milliliter", 0.001);
        factor("volume", "centiliter", 0.01);
        factor("volume", "deciliter", 0.1);
        factor("volume", "liter", 1.0);
        factor("volume", "hectoliter", 100.0);
        factor("volume", "teaspoon", 0.00492892159375);
        factor("volume", "tablespoon", 0.01478676478125);
        factor("volume", "cup", 0.2365882365);
        factor("volume", "gallon", 3.785411784);
        factor("volume", "cubic meter", 1000.0);
        factor("area", "square meter", 1.0);
        factor("area", "square kilometer", 1000000.0);
        factor("area", "hectare", 10000.0);
        factor("area", "acre", 4046.8564224);
        factor("area", "square foot", 0.09290304);
        factor("area", "square mile", 2589988.110336);
    }
}
