package ipweek.model;

/** 当事人类型: natural persons must be anonymised (张某) in published cases. */
public enum PartyType implements Coded {
    NATURAL_PERSON("natural_person", "自然人"),
    LEGAL_PERSON("legal_person", "法人"),
    OTHER("other", "其他组织");

    private final String code;
    private final String label;

    PartyType(String code, String label) {
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
