package ipweek.model;

/**
 * Where each kind of content is published, as folders from the site root ending in {@code /}. Every page is an
 * {@code index.html} in its folder so that it works on any web server and inside host CMSs without rewrites.
 */
public final class Paths {

    private Paths() {
    }

    public static String article(Article article) {
        return "dongtai/" + article.date().getYear() + "/" + article.slug() + "/";
    }

    public static String column(Column column) {
        return "dongtai/" + column.slug() + "/";
    }

    public static String activity(String id) {
        return "huodong/" + id + "/";
    }

    public static String tag(String tagSlug) {
        return "biaoqian/" + tagSlug + "/";
    }

    public static String page(String slug) {
        return slug + "/";
    }

    /** Page {@code n} (from 1) of a paginated list at {@code base}. */
    public static String paged(String base, int n) {
        return n <= 1 ? base : base + "page/" + n + "/";
    }

    /** The file a folder path is written to. */
    public static String file(String folder) {
        return folder.isEmpty() || folder.endsWith("/") ? folder + "index.html" : folder;
    }
}
