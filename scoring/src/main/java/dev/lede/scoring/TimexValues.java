package dev.lede.scoring;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compares TIMEX3 values as the reference scorer does ({@code norm_timex}, {@code _point_fits} and
 * {@code time_value_ok} in {@code score.py}): only exactly equivalent spellings are equated (zero seconds and minutes
 * dropped, a full date's {@code T00} dropped, one-digit weeks padded), and a resolved prediction fits an
 * underspecified gold value ({@code XXXX-04-15}, {@code XXXX-WXX-5}), point by point in ranges.
 */
final class TimexValues {
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern ONE_DIGIT_WEEK = Pattern.compile("-W(\\d)(?!\\d)");
    private static final Pattern CLOCK = Pattern.compile("(.*T\\d\\d)(:\\d\\d)?(:\\d\\d(?:[.,]\\d+)?)?");
    private static final Pattern FULL_DATE_T00 = Pattern.compile("(\\d{4}-\\d\\d-\\d\\d)T00");
    private static final Pattern WEEKDAY_PATTERN = Pattern.compile("XXXX-WXX-([1-7])((?:T.*)?)");
    private static final Pattern FULL_DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})((?:T.*)?)");

    private TimexValues() {
    }

    /** Whether the predicted time's value equals or fits the gold value or one of its alternatives. */
    static boolean valueOk(JsonNode gold, JsonNode pred) {
        String pv = normalise(PyJson.get(pred, "value"));
        if (pv == null) {
            return false;
        }
        List<JsonNode> golds = new ArrayList<>();
        golds.add(PyJson.get(gold, "value"));
        golds.addAll(alternatives(gold));
        for (JsonNode g : golds) {
            String gv = normalise(g);
            if (gv != null && valueFits(gv, pv)) {
                return true;
            }
        }
        return false;
    }

    // list(g.get("valueAlternatives") or []): an array's items; a string's characters (as Python's list() gives)
    private static List<JsonNode> alternatives(JsonNode gold) {
        JsonNode alt = PyJson.get(gold, "valueAlternatives");
        List<JsonNode> out = new ArrayList<>();
        if (alt == null || !PyJson.truthy(alt)) {
            return out;
        }
        if (alt.isArray()) {
            alt.forEach(out::add);
        } else if (alt.isTextual()) {
            alt.textValue().codePoints().forEach(c -> out.add(
                    com.fasterxml.jackson.databind.node.TextNode.valueOf(new String(Character.toChars(c)))));
        }
        return out;
    }

    /** A value as a comparable string, or null when missing or empty. */
    static String normalise(JsonNode v) {
        if (v == null || v.isNull()) {
            return null;
        }
        String s = WHITESPACE.matcher(PyJson.pyStr(v)).replaceAll("").toUpperCase(Locale.ROOT);
        if (s.isEmpty()) {
            return null;
        }
        if (s.startsWith("(") && s.endsWith(")")) {
            List<String> points = new ArrayList<>();
            for (String p : pySplit(s.substring(1, s.length() - 1))) {
                points.add(normalisePoint(p));
            }
            return "(" + String.join(",", points) + ")";
        }
        return normalisePoint(s);
    }

    static String normalisePoint(String point) {
        String s = ONE_DIGIT_WEEK.matcher(point).replaceAll("-W0$1");
        Matcher m = CLOCK.matcher(s);
        if (m.matches()) {
            String head = m.group(1);
            String mm = m.group(2) == null ? "" : m.group(2);
            String ss = m.group(3) == null ? "" : m.group(3);
            if (!ss.isEmpty() && Double.parseDouble(ss.substring(1).replace(',', '.')) == 0) {
                ss = "";
            }
            if (mm.equals(":00") && ss.isEmpty()) {
                mm = "";
            }
            s = head + mm + ss;
        }
        Matcher t00 = FULL_DATE_T00.matcher(s);
        return t00.matches() ? t00.group(1) : s;
    }

    static boolean valueFits(String gold, String pred) {
        if (gold.startsWith("(") && pred.startsWith("(")) {
            List<String> g = pySplit(gold.substring(1, gold.length() - 1));
            List<String> p = pySplit(pred.substring(1, pred.length() - 1));
            if (g.size() != p.size()) {
                return false;
            }
            for (int i = 0; i < g.size(); i++) {
                if (!pointFits(g.get(i), p.get(i))) {
                    return false;
                }
            }
            return true;
        }
        return pointFits(gold, pred);
    }

    /**
     * Every X of a date-like gold value stands for a digit, and {@code XXXX-WXX-5} is any date on that ISO weekday
     * with the same time; durations and other values with X only match themselves.
     */
    static boolean pointFits(String gold, String pred) {
        if (gold.equals(pred)) {
            return true;
        }
        if (gold.indexOf('X') < 0 || gold.startsWith("P") || pred.indexOf('X') >= 0) {
            return false;
        }
        Matcher m = WEEKDAY_PATTERN.matcher(gold);
        Matcher d = FULL_DATE.matcher(pred);
        if (m.matches() && d.matches()) {
            try {
                int year = Integer.parseInt(d.group(1));
                if (year < 1) {
                    return false; // Python's date has no year 0
                }
                int weekday = LocalDate.of(year, Integer.parseInt(d.group(2)), Integer.parseInt(d.group(3)))
                        .getDayOfWeek().getValue();
                return weekday == Integer.parseInt(m.group(1)) && m.group(2).equals(d.group(4));
            } catch (DateTimeException e) {
                return false;
            }
        }
        StringBuilder regex = new StringBuilder();
        for (char c : gold.toCharArray()) {
            regex.append(c == 'X' ? "\\d" : Pattern.quote(String.valueOf(c)));
        }
        return Pattern.matches(regex.toString(), pred);
    }

    // Python's str.split(","): keeps empty pieces, also trailing ones
    private static List<String> pySplit(String s) {
        return List.of(s.split(",", -1));
    }
}
