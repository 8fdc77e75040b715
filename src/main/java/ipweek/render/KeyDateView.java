package ipweek.render;

/** A date of the publicity calendar ({@code dateLabel} 4月26日 or 9月（全月）). */
public record KeyDateView(String dateLabel, String name, String note, boolean wholeMonth, boolean inWeek) {
}
