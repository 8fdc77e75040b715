package ipweek.plan;

import ipweek.model.Article;
import ipweek.model.Column;
import ipweek.model.Paths;
import ipweek.model.SitePage;
import ipweek.render.ArticleView;
import ipweek.render.AttachmentView;
import ipweek.render.ChineseDates;
import ipweek.render.FileSizes;
import ipweek.render.LinkView;
import ipweek.render.PageView;
import ipweek.render.TagView;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** News: the list of all articles and one per column (paginated), the article pages, the tag pages. */
final class NewsPlanner {

    private final ViewFactory views;
    private final Tags tags;
    private final PlanMemo memo;

    NewsPlanner(ViewFactory views, Tags tags, PlanMemo memo) {
        this.views = views;
        this.tags = tags;
        this.memo = memo;
    }

    void plan(List<PageJob> out) {
        List<Article> articles = views.site().articles();
        lists(out, SitePage.NEWS.path(), "新闻动态", null, articles);
        for (Column column : Column.values()) {
            List<Article> inColumn = articles.stream().filter(a -> a.column() == column).toList();
            lists(out, Paths.column(column), column.label(), column, inColumn);
        }
        for (int i = 0; i < articles.size(); i++) {
            out.add(article(articles.get(i), i > 0 ? articles.get(i - 1) : null,
                    i + 1 < articles.size() ? articles.get(i + 1) : null));
        }
        tagPages(out);
    }

    private void lists(List<PageJob> out, String base, String heading, Column column, List<Article> items) {
        List<List<Article>> pages = Pagination.split(items);
        for (int n = 1; n <= pages.size(); n++) {
            // A list page shows its articles' cards and its place in the pagination: an edit changes a few of them.
            int at = n;
            out.add(memo.page("news", Paths.paged(base, n), List.of(pages.get(n - 1), n, pages.size(), heading),
                    () -> listPage(base, heading, column, pages, at)));
        }
    }

    private PageJob listPage(String base, String heading, Column column, List<List<Article>> pages, int n) {
        String title = n == 1 ? heading : heading + "（第" + n + "页）";
        var builder = views.page("news-list", Paths.paged(base, n), title)
                .column(heading, column == null ? "工作动态" : column.label());
        if (column != null) {
            builder.crumb("新闻动态", SitePage.NEWS.path());
        }
        PageView page = builder.build();
        List<LinkView> tabs = new ArrayList<>();
        tabs.add(new LinkView("全部", page.rel(SitePage.NEWS.path()), column == null));
        for (Column c : Column.values()) {
            tabs.add(new LinkView(c.label(), page.rel(Paths.column(c)), c == column));
        }
        return new PageJob(Paths.file(page.path()), "news-list", false, views.model(page, SitePage.NEWS, Map.of(
                "heading", heading,
                "columns", tabs,
                "items", pages.get(n - 1).stream().map(a -> views.articleCard(a, page)).toList(),
                "pagination", Pagination.view(base, n, pages.size(), page))), "");
    }

    /** An article's page, kept from the last plan while the article, its neighbours and its tags' pages are. */
    private PageJob article(Article a, Article newer, Article older) {
        List<Object> inputs = new ArrayList<>(List.of(a, Optional.ofNullable(newer), Optional.ofNullable(older)));
        a.tags().forEach(t -> inputs.add(tags.slug(t)));
        return memo.page("news", Paths.article(a), inputs, () -> articlePage(a, newer, older));
    }

    private PageJob articlePage(Article a, Article newer, Article older) {
        PageView page = views.page("article", Paths.article(a), a.title())
                .column(a.column().label(), a.column().label())
                .description(a.summary())
                .keywords(a.keywords().isEmpty() ? a.tags() : a.keywords())
                .article(a)
                .crumb("新闻动态", SitePage.NEWS.path())
                .crumb(a.column().label(), Paths.column(a.column()))
                .build();
        List<LinkView> tagLinks = a.tags().stream()
                .map(t -> LinkView.of(t, page.rel(Paths.tag(tags.slug(t))))).toList();
        List<AttachmentView> attachments = a.attachments().stream()
                .map(f -> new AttachmentView(f.title(), page.rel(f.media().output()),
                        f.media().extension().toUpperCase(java.util.Locale.ROOT), FileSizes.human(f.media().size())))
                .toList();
        Article.GovInfo gov = a.govInfo();
        ArticleView view = new ArticleView(a.title(), a.date().toString(), ChineseDates.full(a.date()),
                a.time().map(Object::toString).orElse(""), a.column().label(), page.rel(Paths.column(a.column())),
                a.source(), a.author(), a.summary(), tagLinks, a.cover().map(c -> views.image(c, page)).orElse(null),
                attachments, gov.docNumber(), gov.indexNumber(), gov.issuingAuthority(),
                gov.writtenDate().map(ChineseDates::full).orElse(""), a.externalUrl(), a.body().forPage(page.root()),
                newer == null ? null : LinkView.of(newer.title(), page.rel(Paths.article(newer))),
                older == null ? null : LinkView.of(older.title(), page.rel(Paths.article(older))),
                a.draft(), a.date().isAfter(views.site().today()));
        return new PageJob(Paths.file(page.path()), "article", false,
                views.model(page, SitePage.NEWS, Map.of("article", view)), a.date().toString());
    }

    private void tagPages(List<PageJob> out) {
        PageView index = views.page("tags", SitePage.TAGS.path(), "标签").build();
        List<TagView> all = tags.all().stream()
                .sorted(Comparator.comparingInt((Tags.Tag t) -> -t.articles().size()).thenComparing(Tags.Tag::slug))
                .map(t -> new TagView(t.label(), index.rel(Paths.tag(t.slug())), t.articles().size()))
                .toList();
        out.add(new PageJob(Paths.file(index.path()), "tags", false,
                views.model(index, SitePage.TAGS, Map.of("tags", all)), ""));
        for (Tags.Tag tag : tags.all()) {
            String base = Paths.tag(tag.slug());
            List<List<Article>> pages = Pagination.split(tag.articles());
            for (int n = 1; n <= pages.size(); n++) {
                int at = n;
                out.add(memo.page("news", Paths.paged(base, n),
                        List.of(pages.get(n - 1), n, pages.size(), tag.label(), tag.articles().size()),
                        () -> tagPage(tag, base, pages, at)));
            }
        }
    }

    private PageJob tagPage(Tags.Tag tag, String base, List<List<Article>> pages, int n) {
        String title = "标签：" + tag.label() + (n == 1 ? "" : "（第" + n + "页）");
        PageView page = views.page("tag", Paths.paged(base, n), title).crumb("标签", SitePage.TAGS.path()).build();
        return new PageJob(Paths.file(page.path()), "tag", false, views.model(page, SitePage.TAGS, Map.of(
                "tag", new TagView(tag.label(), page.rel(base), tag.articles().size()),
                "items", pages.get(n - 1).stream().map(a -> views.articleCard(a, page)).toList(),
                "pagination", Pagination.view(base, n, pages.size(), page))), "");
    }
}
