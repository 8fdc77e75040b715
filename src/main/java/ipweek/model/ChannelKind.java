package ipweek.model;

/** 维权渠道的类型, in the order the rights-protection guide presents them (quickest first). */
public enum ChannelKind implements Coded {
    HOTLINE("hotline", "服务热线"),
    ONLINE_PLATFORM("online_platform", "网上平台"),
    AGENCY("agency", "行政机关"),
    PROTECTION_CENTER("protection_center", "知识产权保护中心"),
    AID_CENTER("aid_center", "维权援助机构"),
    CUSTOMS("customs", "海关"),
    MEDIATION("mediation", "调解组织"),
    ARBITRATION("arbitration", "仲裁机构"),
    COURT("court", "人民法院"),
    POLICE("police", "公安机关"),
    ECOMMERCE("ecommerce", "电商平台");

    private final String code;
    private final String label;

    ChannelKind(String code, String label) {
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
