package ipweek.render;

import java.util.List;

/** One day of the week's schedule grid. */
public record DayView(String iso, String dateLabel, String weekday, boolean today, List<ActivityCard> activities) {

    public DayView {
        activities = List.copyOf(activities);
    }
}
