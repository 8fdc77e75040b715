package ipweek.render;

/** An article in a list: title, link, date, column and summary, and a cover image if it has one. */
public record ArticleCard(String title, String url, String date, String dateLabel, String columnLabel, String columnUrl,
                          String summary, ImageView cover, boolean draft, boolean scheduled) {
}
