package ipweek.plan;

import ipweek.model.Activity;
import ipweek.model.Article;
import ipweek.model.Column;
import ipweek.model.SitePage;
import ipweek.model.Week;
import ipweek.render.PageView;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The home page: the week's banner, the activities that matter on the build date, the latest news and notices. */
final class HomePlanner {

    static final int LATEST = 8;
    static final int NOTICES = 5;
    static final int ACTIVITIES = 6;

    private final ViewFactory views;
    private final Sections sections;

    HomePlanner(ViewFactory views, Sections sections) {
        this.views = views;
        this.sections = sections;
    }

    void plan(List<PageJob> out) {
        PageView page = views.page("home", "", views.site().config().title()).column("首页", "首页").build();
        List<Article> articles = views.site().articles();
        ActivityPick pick = pickActivities();
        out.add(new PageJob("index.html", "home", false, views.model(page, SitePage.HOME, HomeShowcase.with(views, page, HandbookPlanner.withHomeCard(views, page, Map.of(
                "activitiesHeading", pick.heading(),
                "activities", pick.activities().stream().map(a -> views.activityCard(a, page)).toList(),
                "latestNews", articles.stream().filter(a -> a.column() != Column.NOTICE).limit(LATEST)
                        .map(a -> views.articleCard(a, page)).toList(),
                "notices", articles.stream().filter(a -> a.column() == Column.NOTICE).limit(NOTICES)
                        .map(a -> views.articleCard(a, page)).toList(),
                "sections", sections.all(page),
                "scheduleUrl", page.rel(SitePage.ACTIVITIES.path()),
                "newsUrl", page.rel(SitePage.NEWS.path()),
                "calendarUrl", page.rel(SitePage.CALENDAR.path()))))), ""));
    }

    private record ActivityPick(String heading, List<Activity> activities) {
    }

    /** During the week: today's activities; before it: what comes next; after it: a look back at all of them. */
    private ActivityPick pickActivities() {
        LocalDate today = views.site().today();
        Week week = views.site().week();
        List<Activity> all = views.site().activities();
        if (week.contains(today)) {
            List<Activity> now = all.stream().filter(a -> a.runsOn(today)).limit(ACTIVITIES).toList();
            if (!now.isEmpty()) {
                return new ActivityPick("今日活动", now);
            }
        }
        List<Activity> upcoming = all.stream().filter(a -> !a.end().isBefore(today))
                .sorted(java.util.Comparator.comparing(Activity::start).thenComparingInt(Activity::no))
                .limit(ACTIVITIES).toList();
        if (!upcoming.isEmpty()) {
            return new ActivityPick("近期活动", upcoming);
        }
        return new ActivityPick("活动回顾", all.stream().limit(ACTIVITIES).toList());
    }
}
