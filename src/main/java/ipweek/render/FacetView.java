package ipweek.render;

import java.util.List;

/**
 * One way of narrowing a list (权利类型, 年度 …): its key (the URL folder, and the name the filter script uses), its label
 * and its values, each a link to its own list page with the number of items it holds.
 */
public record FacetView(String key, String label, List<Value> values) {

    public FacetView {
        values = List.copyOf(values);
    }

    /** A value: {@code code} is what list items carry for the script, {@code url} its page ("" for none). */
    public record Value(String code, String label, String url, int count, boolean current) {
    }
}
