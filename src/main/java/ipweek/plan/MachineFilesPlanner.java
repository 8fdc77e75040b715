package ipweek.plan;

import ipweek.model.Article;
import ipweek.model.Paths;
import ipweek.model.SitePage;
import ipweek.render.FeedEntry;
import ipweek.render.SitemapEntry;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * {@code sitemap.xml} and the Atom feed. Their dates come from the content (never the clock), so two builds of the
 * same content are byte-identical.
 */
final class MachineFilesPlanner {

    static final int FEED_SIZE = 20;

    private final ViewFactory views;

    private final PlanMemo memo;

    MachineFilesPlanner(ViewFactory views, PlanMemo memo) {
        this.views = views;
        this.memo = memo;
    }

    /** A page the site map lists: its file and the date of its content. */
    private record Listed(String file, String lastmod) {
    }

    /** Adds the two files for the pages in {@code out}, plus the search page when it is planned apart ({@code withSearch} false). */
    void plan(List<PageJob> out, boolean withSearch) {
        // The site map is kept while the listed pages and their dates are (an edit rarely changes them), which saves
        // the preview making and sorting 20,000 entries per edit.
        List<Listed> listed = out.stream().filter(PageJob::isListedPage).map(j -> new Listed(j.file(), j.lastmod())).toList();
        out.add(memo.page("machine", "sitemap.xml", List.of(listed, withSearch), () -> sitemap(listed, withSearch)));
        feed(out);
    }

    private PageJob sitemap(List<Listed> listed, boolean withSearch) {
        Stream<SitemapEntry> search = withSearch ? Stream.of() : Stream.of(new SitemapEntry(views.absolute(SitePage.SEARCH.path()), ""));
        List<SitemapEntry> entries = Stream.concat(search, listed.stream()
                .map(l -> new SitemapEntry(views.absolute(l.file().substring(0, l.file().length() - "index.html".length())),
                        l.lastmod())))
                .sorted(java.util.Comparator.comparing(SitemapEntry::loc))
                .toList();
        return new PageJob("sitemap.xml", "sitemap", true, Map.of("entries", entries), "");
    }

    private void feed(List<PageJob> out) {
        List<Article> latest = views.site().articles().stream().limit(FEED_SIZE).toList();
        String updated = latest.isEmpty() ? views.site().week().start() + "T00:00:00+08:00" : stamp(latest.get(0));
        List<FeedEntry> feed = latest.stream()
                .map(a -> new FeedEntry(a.title(), views.absolute(Paths.article(a)), stamp(a), a.summary(),
                        a.author().isEmpty() ? a.source() : a.author()))
                .toList();
        out.add(new PageJob("feed.xml", "feed", true, Map.of(
                "feedId", views.absolute(""),
                "feedTitle", views.site().config().title(),
                "updated", updated,
                "selfUrl", views.absolute("feed.xml"),
                "siteUrl", views.absolute(""),
                "entries", feed), ""));
    }

    /** RFC 3339 in China Standard Time, the zone the dates were written in. */
    private static String stamp(Article a) {
        String time = a.time().map(t -> String.format("%02d:%02d:00", t.getHour(), t.getMinute())).orElse("00:00:00");
        return a.date() + "T" + time + "+08:00";
    }
}
