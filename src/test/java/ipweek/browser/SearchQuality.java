package ipweek.browser;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** The search quality fixture ({@code search/queries.tsv}) and recall@10 and mean reciprocal rank over it. */
record SearchQuality(double recallAt10, double mrr, List<String> misses) {

    /** One query and the pages (site-root URLs) it must return, the best first. */
    record Query(String text, List<String> expected) {
    }

    static List<Query> fixture() throws IOException {
        List<Query> out = new ArrayList<>();
        try (InputStream in = SearchQuality.class.getResourceAsStream("/search/queries.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                out.add(new Query(cols[0], List.of(cols[1].trim().split(" +"))));
            }
        }
        return out;
    }

    /**
     * Recall@10: the share of a query's expected pages among its first ten results, averaged over the queries.
     * MRR: 1 / the rank of the first expected page in the results (0 if none in the first ten), averaged.
     */
    static SearchQuality measure(List<Query> queries, Function<String, List<String>> search) {
        double recall = 0;
        double rr = 0;
        List<String> misses = new ArrayList<>();
        for (Query q : queries) {
            List<String> top = search.apply(q.text()).stream().limit(10).toList();
            long found = q.expected().stream().filter(top::contains).count();
            recall += (double) found / q.expected().size();
            int first = -1;
            for (int i = 0; i < top.size() && first < 0; i++) {
                if (q.expected().contains(top.get(i))) {
                    first = i;
                }
            }
            rr += first < 0 ? 0 : 1.0 / (first + 1);
            if (found < q.expected().size() || first != 0) {
                misses.add(q.text() + " → found " + found + "/" + q.expected().size() + ", first at "
                        + (first < 0 ? "-" : first + 1) + ": " + top);
            }
        }
        return new SearchQuality(recall / queries.size(), rr / queries.size(), misses);
    }

    String summary() {
        return String.format(java.util.Locale.ROOT, "recall@10 %.3f, MRR %.3f", recallAt10, mrr);
    }
}
