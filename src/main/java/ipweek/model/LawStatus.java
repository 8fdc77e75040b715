package ipweek.model;

/** 时效性 of a law: in force (possibly amended since it was first passed) or repealed. */
public enum LawStatus implements Coded {
    CURRENT("current", "现行有效"),
    AMENDED("amended", "已修改"),
    REPEALED("repealed", "已废止");

    private final String code;
    private final String label;

    LawStatus(String code, String label) {
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

    /** Still in force: may be quoted to the public and printed in the handbook. */
    public boolean inForce() {
        return this != REPEALED;
    }
}
