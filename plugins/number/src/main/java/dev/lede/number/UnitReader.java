package dev.lede.number;

import dev.lede.annotation.NumberType;

import java.util.List;
import java.util.Set;

/**
 * Units after a number: percentages, units of measure from {@link UnitTable} (with "per" compounds, powers and
 * sequences such as "7 feet 10 inches"), durations and ages, and times of day that look like units ("6pm").
 */
final class UnitReader {
    private static final Set<String> UNIT_MODIFIERS = Set.of("more", "additional", "extra", "less", "fewer");
    private static final Set<String> SIZE_ADJECTIVES = Set.of("thick", "long", "wide", "tall", "high", "deep",
            "across", "diameter", "thin", "square", "away");
    private static final Set<String> TEMPERATURE_CONTEXT = Set.of("temperature", "temperatures", "thermostat", "heat",
            "hot", "cold", "warm", "weather", "celsius", "fahrenheit", "degrees", "freezing", "fever", "warming", "mercury",
            "chill", "heatwave", "frost", "temp", "outside", "outdoors", "thermometer");

    /** A hundredth of a percentage point: a unit of its own, never a range's partner of a percentage. */
    private static final UnitTable.Unit BASIS_POINT = new UnitTable.Unit("basis point", NumberType.QUANTITY,
            "basis point", 1);

    private final NumeralParser numerals = new NumeralParser();
    private final UnitTable units = UnitTable.get();
    private final CurrencyTable currencies = CurrencyTable.get();
    private final NumberWords words = NumberWords.get();

    boolean percent(List<Lexeme> lx, Expression ex) {
        int j = ex.to;
        if (j >= lx.size() || lx.get(j).gap() > 2) {
            return false;
        }
        Lexeme l = lx.get(j);
        String s = l.lower();
        int end = -1;
        String unit = "percent";
        if (l.is('%') || s.equals("percent") || s.equals("pct") || s.equals("percents") || s.equals("percentage")
                || s.equals("pc") && l.glued()) {
            end = j + 1;
            if (s.equals("percentage") && j + 1 < lx.size() && lx.get(j + 1).lower().startsWith("point")) {
                end = j + 2;
                unit = "percentage point";
            }
        } else if (s.equals("per") && j + 1 < lx.size() && lx.get(j + 1).lower().equals("cent")) {
            end = j + 2;
        } else if ((s.equals("basis") && j + 1 < lx.size() && lx.get(j + 1).lower().startsWith("point"))) {
            end = j + 2;
            unit = "basis point";
        } else if (s.equals("bps") || s.equals("bp")) {
            end = j + 1;
            unit = "basis point";
        }
        if (end < 0) {
            return false;
        }
        ex.type = unit.equals("basis point") ? NumberType.QUANTITY : NumberType.PERCENT;
        ex.unit = unit;
        if (unit.equals("basis point")) {
            ex.measure = BASIS_POINT;
        }
        ex.to = end;
        return true;
    }

