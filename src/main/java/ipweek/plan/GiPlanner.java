package ipweek.plan;

import ipweek.model.GiProduct;
import ipweek.model.Paths;
import ipweek.model.SitePage;
import ipweek.render.PageView;
import java.util.List;
import java.util.Map;

/**
 * 地理标志产品网上展: the exhibition ({@code /dlbz/}, a grid of every product with facet links and the filter script),
 * the facet pages ({@code /dlbz/baohu/pgi/}, {@code /dlbz/leibie/tea/}, {@code /dlbz/xianqu/fan-chuan-xian/}), the
 * explainer of the three regimes and the official mark ({@code /dlbz/baohu/}) and one page per product. Nothing when
 * the site has no products.
 */
final class GiPlanner {

    static final String TITLE = "地理标志产品网上展";

    private final ViewFactory views;
    private final GiViews gi;

    GiPlanner(ViewFactory views, GiViews gi) {
        this.views = views;
        this.gi = gi;
    }

    void plan(List<PageJob> out) {
        List<GiProduct> products = views.site().giProducts();
        if (products.isEmpty()) {
            return;
        }
        PageView page = views.page("gi", SitePage.GI.path(), TITLE).column(TITLE, "专题专栏")
                .description("集中展示本市" + products.size() + "个地理标志产品的产地范围、质量特色、保护形式和"
                        + gi.totalUsers() + "家专用标志核准使用企业。")
                .build();
        out.add(new PageJob(Paths.file(page.path()), "gi", false, views.model(page, SitePage.GI, Map.of(
                "items", products.stream().map(g -> gi.card(g, page)).toList(),
                "facets", gi.facets(page, "", ""),
                "users", gi.totalUsers(),
                "regimesUrl", page.rel(Paths.giRegimes()))), ""));
        regimes(out);
        for (GiFacet facet : GiFacet.values()) {
            for (GiViews.Entry e : gi.entries(facet)) {
                facetPage(out, facet, e);
            }
        }
        for (GiProduct g : products) {
            out.add(product(g));
        }
    }

    private void regimes(List<PageJob> out) {
        PageView page = views.page("gi-regimes", Paths.giRegimes(), "地理标志的三种保护形式和专用标志").column(TITLE, "专题专栏")
                .description("地理标志保护产品、地理标志证明商标和集体商标、农产品地理标志有什么区别，地理标志专用标志怎么用。")
                .crumb(TITLE, SitePage.GI.path())
                .build();
        out.add(new PageJob(Paths.file(page.path()), "gi-regimes", false, views.model(page, SitePage.GI, Map.of(
                "regimes", gi.regimes(page),
                "exhibitionUrl", page.rel(SitePage.GI.path()))), ""));
    }

    private void facetPage(List<PageJob> out, GiFacet facet, GiViews.Entry entry) {
        String heading = facet.label() + "：" + entry.value().label();
        PageView page = views.page("gi-facet", Paths.giFacet(facet.folder(), entry.value().slug()), heading)
                .column(TITLE, "专题专栏")
                .description(TITLE + "中" + heading + "的产品，共" + entry.products().size() + "个。")
                .crumb(TITLE, SitePage.GI.path())
                .build();
        out.add(new PageJob(Paths.file(page.path()), "gi-facet", false, views.model(page, SitePage.GI, Map.of(
                "heading", heading,
                "count", entry.products().size(),
                "items", entry.products().stream().map(g -> gi.card(g, page)).toList(),
                "facets", gi.facets(page, facet.folder(), entry.value().slug()),
                "exhibitionUrl", page.rel(SitePage.GI.path()),
                "regimesUrl", page.rel(Paths.giRegimes()))), ""));
    }

    private PageJob product(GiProduct g) {
        PageView page = views.page("gi-product", Paths.giProduct(g.id()), g.name()).column(TITLE, "专题专栏")
                .description(g.name() + "，" + g.location().name() + g.category().label() + "类地理标志产品（"
                        + String.join("、", g.regimes().stream().map(r -> r.label()).toList()) + "）。")
                .keywords(List.of(g.name(), "地理标志", g.location().name()))
                .crumb(TITLE, SitePage.GI.path())
                .build();
        return new PageJob(Paths.file(page.path()), "gi-product", false, views.model(page, SitePage.GI, Map.of(
                "product", gi.product(g, page),
                "exhibitionUrl", page.rel(SitePage.GI.path()))), "");
    }
}
