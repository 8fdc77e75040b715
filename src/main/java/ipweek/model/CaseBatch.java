package ipweek.model;

import ipweek.diag.SourceRef;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A release of typical cases (发布批次): {@code content/cases/<id>/_batch.yaml} with one file per case, or
 * {@code content/cases/<id>.yaml} with a {@code cases:} list. {@code cases} are in batch order (案例一 first).
 */
public record CaseBatch(
        String id,
        String title,
        String publisher,
        LocalDate published,
        BatchOccasion occasion,
        String label,
        OrdinalStyle ordinalStyle,
        Optional<ExpectedCount> expectedCount,
        Markdown intro,
        String sourceUrl,
        List<TypicalCase> cases,
        SourceRef at) {

    public CaseBatch {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(publisher, "publisher");
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(occasion, "occasion");
        Objects.requireNonNull(ordinalStyle, "ordinalStyle");
        Objects.requireNonNull(expectedCount, "expectedCount");
        label = label == null ? "" : label;
        intro = intro == null ? Markdown.EMPTY : intro;
        sourceUrl = sourceUrl == null ? "" : sourceUrl;
        cases = List.copyOf(cases);
    }

    /** 预期案例数 as the batch file declares it, and where. */
    public record ExpectedCount(int count, SourceRef at) {
    }

    public CaseBatch withCases(List<TypicalCase> newCases, Markdown newIntro) {
        return new CaseBatch(id, title, publisher, published, occasion, label, ordinalStyle, expectedCount, newIntro,
                sourceUrl, newCases, at);
    }
}
