package ipweek.parse;

import ipweek.diag.Problem;
import ipweek.model.BatchOccasion;
import ipweek.model.CaseBatch;
import ipweek.model.Markdown;
import ipweek.model.OrdinalStyle;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Reads a batch's own fields: {@code content/cases/<id>/_batch.yaml}, or the top of {@code content/cases/<id>.yaml}
 * which also holds the {@code cases:} list. The batch's id is its folder or file name.
 */
final class CaseBatchParser {

    static final String[] FIELDS = {"id", "title", "publisher", "published", "occasion", "batch_label", "ordinal_style",
        "expected_count", "intro", "source_url"};

    private CaseBatchParser() {
    }

    /** The batch without its cases, and its intro waiting to be rendered. */
    record Parsed(CaseBatch header, PendingTexts.Text intro) {
    }

    /** @param extraFields keys the file may also hold ({@code cases} in a whole-batch file) */
    static Optional<Parsed> parse(Fields f, String id, String[] lines, String... extraFields) {
        String[] allowed = java.util.stream.Stream.concat(java.util.Arrays.stream(FIELDS), java.util.Arrays.stream(extraFields))
                .toArray(String[]::new);
        f.allow(allowed);
        String declared = f.text("id");
        if (declared != null && !declared.equals(id)) {
            f.diagnostics().report(Problem.FIELD_FORMAT, f.at("id"), f.fieldPath("id"), declared,
                    "批次标识就是文件夹名（或文件名）“" + id + "”，可以删去 id 这一行");
        }
        String title = f.requiredText("title");
        String publisher = f.requiredText("publisher");
        LocalDate published = f.date("published", true);
        BatchOccasion occasion = f.enumValue("occasion", BatchOccasion.class, false);
        OrdinalStyle style = f.enumValue("ordinal_style", OrdinalStyle.class, false);
        Integer written = f.integer("expected_count", false);
        if (written != null && written < 1) {
            f.diagnostics().report(Problem.FIELD_FORMAT, f.at("expected_count"), f.fieldPath("expected_count"), written,
                    "正整数，例如 10");
        }
        Integer expected = written != null && written >= 1 ? written : null;
        String sourceUrl = Urls.optional(f, "source_url");
        String intro = f.text("intro");
        if (title == null || publisher == null || published == null) {
            return Optional.empty();
        }
        CaseBatch header = new CaseBatch(id, title, publisher, published,
                occasion == null ? BatchOccasion.OTHER : occasion, f.text("batch_label"),
                style == null ? OrdinalStyle.CHINESE : style,
                Optional.ofNullable(expected).map(n -> new CaseBatch.ExpectedCount(n, f.at("expected_count"))), Markdown.EMPTY, sourceUrl,
                List.of(), f.at());
        return Optional.of(new Parsed(header, new PendingTexts.Text(intro, ActivityParser.blockStart(f.at("intro"), lines))));
    }
}
