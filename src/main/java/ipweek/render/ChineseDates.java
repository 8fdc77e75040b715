package ipweek.render;

import java.time.DayOfWeek;
import java.time.LocalDate;

/** Dates as Chinese government pages write them: 2026年4月20日 (no zero padding, GB/T 9704), 星期一. */
public final class ChineseDates {

    private static final String[] WEEKDAYS = {"星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日"};

    private ChineseDates() {
    }

    public static String full(LocalDate d) {
        return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }

    public static String monthDay(LocalDate d) {
        return d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }

    public static String weekday(LocalDate d) {
        DayOfWeek w = d.getDayOfWeek();
        return WEEKDAYS[w.getValue() - 1];
    }

    /** 2026年4月20日至26日, 2026年4月28日至5月3日, 2026年4月20日 (one day). */
    public static String range(LocalDate start, LocalDate end) {
        if (start.equals(end)) {
            return full(start);
        }
        if (start.getYear() != end.getYear()) {
            return full(start) + "至" + full(end);
        }
        if (start.getMonthValue() != end.getMonthValue()) {
            return full(start) + "至" + monthDay(end);
        }
        return full(start) + "至" + end.getDayOfMonth() + "日";
    }

    /** The short form for schedules: 4月20日 or 4月20日—4月26日. */
    public static String shortRange(LocalDate start, LocalDate end) {
        return start.equals(end) ? monthDay(start) : monthDay(start) + "—" + monthDay(end);
    }
}
