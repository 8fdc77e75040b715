package ipweek.model;

/** 类别 of a geographical-indication product, in the order the exhibition lists them. */
public enum GiCategory implements Coded {
    GRAIN_OIL("grain_oil", "粮油"),
    FRUIT_VEG("fruit_veg", "果蔬"),
    TEA("tea", "茶叶"),
    LIQUOR("liquor", "酒类"),
    LIVESTOCK_AQUATIC("livestock_aquatic", "畜禽水产"),
    HERB("herb", "中药材"),
    PROCESSED_FOOD("processed_food", "加工食品"),
    CRAFT("craft", "工艺品"),
    OTHER("other", "其他");

    private final String code;
    private final String label;

    GiCategory(String code, String label) {
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

    /** The URL segment: ASCII with hyphens. */
    public String slug() {
        return code.replace('_', '-');
    }
}