    void unit(List<Lexeme> lx, Expression ex) {
        int n = lx.size();
        int j = ex.to;
        if (j >= n) {
            return;
        }
        Lexeme l = lx.get(j);
        boolean hyphen = false;
        // hyphenated adjective: 68-ounce, two-year, 43-year-old, half-litre
        if ((l.is('-') || l.is('‑')) && l.glued() && j + 1 < n && lx.get(j + 1).glued() && lx.get(j + 1).isWord()) {
            hyphen = true;
            j++;
        } else if (l.gap() > 2) {
            return;
        }
        // "2 more minutes"
        if (!hyphen && j + 1 < n && lx.get(j).isWord() && UNIT_MODIFIERS.contains(lx.get(j).lower())) {
            UnitTable.Match after = units.match(lx, j + 1);
            if (after != null && after.unit().isTime()) {
                j++;
            }
        }
        // times of day: 6pm, 2 pm, 2.30 p.m.
        String s = lx.get(j).lower();
        if (isTimeSuffix(s) || (s.equals("a") || s.equals("p")) && j + 1 < n && lx.get(j + 1).is('.')
                && j + 2 < n && (lx.get(j + 2).lower().equals("m"))) {
            if (isClockTime(ex)) {
                ex.type = null;
                ex.to = j + 1;
                return;
            }
            if (isTimeSuffix(s)) {
                ex.type = NumberType.QUANTITY;
                ex.unit = s.equals("pm") ? "picometer" : "attometer";
                ex.measure = units.byName("meter");
                ex.to = j + 1;
                return;
            }
        }
        if (hyphen && ex.money) {
            return;
        }
        if (!hyphen && ex.numeral != null && ex.numeral.to() == ex.to && endsWithFraction(lx, ex)) {
            String w = lx.get(j).lower();
            if ((w.equals("a") || w.equals("an")) && units.match(lx, j + 1) != null) {
                j++; // "half a liter", "half an hour"
            } else if (w.equals("of")) {
                fractionOfUnit(lx, ex);
                if (ex.measure != null) {
                    return;
                }
            }
        }
        // "20 (kg)", "20 [kg]"
        if (!hyphen && (lx.get(j).is('(') || lx.get(j).is('['))) {
            UnitTable.Match inside = units.match(lx, j + 1);
            if (inside != null && inside.to() < n && (lx.get(inside.to()).is(')') || lx.get(inside.to()).is(']'))) {
                ex.measure = inside.unit();
                ex.unit = inside.unit().name();
                ex.type = inside.unit().type();
                ex.to = inside.to() + 1;
                return;
            }
        }
        if (hyphen) {
            CurrencyTable.Match cm = currencies.match(lx, j);
            if (cm != null && cm.money().post() && cm.to() - cm.from() == 1 && lx.get(j).lower().length() > 1) {
                ex.setMoney(cm.money().code(), cm.money().factor(), cm.to());
                return;
            }
        }
        if ((lx.get(j).is('\'') || lx.get(j).is('’')) && lx.get(j).glued()
                && height(lx, ex, new UnitTable.Match(units.byName("foot"), j, j + 1), false)) {
            return; // 6'3"
        }
        UnitTable.Match u = units.match(lx, j);
        String letter = lx.get(j).text();
        boolean scaleLetter = letter.equals("C") || letter.equals("F")
                || (letter.equals("c") || letter.equals("f")) && temperatureContext(lx, ex);
        if (u == null && scaleLetter && lx.get(j).gap() <= 1) {
            u = new UnitTable.Match(units.byName(letter.equals("C") ? "celsius" : "fahrenheit"), j, j + 1);
        }
        if (u == null) {
            if (j + 1 < n && lx.get(j).lower().equals("below") && lx.get(j + 1).lower().equals("zero")) {
                ex.measure = units.byName("degree");
                ex.unit = "degree";
                ex.type = NumberType.TEMPERATURE;
                ex.value = -ex.value;
                ex.to = j + 2;
            }
            return;
        }
        String surface = lx.get(j).lower();
        if (surface.equals("in") && !inchContext(lx, u.to())) {
            return;
        }
        if (height(lx, ex, u, hyphen)) {
            return;
        }
        boolean single = u.to() - u.from() == 1 && surface.length() == 1;
        if (single && u.to() < n && lx.get(u.to()).glued() && (lx.get(u.to()).is('-') || lx.get(u.to()).isDigits())) {
            return; // "24703 L-202": an identifier
        }
        if (single && (surface.equals("c") || surface.equals("f"))) {
            // a bare C or F: in capitals ending the phrase ("-10C", but not "13F filing" or "777F to"), or in a
            // sentence about temperatures ("convert 10 c to fahrenheit")
            boolean capital = Character.isUpperCase(lx.get(j).text().charAt(0));
            boolean ends = Lexeme.endsPhrase(lx, u.to()) && !(u.to() < n && (lx.get(u.to()).is('/') || lx.get(u.to()).is('-')));
            if (!(capital && ends) && !temperatureContext(lx, ex)) {
                return;
            }
            u = new UnitTable.Match(units.byName(surface.equals("c") ? "celsius" : "fahrenheit"), u.from(), u.to());
        }
        if ((surface.equals("\"") || surface.equals("'")) && (insideQuotes(lx, ex.from) || !quoteMarkEndsUnit(lx, u.to()))) {
            return; // a closing quotation mark, not inches or feet
        }
        if (ex.type == NumberType.ORDINAL) {
            return;
        }
        if (hyphen && (u.unit().type() == NumberType.TEMPERATURE)) {
            return;
        }
        UnitTable.Unit unit = u.unit();
        int end = u.to();
        // degrees Celsius, ° F, deg c
        if (unit.name().equals("degree") && end < n) {
            UnitTable.Match scaleName = units.match(lx, end);
            String next = lx.get(end).lower();
            if (scaleName != null && scaleName.unit().type() == NumberType.TEMPERATURE
                    && !scaleName.unit().name().equals("degree")) {
                unit = scaleName.unit();
                end = scaleName.to();
            } else if ((next.equals("c") || next.equals("f")) && lx.get(end).gap() <= 1) {
                unit = units.byName(next.equals("c") ? "celsius" : "fahrenheit");
                end++;
            }
        }
        // 4km^2, 4 km squared, m³
        if (unit.dimension().equals("length") && end < n) {
            Lexeme nx = lx.get(end);
            String power = null;
            int powerEnd = end + 1;
            if (nx.is('^') && nx.glued() && end + 1 < n && lx.get(end + 1).glued()) {
                power = lx.get(end + 1).text();
                powerEnd = end + 2;
            } else if (nx.is('²') || nx.is('³')) {
                power = nx.is('²') ? "2" : "3";
            } else if (nx.lower().equals("squared") || nx.lower().equals("cubed")) {
                power = nx.lower().equals("squared") ? "2" : "3";
            }
            if ("2".equals(power) || "3".equals(power)) {
                String name = ("2".equals(power) ? "square " : "cubic ") + unit.name();
                unit = new UnitTable.Unit(name, NumberType.QUANTITY, "2".equals(power) ? "area" : "volume",
                        Math.pow(unit.factor(), Integer.parseInt(power)));
                end = powerEnd;
            }
        }
        ex.measure = unit;
        ex.unit = unit.name();
        ex.type = unit.type();
        ex.to = end;
        // below zero
        if (end + 1 < n && lx.get(end).lower().equals("below") && lx.get(end + 1).lower().equals("zero")) {
            ex.value = -ex.value;
            ex.to = end + 2;
        }
        // "per hour", "/ms", "J/m^2 per year": compound units
        for (int k = 0; k < 2 && compound(lx, ex); k++) {
            // a rate of a rate at most
        }
        // ages: 43-year-old, 5 years old, 18 months of age, 87 yo
        if (unit.isTime()) {
            int k = ex.to;
            if (hyphen && k + 1 < n && lx.get(k).is('-') && lx.get(k + 1).lower().equals("old")) {
                ex.type = NumberType.AGE;
                ex.to = k + 2;
                return;
            }
            if (!hyphen && k < n && lx.get(k).lower().equals("old")) {
                ex.type = NumberType.AGE;
                ex.to = k + 1;
                return;
            }
            if (!hyphen && k + 1 < n && lx.get(k).lower().equals("of") && lx.get(k + 1).lower().equals("age")) {
                ex.type = NumberType.AGE;
                ex.to = k + 2;
                return;
            }
        }
        if (unit.type() == NumberType.TEMPERATURE && unit.name().equals("degree") && !temperatureContext(lx, ex)) {
            ex.type = NumberType.QUANTITY;
        }
        if (!hyphen) {
            sequence(lx, ex);
        }
    }

