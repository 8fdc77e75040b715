package ipweek.parse;

import ipweek.diag.Diagnostics;
import ipweek.diag.Problem;
import ipweek.diag.SourceRef;
import ipweek.model.Article;
import ipweek.model.Column;
import ipweek.model.Image;
import ipweek.model.Markdown;
import ipweek.model.Slugs;
import ipweek.source.SourceFile;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.Optional;

/** Reads an article: {@code content/articles/<column>/<slug>.md}, YAML front matter and a Markdown body. */
public final class ArticleParser {

    /** Longer titles wrap badly in lists and are cut off in search results and shares. */
    static final int TITLE_LIMIT = 60;

    private final YamlReader yaml;
    private final MediaRefs media;

    public ArticleParser(YamlReader yaml, MediaRefs media) {
        this.yaml = yaml;
        this.media = media;
    }

    /** @param contentFile the file's path from the content folder, {@code articles/notice/plan.md} */
    public Optional<Pending<Article>> parse(SourceFile file, String contentFile, Diagnostics diagnostics) {
        String[] parts = contentFile.split("/");
        Optional<Column> folderColumn = parts.length >= 3 ? Column.byCode(parts[1]) : Optional.empty();
        if (folderColumn.isEmpty()) {
            String allowed = String.join("、", Arrays.stream(Column.values()).map(c -> c.code() + "（" + c.label() + "）").toList());
            diagnostics.report(Problem.COLUMN_UNKNOWN, SourceRef.file(file.rel()), "column",
                    parts.length >= 3 ? parts[1] : "articles", allowed);
            return Optional.empty();
        }
        Optional<FrontMatter> split = FrontMatterSplitter.split(file, diagnostics);
        if (split.isEmpty()) {
            return Optional.empty();
        }
        FrontMatter fm = split.get();
        return yaml.read(file.rel(), fm.yaml(), fm.yamlFirstLine(), diagnostics)
                .flatMap(node -> Fields.of(node, "", diagnostics))
                .flatMap(f -> article(f, file, contentFile, folderColumn.get(), fm));
    }

    private Optional<Pending<Article>> article(Fields f, SourceFile file, String contentFile, Column column, FrontMatter fm) {
        f.allow("title", "date", "time", "column", "source", "author", "summary", "tags", "keywords", "cover",
                "attachments", "doc_number", "index_number", "issuing_authority", "written_date", "external_url",
                "draft", "slug");
        String title = f.requiredText("title");
        if (title != null && title.codePointCount(0, title.length()) > TITLE_LIMIT) {
            f.diagnostics().report(Problem.TITLE_TOO_LONG, f.at("title"), "title",
                    title.codePointCount(0, title.length()), TITLE_LIMIT);
        }
        LocalDate date = f.date("date", true);
        LocalTime time = f.time("time");
        Column declared = f.enumValue("column", Column.class, false);
        if (declared != null && declared != column) {
            f.diagnostics().report(Problem.COLUMN_MISMATCH, f.at("column"), "column", declared.code(), column.code());
        }
        String source = f.requiredText("source");
        Optional<Image> cover = media.image(f, "cover");
        var attachments = media.attachments(f, "attachments");
        String docNumber = SiteConfigParser.orEmpty(f.text("doc_number"));
        DocNumbers.check(f, "doc_number", docNumber);
        Article.GovInfo gov = new Article.GovInfo(docNumber, SiteConfigParser.orEmpty(f.text("index_number")),
                SiteConfigParser.orEmpty(f.text("issuing_authority")), Optional.ofNullable(f.date("written_date", false)));
        String externalUrl = Urls.optional(f, "external_url");
        boolean draft = f.bool("draft", false);
        String slug = f.text("slug");
        if (slug != null && !Slugs.isValid(slug)) {
            f.diagnostics().report(Problem.SLUG_INVALID, f.at("slug"), "slug", slug, Slugs.of(slug));
            return Optional.empty();
        }
        if (slug == null) {
            slug = Slugs.of(file.stem());
        }
        if (title == null || date == null || source == null) {
            return Optional.empty();
        }
        Article article = new Article(slug, column, title, date, Optional.ofNullable(time), source, f.text("author"),
                f.text("summary"), f.texts("tags"), f.texts("keywords"), cover, attachments,
                gov.isEmpty() ? Article.GovInfo.NONE : gov, externalUrl, draft, Markdown.EMPTY, SourceRef.at(file.rel(), 1, 1));
        return Optional.of(new Pending<>(article, fm.body(), contentFile, file.rel(), fm.bodyFirstLine(),
                body -> withBody(article, body)));
    }

    private static Article withBody(Article a, Markdown body) {
        return new Article(a.slug(), a.column(), a.title(), a.date(), a.time(), a.source(), a.author(), a.summary(),
                a.tags(), a.keywords(), a.cover(), a.attachments(), a.govInfo(), a.externalUrl(), a.draft(), body, a.at());
    }
}
