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

    /** A rights-protection channel's page under 维权指南. */
    public static String channel(String id) {
        return SitePage.CHANNELS.path() + id + "/";
    }

    /** One chapter of the handbook's web version. */
    public static String handbookChapter(String chapterId) {
        return SitePage.HANDBOOK.path() + chapterId + "/";
    }

    /** The whole handbook on one page, for printing from a browser; the PDF is made from it. */
    public static String handbookPrint() {
        return SitePage.HANDBOOK.path() + "print/";
    }

    /** The handbook PDF, made at build time. */
    public static String handbookPdf(Handbook handbook) {
        return SitePage.HANDBOOK.path() + handbook.pdfFile();
    }

    /** The folders under 典型案例 that are facet and batch pages, so no case may take them as its id. */
    public static final java.util.Set<String> CASE_FOLDERS = java.util.Set.of("pici", "leixing", "chengxu", "xingdong",
            "nian", "danwei", "page");

    /** The folders under 地理标志产品网上展 that are facet pages (baohu is also the explainer of the regimes). */
    public static final java.util.Set<String> GI_FOLDERS = java.util.Set.of("baohu", "leibie", "xianqu", "page");

    /** A typical case's page. */
    public static String typicalCase(String id) {
        return SitePage.CASES.path() + id + "/";
    }

    /** A batch of typical cases, its cases in order. */
    public static String caseBatch(String batchId) {
        return SitePage.CASES.path() + "pici/" + batchId + "/";
    }

    /** A facet of the case library: {@code facet} is one of {@link #CASE_FOLDERS} (leixing, chengxu …). */
    public static String caseFacet(String facet, String value) {
        return SitePage.CASES.path() + facet + "/" + value + "/";
    }

    /** A geographical-indication product's page. */
    public static String giProduct(String id) {
        return SitePage.GI.path() + id + "/";
    }

    /** A facet of the GI exhibition: {@code facet} is one of {@link #GI_FOLDERS} (baohu, leibie, xianqu). */
    public static String giFacet(String facet, String value) {
        return SitePage.GI.path() + facet + "/" + value + "/";
    }

    /** The explainer of the three protection regimes and the official GI mark. */
    public static String giRegimes() {
        return SitePage.GI.path() + "baohu/";
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
