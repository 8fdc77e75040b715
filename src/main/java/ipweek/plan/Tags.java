package ipweek.plan;

import ipweek.model.Article;
import ipweek.model.Slugs;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The site's tags with their ASCII slugs. Two tags that transliterate alike (商标 and 伤标) get {@code -2}, in a
 * fixed order (by the tag's text), so URLs never depend on which article was read first.
 */
final class Tags {

    record Tag(String label, String slug, List<Article> articles) {
    }

    private final List<Tag> all;
    private final Map<String, String> slugs;

    Tags(List<Article> articles) {
        Map<String, List<Article>> byLabel = new TreeMap<>();
        for (Article a : articles) {
            for (String t : a.tags()) {
                byLabel.computeIfAbsent(t, k -> new ArrayList<>()).add(a);
            }
        }
        Set<String> used = new HashSet<>();
        List<Tag> tags = new ArrayList<>();
        Map<String, String> bySlug = new HashMap<>();
        for (Map.Entry<String, List<Article>> e : byLabel.entrySet()) {
            String base = Slugs.of(e.getKey());
            String slug = base;
            for (int n = 2; !used.add(slug); n++) {
                slug = base + "-" + n;
            }
            tags.add(new Tag(e.getKey(), slug, List.copyOf(e.getValue())));
            bySlug.put(e.getKey(), slug);
        }
        this.all = List.copyOf(tags);
        this.slugs = Map.copyOf(bySlug);
    }

    List<Tag> all() {
        return all;
    }

    String slug(String label) {
        return slugs.get(label);
    }
}
