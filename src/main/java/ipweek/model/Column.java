package ipweek.model;

/** The news columns (栏目); the folder under {@code content/articles/} names the column. */
public enum Column implements Coded {
    WORK_NEWS("work_news", "工作动态"),
    LOCAL_NEWS("local_news", "各地动态"),
    MEDIA("media", "媒体报道"),
    NOTICE("notice", "通知公告"),
    POLICY("policy", "政策文件"),
    INTERPRETATION("interpretation", "政策解读"),
    KNOWLEDGE("knowledge", "知识普及");

    private final String code;
    private final String label;

    Column(String code, String label) {
        this.code = code;
        this.label = label;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String label() {
        return label;
    }

    /** The URL segment: ASCII with hyphens, as URLs usually are. */
    public String slug() {
        return code.replace('_', '-');
    }

    public static java.util.Optional<Column> byCode(String code) {
        for (Column c : values()) {
            if (c.code.equals(code)) {
                return java.util.Optional.of(c);
            }
        }
        return java.util.Optional.empty();
    }
}
