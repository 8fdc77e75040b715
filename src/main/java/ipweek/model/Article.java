package ipweek.model;

import ipweek.diag.SourceRef;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A news item, notice or explainer: a Markdown file under {@code content/articles/<column>/}. */
public record Article(
        String slug,
        Column column,
        String title,
        LocalDate date,
        Optional<LocalTime> time,
        String source,
        String author,
        String summary,
        List<String> tags,
        List<String> keywords,
        Optional<Image> cover,
        List<Attachment> attachments,
        GovInfo govInfo,
        String externalUrl,
        boolean draft,
        Markdown body,
        SourceRef at) {

    public Article {
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(date, "date");
        tags = List.copyOf(tags);
        keywords = List.copyOf(keywords);
        attachments = List.copyOf(attachments);
        author = author == null ? "" : author;
        summary = summary == null ? "" : summary;
        externalUrl = externalUrl == null ? "" : externalUrl;
    }

    /** 政务公开 metadata of notices and policy documents; all optional. */
    public record GovInfo(String docNumber, String indexNumber, String issuingAuthority, Optional<LocalDate> writtenDate) {
        public static final GovInfo NONE = new GovInfo("", "", "", Optional.empty());

        public boolean isEmpty() {
            return docNumber.isEmpty() && indexNumber.isEmpty() && issuingAuthority.isEmpty() && writtenDate.isEmpty();
        }
    }
}
