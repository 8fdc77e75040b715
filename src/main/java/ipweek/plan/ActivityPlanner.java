package ipweek.plan;

import ipweek.model.Activity;
import ipweek.model.Article;
import ipweek.model.Audience;
import ipweek.model.Paths;
import ipweek.model.SitePage;
import ipweek.model.Week;
import ipweek.render.ActivityView;
import ipweek.render.ChineseDates;
import ipweek.render.DayView;
import ipweek.render.PageView;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The week's schedule (a day-by-day grid and the full list) and one page per activity. */
final class ActivityPlanner {

    private final ViewFactory views;

    ActivityPlanner(ViewFactory views) {
        this.views = views;
    }

    void plan(List<PageJob> out) {
        List<Activity> activities = views.site().activities();
        PageView page = views.page("activities", SitePage.ACTIVITIES.path(), "活动安排").column("活动安排", "活动安排").build();
        Week week = views.site().week();
        List<ipweek.render.ActivityCard> outside = activities.stream()
                .filter(a -> a.end().isBefore(week.start()) || a.start().isAfter(week.end()))
                .map(a -> views.activityCard(a, page)).toList();
        out.add(new PageJob(Paths.file(page.path()), "activities", false, views.model(page, SitePage.ACTIVITIES, Map.of(
                "days", days(page),
                "activities", activities.stream().map(a -> views.activityCard(a, page)).toList(),
                "outsideWeek", outside)), ""));
        for (Activity a : activities) {
            out.add(activity(a));
        }
    }

    /** The seven (or however many) days of the week, each with the activities running that day. */
    List<DayView> days(PageView page) {
        Week week = views.site().week();
        List<DayView> days = new ArrayList<>();
        for (LocalDate d = week.start(); !d.isAfter(week.end()); d = d.plusDays(1)) {
            LocalDate day = d;
            days.add(new DayView(day.toString(), ChineseDates.monthDay(day), ChineseDates.weekday(day),
                    day.equals(views.site().today()),
                    views.site().activities().stream().filter(a -> a.runsOn(day)).map(a -> views.activityCard(a, page)).toList()));
        }
        return days;
    }

    private PageJob activity(Activity a) {
        PageView page = views.page("activity", Paths.activity(a.id()), a.title())
                .column("活动安排", "活动安排")
                .crumb("活动安排", SitePage.ACTIVITIES.path())
                .build();
        List<Article> related = a.relatedArticles().stream()
                .map(ref -> views.site().articles().stream().filter(x -> x.slug().equals(ref.slug())).findFirst().orElse(null))
                .filter(Objects::nonNull).toList();
        ActivityView view = new ActivityView(views.activityCard(a, page), a.onlineUrl(), a.leadUnit(), a.partnerUnits(),
                a.audience().stream().map(Audience::label).toList(), a.summary().forPage(page.root()),
                related.stream().map(r -> views.articleCard(r, page)).toList());
        return new PageJob(Paths.file(page.path()), "activity", false, views.model(page, SitePage.ACTIVITIES, Map.of(
                "activity", view, "scheduleUrl", page.rel(SitePage.ACTIVITIES.path()))), "");
    }
}
