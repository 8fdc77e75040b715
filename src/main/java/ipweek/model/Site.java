package ipweek.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything a build publishes, checked and sorted: articles newest first (then by slug), activities by number,
 * pages by slug, channels by their order, laws by level and then as listed, case batches newest first (cases
 * in batch order), GI products by county and then name, in pinyin order. {@code today} is the build date that decides activity status and what is scheduled.
 */
public record Site(
        SiteConfig config,
        Week week,
        List<Activity> activities,
        List<Article> articles,
        List<StaticPage> pages,
        Map<String, MediaFile> media,
        LocalDate today,
        List<Channel> channels,
        List<Law> laws,
        Optional<Handbook> handbook,
        List<CaseBatch> caseBatches,
        List<GiProduct> giProducts) {

    public Site {
        activities = List.copyOf(activities);
        articles = List.copyOf(articles);
        pages = List.copyOf(pages);
        media = Map.copyOf(media);
        channels = List.copyOf(channels);
        laws = List.copyOf(laws);
        caseBatches = List.copyOf(caseBatches);
        giProducts = List.copyOf(giProducts);
    }

    /** Every published typical case, newest batch first and in batch order within a batch. */
    public List<TypicalCase> cases() {
        return caseBatches.stream().flatMap(b -> b.cases().stream()).toList();
    }
}
