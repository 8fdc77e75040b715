package ipweek.model;

/**
 * 涉案金额的种类, in the order a case page's amounts table lists them. All amounts are stored in 元. 罚款 is an
 * administrative fine, 罚金 a criminal one: different things, so different keys.
 */
public enum AmountKind implements Coded {
    ILLEGAL_REVENUE("illegal_revenue", "违法经营额"),
    GOODS_VALUE("goods_value", "涉案货值"),
    INVOLVED_AMOUNT("involved_amount", "涉案金额"),
    ILLEGAL_GAINS("illegal_gains", "违法所得"),
    CONFISCATED_INCOME("confiscated_income", "没收违法所得"),
    FINE("fine", "罚款"),
    CRIMINAL_FINE("criminal_fine", "罚金"),
    DAMAGES("damages", "判赔金额");

    private final String code;
    private final String label;

    AmountKind(String code, String label) {
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