    /** "fourth of a liter", "three quarters of an hour": a fraction of a unit. */
    void fractionOfUnit(List<Lexeme> lx, Expression ex) {
        int j = ex.to;
        if (j + 1 >= lx.size() || !lx.get(j).lower().equals("of")) {
            return;
        }
        int k = j + 1;
        if (lx.get(k).lower().equals("a") || lx.get(k).lower().equals("an")) {
            k++;
        }
        UnitTable.Match u = units.match(lx, k);
        if (u == null || lx.get(k).lower().equals("in")) {
            return;
        }
        if (ex.type == NumberType.ORDINAL) {
            if (ex.value < 2) {
                return;
            }
            ex.value = 1 / ex.value;
        }
        ex.measure = u.unit();
        ex.unit = u.unit().name();
        ex.type = u.unit().type();
        ex.to = u.to();
    }

    private boolean endsWithFraction(List<Lexeme> lx, Expression ex) {
        NumberWords.Word w = words.word(lx.get(ex.numeral.to() - 1).lower());
        return w != null && (w.kind() == NumberWords.Kind.HALF || w.kind() == NumberWords.Kind.QUARTER
                || w.kind() == NumberWords.Kind.ORDINAL);
    }

    /** "6pm", "9 p.m.", "2.30 a.m.", "three o'clock": a time of day, not a quantity. */
    static boolean clockTime(List<Lexeme> lx, Expression ex) {
        int j = ex.to;
        int n = lx.size();
        if (j >= n || lx.get(j).gap() > 1) {
            return false;
        }
        String s = lx.get(j).lower();
        int end = -1;
        if (isTimeSuffix(s)) {
            end = j + 1;
        } else if ((s.equals("a") || s.equals("p")) && j + 2 < n && lx.get(j + 1).is('.') && lx.get(j + 2).lower().equals("m")) {
            end = j + 3;
            if (end < n && lx.get(end).is('.')) {
                end++;
            }
        } else if (s.equals("o") && j + 2 < n && (lx.get(j + 1).is('\'') || lx.get(j + 1).is('’'))
                && lx.get(j + 2).lower().equals("clock")) {
            end = j + 3;
        }
        if (end < 0 || !isClockTime(ex)) {
            return false;
        }
        ex.to = end;
        return true;
    }

