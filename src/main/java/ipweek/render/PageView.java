package ipweek.render;

import java.util.List;

/**
 * What every page template knows about the page itself: titles, {@code root} (the relative way back to the site root,
 * "" on the home page, {@code ../../} two folders down), the canonical URL, the government-site metadata
 * (ColumnName, ColumnType, PubDate, ContentSource …), breadcrumbs and the Open Graph image.
 */
public record PageView(
        String kind,
        String title,
        String headTitle,
        String root,
        String path,
        String canonicalUrl,
        String columnName,
        String columnType,
        String description,
        List<String> keywords,
        String pubDate,
        String contentSource,
        String author,
        List<LinkView> breadcrumbs,
        String ogType,
        String ogImage) {

    public PageView {
        keywords = List.copyOf(keywords);
        breadcrumbs = List.copyOf(breadcrumbs);
    }

    /** A URL from the site root, made relative to this page ({@code "./"} for the root itself). */
    public String rel(String sitePath) {
        String url = root + sitePath;
        return url.isEmpty() ? "./" : url;
    }
}
