package ipweek.model;

/** 发布场合 of a batch of typical cases. */
public enum BatchOccasion implements Coded {
    IP_WEEK("ip_week", "知识产权宣传周"),
    ANNUAL("annual", "年度发布"),
    CAMPAIGN("campaign", "专项行动"),
    OTHER("other", "其他");

    private final String code;
    private final String label;

    BatchOccasion(String code, String label) {
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
}