    static boolean isTimeSuffix(String s) {
        return s.equals("am") || s.equals("pm");
    }

    private static boolean isClockTime(Expression ex) {
        double v = ex.value;
        if (ex.numeral == null || ex.numeral.spelled()) {
            return v >= 1 && v <= 12 && v == Math.rint(v);
        }
        if (v == Math.rint(v)) {
            return v >= 0 && v <= 12;
        }
        double minutes = Math.round((v - Math.floor(v)) * 1000) / 10.0;
        return v < 13 && minutes == Math.rint(minutes) && minutes < 60 && hasTwoDecimals(ex);
    }

    private static boolean hasTwoDecimals(Expression ex) {
        double v = ex.value * 100;
        return Math.abs(v - Math.rint(v)) < 1e-9 && Math.abs(ex.value * 10 - Math.rint(ex.value * 10)) > 1e-9;
    }

    /** Heights: 6'3", 6’3”, "a 6-foot-3 forward": feet and inches as one length in inches. */
    private boolean height(List<Lexeme> lx, Expression ex, UnitTable.Match feet, boolean hyphen) {
        int n = lx.size();
        int k = feet.to();
        if (!feet.unit().name().equals("foot") || ex.value != Math.rint(ex.value) || k >= n) {
            return false;
        }
        String mark = lx.get(feet.from()).text();
        boolean footMark = mark.equals("'") || mark.equals("’");
        int inchesAt;
        if (footMark && lx.get(k).isDigits() && lx.get(k).glued()) {
            inchesAt = k;
        } else if (hyphen && !footMark && k + 1 < n && lx.get(k).is('-') && lx.get(k).glued() && lx.get(k + 1).isDigits()
                && lx.get(k + 1).glued()) {
            inchesAt = k + 1;
        } else {
            return false;
        }
        double inches = Double.parseDouble(lx.get(inchesAt).text());
        if (inches >= 12) {
            return false;
        }
        int end = inchesAt + 1;
        if (footMark) {
            if (end < n && (lx.get(end).is('"') || lx.get(end).is('”')) && lx.get(end).glued()) {
                end++;
            } else if (end + 1 < n && lx.get(end).is('\'') && lx.get(end + 1).is('\'') && lx.get(end).glued()) {
                end += 2;
            } else {
                return false;
            }
        }
        ex.value = ex.value * 12 + inches;
        ex.measure = units.byName("inch");
        ex.unit = "inch";
        ex.type = NumberType.QUANTITY;
        ex.to = end;
        return true;
    }

