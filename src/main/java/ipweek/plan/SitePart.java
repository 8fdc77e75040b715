package ipweek.plan;

import ipweek.model.Site;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The parts of a {@link Site} a planner may read, besides the configuration, the week and the build date that every
 * page's frame shows. A memoized planner gets a site holding only the parts it declares ({@link #keep}), so what it
 * reads is exactly what its memo is keyed on: a planner that starts reading another part sees it empty in every
 * build, and the site tests notice, rather than the preview showing stale pages.
 */
enum SitePart {
    ARTICLES, ACTIVITIES, PAGES, CHANNELS, LAWS, HANDBOOK, CASES, GI;

    /** {@code site} with every part not in {@code parts} empty (and no media: planners never read them). */
    static Site keep(Site site, Set<SitePart> parts) {
        return new Site(site.config(), site.week(),
                parts.contains(ACTIVITIES) ? site.activities() : List.of(),
                parts.contains(ARTICLES) ? site.articles() : List.of(),
                parts.contains(PAGES) ? site.pages() : List.of(),
                Map.of(), site.today(),
                parts.contains(CHANNELS) ? site.channels() : List.of(),
                parts.contains(LAWS) ? site.laws() : List.of(),
                parts.contains(HANDBOOK) ? site.handbook() : Optional.empty(),
                parts.contains(CASES) ? site.caseBatches() : List.of(),
                parts.contains(GI) ? site.giProducts() : List.of());
    }
}
