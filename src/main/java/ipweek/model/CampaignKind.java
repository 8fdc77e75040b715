package ipweek.model;

/**
 * 专项行动 named in enforcement plans, each with the agency that leads it. Two different campaigns are both called 净网
 * (the customs' and the 扫黄打非 offices'), so they are two values. {@code other} needs a name in the case file.
 */
public enum CampaignKind implements Coded {
    TIEQUAN("tiequan", "铁拳", "市场监管部门"),
    KUNLUN("kunlun", "昆仑", "公安机关"),
    CHUNLEI("chunlei", "春雷", "公安机关"),
    JIANWANG("jianwang", "剑网", "版权、网信、公安、工业和信息化部门"),
    LONGTENG("longteng", "龙腾", "海关"),
    LANWANG("lanwang", "蓝网", "海关"),
    JINGWANG_CUSTOMS("jingwang_customs", "净网（海关）", "海关"),
    JINGWANG_SDFP("jingwang_sdfp", "净网（扫黄打非）", "“扫黄打非”工作机构"),
    QIUFENG("qiufeng", "秋风", "“扫黄打非”工作机构"),
    OTHER("other", "其他专项行动", "");

    private final String code;
    private final String label;
    private final String leadAgency;

    CampaignKind(String code, String label, String leadAgency) {
        this.code = code;
        this.label = label;
        this.leadAgency = leadAgency;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String label() {
        return label;
    }

    /** 牵头部门, "" for {@code other}. */
    public String leadAgency() {
        return leadAgency;
    }

    /** The campaign's own name without the disambiguation: 净网. */
    public String shortName() {
        int paren = label.indexOf('（');
        return paren < 0 ? label : label.substring(0, paren);
    }

    /** The URL segment under {@code /anli/xingdong/}. */
    public String slug() {
        return code.replace('_', '-');
    }
}
