package ipweek.model;

import ipweek.diag.SourceRef;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The publicity week of the year (宣传周) and the publicity calendar, from {@code content/week.yaml}. */
public record Week(
        int year,
        int edition,
        LocalDate start,
        LocalDate end,
        String nationalTheme,
        String worldTheme,
        String localTheme,
        Optional<PlanDocument> plan,
        List<KeyDate> keyDates,
        SourceRef at) {

    public Week {
        keyDates = List.copyOf(keyDates);
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(start) && !day.isAfter(end);
    }

    /** 活动方案: the plan document, optionally published as an article. */
    public record PlanDocument(String title, String docNumber, String articleSlug, SourceRef at) {
    }

    /** A date of the publicity calendar: a day ({@code month} and {@code day}) or a whole month ({@code day} 0). */
    public record KeyDate(int month, int day, String name, String note, SourceRef at) {
        public boolean isWholeMonth() {
            return day == 0;
        }
    }
}
