package ipweek.model;

/** 活动形式: the kinds of activities publicity-week plans list. */
public enum ActivityForm implements Coded {
    LAUNCH_CEREMONY("launch_ceremony", "启动仪式"),
    PRESS_CONFERENCE("press_conference", "新闻发布会"),
    CASE_RELEASE("case_release", "典型案例发布"),
    ENFORCEMENT("enforcement", "联合执法"),
    SQUARE_EVENT("square_event", "广场宣传"),
    EXHIBITION("exhibition", "成果展"),
    ONLINE_EXHIBITION("online_exhibition", "网上展"),
    LECTURE("lecture", "讲座/微讲堂"),
    TRAINING("training", "培训"),
    ENTERPRISE_VISIT("enterprise_visit", "入企服务"),
    CAMPUS("campus", "进校园"),
    COMMUNITY("community", "进社区"),
    QUIZ("quiz", "知识竞答"),
    LIVESTREAM("livestream", "直播"),
    OPEN_DAY("open_day", "开放日"),
    PUBLICATION("publication", "资料发放"),
    MEDIA("media", "媒体宣传"),
    OTHER("other", "其他");

    private final String code;
    private final String label;

    ActivityForm(String code, String label) {
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

    /** Forms that happen online, where a link is expected. */
    public boolean isOnline() {
        return this == ONLINE_EXHIBITION || this == LIVESTREAM || this == QUIZ;
    }
}
