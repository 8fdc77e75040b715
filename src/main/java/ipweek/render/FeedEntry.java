package ipweek.render;

/** One entry of the Atom feed, with absolute URLs and RFC 3339 dates. */
public record FeedEntry(String title, String url, String updated, String summary, String author) {
}
