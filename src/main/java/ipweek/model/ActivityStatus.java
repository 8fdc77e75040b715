package ipweek.model;

import java.time.LocalDate;

/** Where an activity stands on the build date; {@code cancelled} is the only status editors set by hand. */
public enum ActivityStatus implements Coded {
    UPCOMING("upcoming", "未开始"),
    ONGOING("ongoing", "进行中"),
    FINISHED("finished", "已结束"),
    CANCELLED("cancelled", "已取消");

    private final String code;
    private final String label;

    ActivityStatus(String code, String label) {
        this.code = code;
        this.label = label;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String label() {
        return label;
    }

    public static ActivityStatus on(LocalDate today, LocalDate start, LocalDate end) {
        if (today.isBefore(start)) {
            return UPCOMING;
        }
        return today.isAfter(end) ? FINISHED : ONGOING;
    }
}
