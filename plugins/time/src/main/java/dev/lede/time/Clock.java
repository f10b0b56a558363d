package dev.lede.time;

/**
 * A time of day: an hour (with minutes and seconds when stated) or a part of the day (MO, AF, EV, NI, DT), as the
 * "T..." part of a TIMEX3 value.
 *
 * @param hour     0-24, or -1 for a part of the day
 * @param meridiem whether "am"/"pm" (or a part of the day) fixed the hour; an hour without one may be the pm one
 */
record Clock(int hour, int minute, int second, String part, boolean meridiem) {

    static Clock at(int hour, int minute) {
        return new Clock(hour, minute, -1, null, false);
    }

    static Clock part(String part) {
        return new Clock(-1, -1, -1, part, true);
    }

    Clock pm() {
        return hour >= 0 && hour < 12 ? new Clock(hour + 12, minute, second, part, true) : withMeridiem();
    }

    Clock am() {
        return hour == 12 ? new Clock(0, minute, second, part, true) : withMeridiem();
    }

    Clock withMeridiem() {
        return new Clock(hour, minute, second, part, true);
    }

    /** The clock read in a part of the day: "7 in the evening" is 19:00, "12 at night" midnight. */
    Clock in(String dayPart) {
        if (hour < 0 || meridiem) {
            return this;
        }
        return switch (dayPart) {
            case "AF", "EV" -> hour < 12 ? pm() : withMeridiem();
            case "NI" -> hour >= 6 && hour < 12 ? pm() : (hour == 12 ? am() : withMeridiem());
            case "MO" -> am();
            default -> this;
        };
    }

    /** Minutes since midnight, for ranges; -1 for a part of the day. */
    int minutes() {
        return hour < 0 ? -1 : hour * 60 + Math.max(0, minute);
    }

    String timex() {
        if (hour < 0) {
            return "T" + part;
        }
        StringBuilder b = new StringBuilder("T").append(Cal.pad(hour, 2));
        if (minute > 0 || second > 0) {
            b.append(':').append(Cal.pad(Math.max(0, minute), 2));
        }
        if (second > 0) {
            b.append(':').append(Cal.pad(second, 2));
        }
        return b.toString();
    }
}
