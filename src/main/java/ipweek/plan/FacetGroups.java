package ipweek.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

/** Items grouped by the values of one facet, as the case library and the GI exhibition list them. */
final class FacetGroups {

    private FacetGroups() {
    }

    /**
     * Each value {@code valuesOf} gives any of {@code items}, in reading order (sort key, then slug), made into an
     * entry with the items that have it, in their given order.
     */
    static <T, E> List<E> byValue(List<T> items, Function<T, List<CaseFacet.Value>> valuesOf,
                                  BiFunction<CaseFacet.Value, List<T>, E> entry) {
        Map<String, CaseFacet.Value> values = new HashMap<>();
        Map<String, List<T>> grouped = new HashMap<>();
        for (T item : items) {
            for (CaseFacet.Value v : valuesOf.apply(item)) {
                values.putIfAbsent(v.slug(), v);
                grouped.computeIfAbsent(v.slug(), k -> new ArrayList<>()).add(item);
            }
        }
        Map<String, E> sorted = new LinkedHashMap<>();
        values.values().stream()
                .sorted(Comparator.comparing(CaseFacet.Value::sortKey).thenComparing(CaseFacet.Value::slug))
                .forEach(v -> sorted.put(v.slug(), entry.apply(v, List.copyOf(grouped.get(v.slug())))));
        return List.copyOf(sorted.values());
    }
}
