package ipweek.model;

/** 效力级别 of a law or policy document, highest first (the order of the {@code /fagui/} page and the handbook). */
public enum LawLevel implements Coded {
    LAW("law", "法律"),
    ADMIN_REGULATION("admin_regulation", "行政法规"),
    JUDICIAL_INTERPRETATION("judicial_interpretation", "司法解释"),
    DEPT_RULE("dept_rule", "部门规章"),
    LOCAL_REGULATION("local_regulation", "地方性法规"),
    LOCAL_RULE("local_rule", "地方政府规章"),
    NORMATIVE_DOC("normative_doc", "规范性文件"),
    STANDARD("standard", "标准");

    private final String code;
    private final String label;

    LawLevel(String code, String label) {
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