    /** After 5" or 6' comes the end, a bracket or a word ("a 10" screen"), not the punctuation that follows a quote. */
    private static boolean quoteMarkEndsUnit(List<Lexeme> lx, int after) {
        return after >= lx.size() || lx.get(after).is(')') || lx.get(after).isWord() && !lx.get(after).isCapitalized();
    }

    private static boolean insideQuotes(List<Lexeme> lx, int before) {
        int quotes = 0;
        for (int k = 0; k < before; k++) {
            if (lx.get(k).is('"') || lx.get(k).is('\'')) {
                quotes++;
            }
        }
        return quotes % 2 == 1;
    }

    private static boolean inchContext(List<Lexeme> lx, int after) {
        if (after >= lx.size()) {
            return true;
        }
        Lexeme l = lx.get(after);
        if (l.kind() == Lexeme.Kind.SYMBOL) {
            return !l.is('$');
        }
        return SIZE_ADJECTIVES.contains(l.lower());
    }

    /** Words about heat and weather around the number: a bare "40 C" is then a temperature. */
    boolean temperatureContext(List<Lexeme> lx, Expression ex) {
        for (int k = Math.max(0, ex.from - 8); k < Math.min(lx.size(), ex.to + 3); k++) {
            if (TEMPERATURE_CONTEXT.contains(lx.get(k).lower()) && (k < ex.from || k >= ex.to)) {
                return true;
            }
        }
        return ex.value < 0 || lx.get(ex.to - 1).is('°');
    }

    /** "kilometers per hour", "km/ms", "J/m^2": a unit per another unit. */
    private boolean compound(List<Lexeme> lx, Expression ex) {
        int j = ex.to;
        if (j + 1 >= lx.size()) {
            return false;
        }
        Lexeme l = lx.get(j);
        boolean per = l.lower().equals("per") || (l.is('/') && l.glued());
        if (!per) {
            return false;
        }
        UnitTable.Match u = units.match(lx, j + 1);
        if (u == null && l.is('/') && lx.get(j + 1).text().equals("s") && lx.get(j + 1).glued()
                && (Lexeme.endsPhraseOrWordBoundary(lx, j + 2) || denominatorPower(lx, j + 2) > 0)) {
            u = new UnitTable.Match(units.byName("second"), j + 1, j + 2); // "40 kb/s": "s" alone is too ambiguous
        }
        if (u == null) {
            return false;
        }
        String denominator = u.unit().name();
        int end = u.to();
        int power = denominatorPower(lx, end);
        if (power > 0) {
            denominator = (power == 2 ? "square " : "cubic ") + denominator; // "km/s2", "J/m^2", "kg/cm³"
            end += lx.get(end).is('^') ? 2 : 1;
        }
        ex.unit = ex.unit + " per " + denominator;
        ex.measure = new UnitTable.Unit(ex.unit, NumberType.QUANTITY, ex.measure.dimension() + "/" + u.unit().dimension()
                + (power > 0 ? power : ""), ex.measure.factor() / Math.pow(u.unit().factor(), Math.max(1, power)));
        ex.type = NumberType.QUANTITY;
        ex.to = end;
        return true;
    }

    /** The power written glued after a unit ("s2", "m^2", "cm³"): 2, 3, or 0 for none. */
    private static int denominatorPower(List<Lexeme> lx, int k) {
        if (k >= lx.size() || !lx.get(k).glued()) {
            return 0;
        }
        Lexeme l = lx.get(k);
        if (l.is('²') || l.is('³')) {
            return l.is('²') ? 2 : 3;
        }
        if (l.is('^') && k + 1 < lx.size() && lx.get(k + 1).glued()) {
            l = lx.get(++k);
        }
        boolean alone = k + 1 >= lx.size() || lx.get(k + 1).gap() > 0 || !lx.get(k + 1).isDigits();
        if (l.isDigits() && (l.text().equals("2") || l.text().equals("3")) && alone) {
            return Integer.parseInt(l.text());
        }
        return 0;
    }

