package ipweek.plan;

import ipweek.model.Paths;
import ipweek.model.SitePage;
import ipweek.model.StaticPage;
import ipweek.model.Week;
import ipweek.render.KeyDateView;
import ipweek.render.PageView;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The publicity calendar, about and accessibility pages, other Markdown pages, the site map page and the 404 page. */
final class InfoPlanner {

    private final ViewFactory views;
    private final Sections sections;
    private final ActivityPlanner activities;

    InfoPlanner(ViewFactory views, Sections sections, ActivityPlanner activities) {
        this.views = views;
        this.sections = sections;
        this.activities = activities;
    }

    void plan(List<PageJob> out) {
        calendar(out);
        out.add(textPage("about", SitePage.ABOUT, "关于本专题", pageText("guanyu")));
        out.add(textPage("accessibility", SitePage.ACCESSIBILITY, "无障碍说明", pageText("wuzhangai")));
        for (StaticPage p : views.site().pages()) {
            if (!p.slug().equals("guanyu") && !p.slug().equals("wuzhangai")) {
                PageView page = views.page("page", Paths.page(p.slug()), p.title()).build();
                out.add(new PageJob(Paths.file(page.path()), "page", false, views.model(page, SitePage.ABOUT,
                        Map.of("bodyHtml", p.body().forPage(page.root()))), ""));
            }
        }
        PageView map = views.page("sitemap-page", SitePage.SITEMAP.path(), "网站地图").build();
        out.add(new PageJob(Paths.file(map.path()), "sitemap-page", false,
                views.model(map, SitePage.SITEMAP, Map.of("sections", sections.all(map))), ""));
        PageView notFound = views.page("404", "404.html", "页面未找到").absoluteRoot().build();
        out.add(new PageJob("404.html", "404", false, views.model(notFound, SitePage.HOME, Map.of()), ""));
    }

    private Optional<StaticPage> pageText(String slug) {
        return views.site().pages().stream().filter(p -> p.slug().equals(slug)).findFirst();
    }

    private PageJob textPage(String template, SitePage sitePage, String fallbackTitle, Optional<StaticPage> text) {
        String title = text.map(StaticPage::title).orElse(fallbackTitle);
        PageView page = views.page(template, sitePage.path(), title).build();
        String html = text.map(t -> t.body().forPage(page.root())).orElse("");
        return new PageJob(Paths.file(page.path()), template, false, views.model(page, sitePage, Map.of("bodyHtml", html)), "");
    }

    private void calendar(List<PageJob> out) {
        PageView page = views.page("calendar", SitePage.CALENDAR.path(), "宣传日历").column("宣传日历", "宣传日历").build();
        Week week = views.site().week();
        List<KeyDateView> dates = week.keyDates().stream()
                .sorted(Comparator.comparingInt(Week.KeyDate::month).thenComparingInt(Week.KeyDate::day)
                        .thenComparing(Week.KeyDate::name))
                .map(k -> new KeyDateView(k.isWholeMonth() ? k.month() + "月（全月）" : k.month() + "月" + k.day() + "日",
                        k.name(), k.note(), k.isWholeMonth(), !k.isWholeMonth() && inWeek(week, k)))
                .toList();
        out.add(new PageJob(Paths.file(page.path()), "calendar", false, views.model(page, SitePage.CALENDAR, Map.of(
                "keyDates", dates, "days", activities.days(page))), ""));
    }

    private static boolean inWeek(Week week, Week.KeyDate k) {
        try {
            return week.contains(LocalDate.of(week.year(), k.month(), k.day()));
        } catch (java.time.DateTimeException e) {
            return false; // 02-29 in a common year
        }
    }
}
