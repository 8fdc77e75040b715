package ipweek.render;

/** A tag with its page and how many articles carry it. */
public record TagView(String label, String url, int count) {
}
