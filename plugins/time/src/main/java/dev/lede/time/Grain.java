package dev.lede.time;

/** How fine a calendar value is: the last field its TIMEX3 value states. */
enum Grain {
    CENTURY, DECADE, YEAR, HALF, QUARTER, SEASON, MONTH, WEEK_OF_MONTH, WEEK, WEEKEND, DAY
}
