package ipweek.plan;

import ipweek.model.CaseBatch;
import ipweek.model.Site;
import ipweek.model.TypicalCase;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The site's cases by facet value, computed once per facet when first asked for: for each facet, its values in
 * reading order, each with its cases in library order (newest batch first, batch order within it).
 */
final class CaseIndex {

    /** A facet value and the cases that have it. */
    record Entry(CaseFacet.Value value, List<TypicalCase> cases) {
    }

    private final Site site;
    private final Map<String, CaseBatch> batches = new HashMap<>();
    /** Made on first use: the home page needs only {@link #batch} for its four case cards. */
    private final Map<CaseFacet, List<Entry>> entries = new EnumMap<>(CaseFacet.class);

    CaseIndex(Site site) {
        this.site = site;
        site.caseBatches().forEach(b -> batches.put(b.id(), b));
    }

    private List<Entry> index(CaseFacet facet) {
        return FacetGroups.byValue(site.cases(), c -> facet.values(c, batch(c)), Entry::new);
    }

    CaseBatch batch(TypicalCase c) {
        return batches.get(c.batchId());
    }

    synchronized List<Entry> entries(CaseFacet facet) {
        return entries.computeIfAbsent(facet, this::index);
    }
}
