package ipweek.search;

/**
 * What a search result is, in the order results of equal rank are listed and the filters are shown. Documents are
 * numbered in this order, so the search page tells a document's type from its number alone (see
 * {@link SearchIndex.Manifest}).
 */
public enum SearchType {
    NEWS("news", "新闻"),
    ACTIVITY("activity", "活动"),
    CASE("case", "案例"),
    GI("gi", "地理标志"),
    HANDBOOK("handbook", "手册"),
    CHANNEL("channel", "维权渠道"),
    LAW("law", "法规"),
    PAGE("page", "页面");

    private final String code;
    private final String label;

    SearchType(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }
}