    /** "7 feet 10 inches", "2 years and 3 months", "1 hour fifteen", "an hour and a half": one amount. */
    private void sequence(List<Lexeme> lx, Expression ex) {
        UnitTable.Unit smallest = ex.measure;
        double base = ex.value * smallest.factor();
        boolean extended = false;
        int n = lx.size();
        while (true) {
            int j = ex.to;
            if (j < n && lx.get(j).is(',')) {
                j++;
            }
            if (j < n && lx.get(j).lower().equals("and")) {
                j++;
            }
            if (j >= n) {
                break;
            }
            // and a half
            if (j + 1 < n && (lx.get(j).lower().equals("a") || lx.get(j).lower().equals("an"))
                    && lx.get(j + 1).lower().equals("half") && j > ex.to) {
                base += 0.5 * ex.measure.factor();
                ex.to = j + 2;
                extended = true;
                break;
            }
            if (lx.get(j).lower().equals("half") && j > ex.to && lx.get(j - 1).lower().equals("and")) {
                base += 0.5 * ex.measure.factor();
                ex.to = j + 1;
                extended = true;
                break;
            }
            if (!numerals.startsNumber(lx, j)) {
                break;
            }
            Numeral part = numerals.parse(lx, j);
            if (part == null || part.rejected() || part.ordinal()) {
                break;
            }
            UnitTable.Match u = units.match(lx, part.to());
            if (u != null && u.unit().dimension().equals(smallest.dimension()) && u.unit().factor() < smallest.factor()
                    && !smallest.dimension().equals("celsius")) {
                base += part.value() * u.unit().factor();
                smallest = u.unit();
                ex.to = u.to();
                extended = true;
                continue;
            }
            // "1 hour fifteen": the next smaller time unit is implied
            if (u == null && smallest.isTime() && smallest.name().equals("hour") && part.value() < 60
                    && Lexeme.endsPhrase(lx, part.to())) {
                UnitTable.Unit minute = units.byName("minute");
                base += part.value() * minute.factor();
                smallest = minute;
                ex.to = part.to();
                extended = true;
            }
            break;
        }
        if (extended) {
            ex.measure = smallest;
            ex.unit = smallest.name();
            ex.value = base / smallest.factor();
        }
    }

    /** "aged 43", "age 87", "87 yo". */
    void age(List<Lexeme> lx, Expression ex, int floor) {
        if (ex.value != Math.rint(ex.value) || ex.value <= 0 || ex.value > 130) {
            return;
        }
        int j = ex.to;
        if (j < lx.size() && (lx.get(j).lower().equals("yo") || lx.get(j).lower().equals("y.o"))) {
            ex.type = NumberType.AGE;
            ex.unit = "year";
            ex.to = j + 1;
            return;
        }
        int b = ex.from - 1;
        // news style: "Quina Jones, 25, said", "says Morrison, 26.", "Paul Block Jr., 49, of Waterloo"
        boolean afterName = b - 1 >= floor && lx.get(b).is(',') && (lx.get(b - 1).isCapitalized()
                || lx.get(b - 1).is('.') && b - 2 >= floor && lx.get(b - 2).isCapitalized());
        boolean closes = j < lx.size() && (lx.get(j).is(',') || lx.get(j).is('.') || lx.get(j).is(';') || lx.get(j).is(')'));
        if (afterName && closes && ex.numeral.plainInteger() != null && ex.numeral.plainInteger().length() <= 3
                && ex.value >= 1 && ex.value <= 120) {
            ex.type = NumberType.AGE;
            ex.unit = "year";
            return;
        }
        if (b >= floor && (lx.get(b).lower().equals("aged") || lx.get(b).lower().equals("age"))) {
            ex.type = NumberType.AGE;
            ex.unit = "year";
            ex.from = b;
        } else if (b - 1 >= floor && lx.get(b).lower().equals("of") && lx.get(b - 1).lower().equals("age")) {
            ex.type = NumberType.AGE; // "at the age of 61"
            ex.unit = "year";
            ex.from = b - 1;
        }
    }
}
