package ipweek.render;

import java.util.List;

/**
 * A GI product in the exhibition grid: thumbnail (null when it has no picture), name, county, category, regime
 * badges, and the facet values the filter script matches.
 */
public record GiCard(String id, String name, String url, String county, String countyUrl, String category,
                     String categoryCode, List<Badge> badges, ImageView thumbnail, int users,
                     List<CaseCard.Filter> filter) {

    public GiCard {
        badges = List.copyOf(badges);
        filter = List.copyOf(filter);
    }

    /** A regime badge: its code (for the badge's colour) and its text, which always carries the meaning. */
    public record Badge(String code, String label, String url) {
    }
}
