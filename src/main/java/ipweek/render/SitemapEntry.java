package ipweek.render;

/** One URL of {@code sitemap.xml}: absolute, with the date its content last changed ("" when unknown). */
public record SitemapEntry(String loc, String lastmod) {
}
