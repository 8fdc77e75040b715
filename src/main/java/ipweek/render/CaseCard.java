package ipweek.render;

import java.util.List;

/**
 * A typical case in a list: its number in its batch (案例三), title, link, batch, handling unit, date and labels, and
 * {@code filter} — the facet values the library's filter script matches ({@code key → space-separated codes}).
 */
public record CaseCard(String id, String ordinal, String title, String url, String batchTitle, String batchUrl,
                       String handlingUnit, String date, String dateLabel, List<String> ipTypes, String proceeding,
                       List<String> campaigns, List<Filter> filter, boolean scheduled) {

    public CaseCard {
        ipTypes = List.copyOf(ipTypes);
        campaigns = List.copyOf(campaigns);
        filter = List.copyOf(filter);
    }

    /** One facet's values of an item, as {@code data-filter-<key>="v1 v2"}. */
    public record Filter(String key, String values) {
    }
}
