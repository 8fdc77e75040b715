package ipweek.model;

/** How a batch numbers its cases: 案例一、案例二 … or 案例1、案例2 …, as the publisher printed them. */
public enum OrdinalStyle implements Coded {
    CHINESE("chinese", "案例一"),
    ARABIC("arabic", "案例1");

    private final String code;
    private final String label;

    OrdinalStyle(String code, String label) {
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
