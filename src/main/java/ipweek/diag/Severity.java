package ipweek.diag;

/** How bad a problem is: errors fail the build, warnings are printed. */
public enum Severity {
    ERROR("错误"),
    WARNING("警告");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    /** The word editors see in front of the message. */
    public String label() {
        return label;
    }
}
