package ipweek.parse;

import ipweek.diag.Diagnostics;
import ipweek.diag.Problem;
import ipweek.diag.SourceRef;
import ipweek.model.Markdown;
import ipweek.model.Slugs;
import ipweek.model.StaticPage;
import ipweek.source.SourceFile;
import java.util.Optional;

/** Reads a stand-alone page: {@code content/pages/<slug>.md} with a {@code title} in its front matter. */
public final class PageParser {

    private final YamlReader yaml;

    public PageParser(YamlReader yaml) {
        this.yaml = yaml;
    }

    public Optional<Pending<StaticPage>> parse(SourceFile file, String contentFile, Diagnostics diagnostics) {
        Optional<FrontMatter> split = FrontMatterSplitter.split(file, diagnostics);
        if (split.isEmpty()) {
            return Optional.empty();
        }
        FrontMatter fm = split.get();
        return yaml.read(file.rel(), fm.yaml(), fm.yamlFirstLine(), diagnostics)
                .flatMap(node -> Fields.of(node, "", diagnostics))
                .flatMap(f -> {
                    f.allow("title", "slug");
                    String title = f.requiredText("title");
                    String slug = f.text("slug");
                    if (slug != null && !Slugs.isValid(slug)) {
                        diagnostics.report(Problem.SLUG_INVALID, f.at("slug"), "slug", slug, Slugs.of(slug));
                        return Optional.empty();
                    }
                    String finalSlug = slug == null ? Slugs.of(file.stem()) : slug;
                    if (title == null) {
                        return Optional.empty();
                    }
                    StaticPage page = new StaticPage(finalSlug, title, Markdown.EMPTY, SourceRef.at(file.rel(), 1, 1));
                    return Optional.of(new Pending<>(page, fm.body(), contentFile, file.rel(), fm.bodyFirstLine(),
                            body -> new StaticPage(page.slug(), page.title(), body, page.at())));
                });
    }
}
