package ipweek.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Everything a build publishes, checked and sorted: articles newest first (then by slug), activities by number,
 * pages by slug. {@code today} is the build date that decides activity status and what is scheduled.
 */
public record Site(
        SiteConfig config,
        Week week,
        List<Activity> activities,
        List<Article> articles,
        List<StaticPage> pages,
        Map<String, MediaFile> media,
        LocalDate today) {

    public Site {
        activities = List.copyOf(activities);
        articles = List.copyOf(articles);
        pages = List.copyOf(pages);
        media = Map.copyOf(media);
    }
}
