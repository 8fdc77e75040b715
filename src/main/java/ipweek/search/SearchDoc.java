package ipweek.search;

import java.util.List;
import java.util.Objects;

/**
 * One searchable page: its type, title, URL from the site root ({@code dongtai/2026/x/}, {@code fagui/#law-x}), date
 * ({@code 2026-04-20}, or "" for undated content), plain body text and short extra fields (tags, document numbers,
 * phone numbers, units) that are searched like the body but not shown in snippets.
 */
public record SearchDoc(SearchType type, String title, String url, String date, String text, List<String> fields) {

    public SearchDoc {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(url, "url");
        date = date == null ? "" : date;
        text = text == null ? "" : text;
        fields = fields.stream().filter(f -> f != null && !f.isBlank()).toList();
        if (url.startsWith("/") || url.contains("://")) {
            throw new IllegalArgumentException("search URLs are relative to the site root: " + url);
        }
    }
}
