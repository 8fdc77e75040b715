package ipweek.model;

/** 权利类型 (typical cases): what was infringed or protected. {@code slug()} is its URL segment under {@code /anli/leixing/}. */
public enum IpType implements Coded {
    TRADEMARK("trademark", "商标"),
    PATENT("patent", "专利"),
    COUNTERFEIT_PATENT("counterfeit_patent", "假冒专利"),
    COPYRIGHT("copyright", "著作权"),
    GEOGRAPHICAL_INDICATION("geographical_indication", "地理标志"),
    TRADE_SECRET("trade_secret", "商业秘密"),
    UNFAIR_COMPETITION("unfair_competition", "不正当竞争"),
    PLANT_VARIETY("plant_variety", "植物新品种"),
    IC_LAYOUT("ic_layout", "集成电路布图设计"),
    SPECIAL_MARK("special_mark", "特殊标志"),
    COUNTERFEIT_GOODS("counterfeit_goods", "假冒伪劣商品");

    private final String code;
    private final String label;

    IpType(String code, String label) {
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

    /** The URL segment: ASCII with hyphens. */
    public String slug() {
        return code.replace('_', '-');
    }
}
