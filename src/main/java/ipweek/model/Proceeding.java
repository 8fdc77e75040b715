package ipweek.model;

/**
 * 程序类型 of a typical case. Each knows what publishers usually call the middle part of the case (处理结果, 裁判结果,
 * 检察履职情况 …), what its document number is called (处罚决定书文号, 案号 …) and whether that number is a court
 * 案号, which is written with round brackets （2025）豫09民初1号, not the 〔〕 of administrative documents.
 */
public enum Proceeding implements Coded {
    ADMINISTRATIVE_PENALTY("administrative_penalty", "行政处罚", "处理结果", "处罚决定书文号", "决定日期", false),
    ADMINISTRATIVE_RULING("administrative_ruling", "行政裁决", "处理结果", "裁决书文号", "裁决日期", false),
    ADMINISTRATIVE_MEDIATION("administrative_mediation", "行政调解", "调解结果", "调解书文号", "调解日期", false),
    PEOPLE_MEDIATION("people_mediation", "人民调解", "调解结果", "调解协议编号", "调解日期", false),
    CIVIL("civil", "民事诉讼", "裁判结果", "案号", "裁判日期", true),
    CRIMINAL("criminal", "刑事案件", "处理结果", "案号", "判决日期", true),
    CUSTOMS("customs", "海关执法", "处理结果", "处罚决定书文号", "决定日期", false),
    PROCURATORIAL("procuratorial", "检察监督", "检察履职情况", "案号", "决定日期", true),
    ECOMMERCE("ecommerce", "平台处置", "处置结果", "处置编号", "处置日期", false);

    private final String code;
    private final String label;
    private final String resultLabel;
    private final String documentLabel;
    private final String dateLabel;
    private final boolean judicial;

    Proceeding(String code, String label, String resultLabel, String documentLabel, String dateLabel, boolean judicial) {
        this.code = code;
        this.label = label;
        this.resultLabel = resultLabel;
        this.documentLabel = documentLabel;
        this.dateLabel = dateLabel;
        this.judicial = judicial;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String label() {
        return label;
    }

    /** The heading of the middle part when the case does not give its own {@code result_label}. */
    public String resultLabel() {
        return resultLabel;
    }

    public String documentLabel() {
        return documentLabel;
    }

    public String dateLabel() {
        return dateLabel;
    }

    /** Courts and procuratorates number cases （2025）豫09民初1号: round brackets are right there. */
    public boolean judicial() {
        return judicial;
    }

    /** The URL segment under {@code /anli/chengxu/}. */
    public String slug() {
        return code.replace('_', '-');
    }
}
