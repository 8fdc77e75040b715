package ipweek.plan;

import ipweek.model.SitePage;
import ipweek.render.LinkView;
import ipweek.render.PageView;
import ipweek.render.SectionView;
import java.util.ArrayList;
import java.util.List;

/** The 典型案例 and 地理标志产品网上展 sections for the home page's tiles and the site map, when they have content. */
final class ShowcaseSections {

    private ShowcaseSections() {
    }

    static List<SectionView> all(ViewFactory views, PageView page) {
        List<SectionView> out = new ArrayList<>();
        if (!views.site().caseBatches().isEmpty()) {
            out.add(new SectionView("典型案例", page.rel(SitePage.CASES.path()), "知识产权保护典型案例，按批次、权利类型和专项行动查看",
                    views.site().caseBatches().stream()
                            .map(b -> LinkView.of(b.title(), page.rel(ipweek.model.Paths.caseBatch(b.id())))).toList()));
        }
        if (!views.site().giProducts().isEmpty()) {
            List<LinkView> children = new ArrayList<>();
            children.add(LinkView.of("三种保护形式和专用标志", page.rel(ipweek.model.Paths.giRegimes())));
            views.site().giProducts().forEach(g -> children.add(LinkView.of(g.name(), page.rel(ipweek.model.Paths.giProduct(g.id())))));
            out.add(new SectionView(GiPlanner.TITLE, page.rel(SitePage.GI.path()), "本市地理标志产品的产地、特色和核准使用企业",
                    children));
        }
        return out;
    }
}
