package ipweek.render;

/** A link as templates print it: text, a URL relative to the page, and whether it is the current page or section. */
public record LinkView(String label, String url, boolean current) {

    public static LinkView of(String label, String url) {
        return new LinkView(label, url, false);
    }
}
