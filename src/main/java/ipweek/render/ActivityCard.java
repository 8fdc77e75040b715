package ipweek.render;

/**
 * An activity in the schedule: number, title, link, form, dates and time, venue, and its status on the build date
 * ({@code statusCode} upcoming / ongoing / finished / cancelled, for a CSS class; {@code statusLabel} 未开始 …).
 */
public record ActivityCard(int no, String title, String url, String formLabel, String dateLabel, String time,
                           String venue, boolean online, String statusCode, String statusLabel) {
}
