package ipweek.diag;

/**
 * The codes of every problem ipweek reports, with their severity. The Chinese texts live in
 * {@code ipweek/diag/Messages.properties} under {@code CODE.message} and {@code CODE.hint}.
 */
public enum Problem {
    // Files and encodings
    FILE_UNREADABLE(Severity.ERROR),
    ENCODING_GBK(Severity.ERROR),
    ENCODING_INVALID(Severity.ERROR),
    ENCODING_BOM(Severity.WARNING),
    LINE_ENDINGS_CRLF(Severity.WARNING),
    PLACEHOLDER_LEFT(Severity.WARNING),
    FILE_EMPTY(Severity.ERROR),
    FILE_TOO_LARGE(Severity.ERROR),
    FILE_MISSING(Severity.ERROR),
    SOURCE_MISSING(Severity.ERROR),
    // YAML
    YAML_SYNTAX(Severity.ERROR),
    YAML_TAB(Severity.ERROR),
    YAML_FULLWIDTH_COLON(Severity.ERROR),
    YAML_FULLWIDTH_SPACE(Severity.ERROR),
    YAML_DUPLICATE_KEY(Severity.ERROR),
    YAML_ALIAS(Severity.ERROR),
    YAML_NOT_MAP(Severity.ERROR),
    YAML_NOT_LIST(Severity.ERROR),
    FRONT_MATTER_MISSING(Severity.ERROR),
    FRONT_MATTER_UNCLOSED(Severity.ERROR),
    // Fields
    FIELD_UNKNOWN(Severity.ERROR),
    FIELD_REQUIRED(Severity.ERROR),
    FIELD_TYPE(Severity.ERROR),
    FIELD_ENUM(Severity.ERROR),
    FIELD_FORMAT(Severity.ERROR),
    DATE_INVALID(Severity.ERROR),
    DATE_UNQUOTED(Severity.WARNING),
    TIME_INVALID(Severity.ERROR),
    DATE_RANGE(Severity.ERROR),
    TITLE_TOO_LONG(Severity.WARNING),
    DOC_NUMBER_BRACKETS(Severity.WARNING),
    URL_INVALID(Severity.ERROR),
    URL_INSECURE(Severity.WARNING),
    // Identity and site
    IDENTITY_FORMAT(Severity.ERROR),
    NAV_UNKNOWN_PAGE(Severity.ERROR),
    BASE_URL_INVALID(Severity.ERROR),
    // Content rules
    SLUG_INVALID(Severity.ERROR),
    SLUG_DUPLICATE(Severity.ERROR),
    ID_DUPLICATE(Severity.ERROR),
    NUMBER_SEQUENCE(Severity.ERROR),
    COLUMN_MISMATCH(Severity.ERROR),
    COLUMN_UNKNOWN(Severity.ERROR),
    ACTIVITY_OUTSIDE_WEEK(Severity.WARNING),
    ACTIVITY_ONLINE_URL(Severity.WARNING),
    REF_UNKNOWN(Severity.ERROR),
    // Rights protection: channels, laws and the handbook (issue 4)
    ENTRY_ID_DUPLICATE(Severity.ERROR),
    DATA_REF_UNKNOWN(Severity.ERROR),
    PHONE_FORMAT(Severity.ERROR),
    PHONE_LEGACY_12330(Severity.WARNING),
    VERIFIED_STALE(Severity.WARNING),
    VERIFIED_EXPIRED(Severity.ERROR),
    VERIFIED_FUTURE(Severity.WARNING),
    LAW_DATES(Severity.WARNING),
    LAW_REPEALED_IN_HANDBOOK(Severity.ERROR),
    HANDBOOK_INCLUDE_EMPTY(Severity.ERROR),
    HANDBOOK_CHAPTER_UNUSED(Severity.WARNING),
    HANDBOOK_FONT_MISSING(Severity.ERROR),
    HANDBOOK_FONT_FORMAT(Severity.ERROR),
    HANDBOOK_FONT_LICENSE(Severity.WARNING),
    HANDBOOK_FONT_GLYPHS(Severity.WARNING),
    HANDBOOK_PAGES_PADDED(Severity.WARNING),
    HANDBOOK_PDF_FAILED(Severity.ERROR),
    HANDBOOK_PDF_TOO_LARGE(Severity.WARNING),
    HANDBOOK_PDF_NOTE(Severity.WARNING),
    // Typical cases and geographical-indication products (issue 3)
    CASE_SEQUENCE(Severity.ERROR),
    CASE_FILE_ORDER(Severity.WARNING),
    CASE_COUNT_MISMATCH(Severity.WARNING),
    CASE_BATCH_EMPTY(Severity.WARNING),
    CASE_PARTY_NOT_ANONYMISED(Severity.ERROR),
    CASE_DECIDED_AFTER_RELEASE(Severity.WARNING),
    CASE_FINE_LIMIT(Severity.WARNING),
    CASE_ID_DUPLICATE(Severity.ERROR),
    CASE_BATCH_DUPLICATE(Severity.ERROR),
    AMOUNT_INVALID(Severity.ERROR),
    DATA_FILE_UNEXPECTED(Severity.ERROR),
    USCC_INVALID(Severity.ERROR),
    GI_PROTECTION_MISSING(Severity.ERROR),
    GI_AGI_FORMAT(Severity.ERROR),
    GI_NICE_CLASS(Severity.ERROR),
    GI_MARK_EXPIRED(Severity.WARNING),
    GI_SHOP_LINK(Severity.WARNING),
    GI_ID_DUPLICATE(Severity.ERROR),
    // Links and media
    LINK_BROKEN(Severity.ERROR),
    LINK_UNPUBLISHED(Severity.WARNING),
    ANCHOR_MISSING(Severity.ERROR),
    URL_UNSAFE(Severity.ERROR),
    PATH_ESCAPES(Severity.ERROR),
    SYMLINK_IGNORED(Severity.ERROR),
    IMAGE_MISSING(Severity.ERROR),
    IMAGE_ALT_MISSING(Severity.ERROR),
    IMAGE_CREDIT_MISSING(Severity.ERROR),
    ATTACHMENT_MISSING(Severity.ERROR),
    OUTPUT_CLASH(Severity.ERROR),
    // Templates and output
    TEMPLATE_ERROR(Severity.ERROR),
    TEMPLATE_MISSING(Severity.ERROR),
    OUTPUT_FAILED(Severity.ERROR);

    private final Severity severity;

    Problem(Severity severity) {
        this.severity = severity;
    }

    public Severity severity() {
        return severity;
    }
}
