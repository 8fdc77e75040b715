package ipweek.model;

/**
 * Markdown rendered to HTML once, with links to other pages of the site written as {@link #ROOT} + a path from the
 * site root. The same text appears on pages at different depths, so each page puts its own way back to the root in
 * place of the marker ({@link #forPage}); that keeps every link relative and the site movable to any sub-path.
 */
public record Markdown(String html) {

    /** A private-use character: it cannot come from an editor's text, which flexmark escapes or passes through. */
    public static final String ROOT = "\uE000";

    public static final Markdown EMPTY = new Markdown("");

    public Markdown {
        html = html == null ? "" : html;
    }

    public String forPage(String rootPrefix) {
        return html.replace(ROOT, rootPrefix);
    }

    public boolean isEmpty() {
        return html.isBlank();
    }
}
