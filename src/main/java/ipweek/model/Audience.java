package ipweek.model;

/** 面向对象 of an activity. */
public enum Audience implements Coded {
    PUBLIC("public", "社会公众"),
    ENTERPRISE("enterprise", "企业"),
    STUDENTS("students", "青少年学生"),
    OFFICIALS("officials", "机关干部"),
    IP_SERVICES("ip_services", "知识产权服务机构");

    private final String code;
    private final String label;

    Audience(String code, String label) {
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
