package ipweek.model;

/** 地理标志商标的种类. */
public enum MarkKind implements Coded {
    CERTIFICATION("certification", "证明商标"),
    COLLECTIVE("collective", "集体商标");

    private final String code;
    private final String label;

    MarkKind(String code, String label) {
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
