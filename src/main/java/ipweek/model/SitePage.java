package ipweek.model;

/** The site's fixed pages that navigation can name in {@code site.yaml} ({@code page: activities}). */
public enum SitePage implements Coded {
    HOME("home", "首页", ""),
    ACTIVITIES("activities", "活动安排", "huodong/"),
    NEWS("news", "新闻动态", "dongtai/"),
    CALENDAR("calendar", "宣传日历", "rili/"),
    TAGS("tags", "标签", "biaoqian/"),
    ABOUT("about", "关于专题", "guanyu/"),
    ACCESSIBILITY("accessibility", "无障碍说明", "wuzhangai/"),
    SITEMAP("sitemap", "网站地图", "ditu/"),
    CHANNELS("channels", "维权指南", "weiquan/"),
    LAWS("laws", "法律法规", "fagui/"),
    HANDBOOK("handbook", "维权手册", "shouce/"),
    CASES("cases", "典型案例", "anli/"),
    GI("gi", "地理标志", "dlbz/"),
    SEARCH("search", "站内搜索", "sousuo/");

    private final String code;
    private final String label;
    private final String path;

    SitePage(String code, String label, String path) {
        this.code = code;
        this.label = label;
        this.path = path;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String label() {
        return label;
    }

    /** Its folder from the site root, ending in {@code /} ("" for the home page). */
    public String path() {
        return path;
    }
}
