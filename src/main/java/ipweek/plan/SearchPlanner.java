package ipweek.plan;

import ipweek.model.Paths;
import ipweek.model.SitePage;
import ipweek.render.LinkView;
import ipweek.render.PageView;
import ipweek.search.SearchDocs;
import ipweek.search.SearchIndex;
import ipweek.search.SearchIndexBuilder;
import ipweek.search.SearchType;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * 站内搜索: the search page ({@code sousuo/}) and the index files it reads ({@code sousuo/index/}, see
 * {@link SearchIndex}), made from the model like every other page, so the preview rebuilds them with the content.
 */
final class SearchPlanner {

    private final ViewFactory views;

    SearchPlanner(ViewFactory views) {
        this.views = views;
    }

    void plan(List<PageJob> out) {
        SearchIndex index = SearchIndexBuilder.build(SearchDocs.from(views.site()));
        PageView page = views.page("search", SitePage.SEARCH.path(), SitePage.SEARCH.label())
                .description("在本专题全部新闻、活动、典型案例、地理标志产品、维权手册、维权渠道和法律法规中搜索").build();
        List<LinkView> types = Arrays.stream(SearchType.values())
                .filter(t -> index.manifest().types().stream().anyMatch(r -> r.code().equals(t.code())))
                .map(t -> LinkView.of(t.label(), t.code())).toList();
        out.add(new PageJob(Paths.file(page.path()), "search", false, views.model(page, SitePage.SEARCH, Map.of(
                "types", types,
                "indexUrl", page.rel(SearchIndex.FOLDER),
                "sections", List.of(
                        LinkView.of(SitePage.SITEMAP.label(), page.rel(SitePage.SITEMAP.path())),
                        LinkView.of(SitePage.ACTIVITIES.label(), page.rel(SitePage.ACTIVITIES.path())),
                        LinkView.of(SitePage.NEWS.label(), page.rel(SitePage.NEWS.path()))))), ""));
        out.add(new PageJob(SearchIndex.FOLDER + "manifest.xml", "search-manifest", true,
                Map.of("manifest", index.manifest()), ""));
        index.termShards().forEach(s -> out.add(new PageJob(s.file(), "search-terms", true, Map.of("shard", s), "")));
        index.docShards().forEach(s -> out.add(new PageJob(s.file(), "search-docs", true, Map.of("shard", s), "")));
    }
}
