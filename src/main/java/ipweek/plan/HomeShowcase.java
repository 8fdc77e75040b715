package ipweek.plan;

import ipweek.model.CaseBatch;
import ipweek.model.GiProduct;
import ipweek.model.SitePage;
import ipweek.model.TypicalCase;
import ipweek.render.PageView;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the home page shows of the cases and the GI exhibition: the latest batch's featured cases (those marked
 * {@code featured: true}, else its first cases) and a row of GI products (those with pictures first). The keys are
 * always there, empty when the site has no such content.
 */
final class HomeShowcase {

    static final int CASES = 4;
    static final int PRODUCTS = 4;

    private HomeShowcase() {
    }

    static Map<String, Object> with(ViewFactory views, PageView page, Map<String, Object> model) {
        Map<String, Object> out = new HashMap<>(model);
        List<CaseBatch> batches = views.site().caseBatches();
        if (batches.isEmpty()) {
            out.put("featuredCases", List.of());
            out.put("featuredBatch", "");
            out.put("featuredBatchUrl", "");
        } else {
            CaseViews cases = new CaseViews(views, new CaseIndex(views.site()));
            CaseBatch latest = batches.get(0);
            List<TypicalCase> featured = latest.cases().stream().filter(TypicalCase::featured).limit(CASES).toList();
            if (featured.isEmpty()) {
                featured = latest.cases().stream().limit(CASES).toList();
            }
            out.put("featuredCases", featured.stream().map(c -> cases.card(c, page)).toList());
            out.put("featuredBatch", latest.title());
            out.put("featuredBatchUrl", page.rel(ipweek.model.Paths.caseBatch(latest.id())));
        }
        out.put("casesUrl", batches.isEmpty() ? "" : page.rel(SitePage.CASES.path()));
        List<GiProduct> products = new ArrayList<>(views.site().giProducts().stream().filter(g -> !g.images().isEmpty()).toList());
        views.site().giProducts().stream().filter(g -> g.images().isEmpty()).forEach(products::add);
        GiViews gi = new GiViews(views);
        out.put("giShowcase", products.stream().limit(PRODUCTS).map(g -> gi.card(g, page)).toList());
        out.put("giCount", views.site().giProducts().size());
        out.put("giUrl", products.isEmpty() ? "" : page.rel(SitePage.GI.path()));
        return out;
    }
}
