package ipweek.model;

/**
 * The three ways a geographical indication is protected in China. One product can hold more than one. Each knows its
 * short badge text, the authority in charge now, its legal basis and what identifies a protection.
 */
public enum GiRegime implements Coded {
    PGI("pgi", "地理标志保护产品", "保护产品", "国家知识产权局", "《地理标志产品保护办法》", "保护公告号"),
    GI_MARK("gi_mark", "地理标志证明商标、集体商标", "地理标志商标", "国家知识产权局",
            "《中华人民共和国商标法》《集体商标、证明商标注册和管理规定》", "商标注册号"),
    AGI("agi", "农产品地理标志", "农产品地理标志", "农业农村部", "《农产品地理标志管理办法》", "登记证书编号");

    private final String code;
    private final String label;
    private final String badge;
    private final String authority;
    private final String legalBasis;
    private final String identifierLabel;

    GiRegime(String code, String label, String badge, String authority, String legalBasis, String identifierLabel) {
        this.code = code;
        this.label = label;
        this.badge = badge;
        this.authority = authority;
        this.legalBasis = legalBasis;
        this.identifierLabel = identifierLabel;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String label() {
        return label;
    }

    public String badge() {
        return badge;
    }

    public String authority() {
        return authority;
    }

    public String legalBasis() {
        return legalBasis;
    }

    public String identifierLabel() {
        return identifierLabel;
    }

    /** The URL segment under {@code /dlbz/baohu/}. */
    public String slug() {
        return code.replace('_', '-');
    }
}
