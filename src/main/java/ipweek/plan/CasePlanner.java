package ipweek.plan;

import ipweek.model.CaseBatch;
import ipweek.model.Paths;
import ipweek.model.SitePage;
import ipweek.model.TypicalCase;
import ipweek.render.CaseBatchView;
import ipweek.render.FacetView;
import ipweek.render.PageView;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * 典型案例: the library ({@code /anli/}, every case, newest batch first, with the facet links and the filter script),
 * one page per batch (its cases in order, 案例一 …), the facet pages ({@code /anli/leixing/trademark/} …, paginated
 * like tag pages) and one page per case. Nothing when the site has no cases, except an empty library when navigation
 * links to it (a site prepared before its batches' publication dates).
 */
final class CasePlanner {

    private static final String COLUMN = "典型案例";

    /** How many other batches a batch page links to (the newest); the library lists them all. */
    static final int OTHER_BATCHES = 12;

    private static final String CARDS = "case-cards";

    private final ViewFactory views;
    private final CaseViews cases;
    private final PlanMemo memo;

    CasePlanner(ViewFactory views, PlanMemo memo) {
        this.views = views;
        // An edit to one case changes the library and the facet pages, which show cards of all the others.
        this.cases = new CaseViews(views, new CaseIndex(views.site()), memo.lastViews(CARDS));
        this.memo = memo;
    }

    void plan(List<PageJob> out) {
        List<CaseBatch> batches = views.site().caseBatches();
        if (batches.isEmpty()) {
            if (linkedFromNavigation()) {
                library(out, batches); // nothing published yet (batches wait for their date): an empty library
            }
            return;
        }
        library(out, batches);
        for (CaseBatch b : batches) {
            batch(out, b);
        }
        for (CaseFacet facet : CaseFacet.values()) {
            for (CaseIndex.Entry e : cases.index().entries(facet)) {
                facetPages(out, facet, e);
            }
        }
        for (CaseBatch b : batches) {
            for (TypicalCase c : b.cases()) {
                out.add(casePage(c, b));
            }
        }
        memo.keepViews(CARDS, cases.cards());
    }

    private boolean linkedFromNavigation() {
        return views.site().config().nav().stream().anyMatch(n -> n.page().filter(p -> p == SitePage.CASES).isPresent());
    }

    private void library(List<PageJob> out, List<CaseBatch> batches) {
        int total = batches.stream().mapToInt(b -> b.cases().size()).sum();
        PageView page = views.page("cases", SitePage.CASES.path(), "典型案例库").column(COLUMN, COLUMN)
                .description("本市发布的知识产权保护典型案例，共" + batches.size() + "批" + total
                        + "件，可按发布批次、权利类型、程序类型、专项行动、年度和办案单位查看。")
                .build();
        List<CaseBatchView> views0 = batches.stream().map(b -> cases.batch(b, page, true)).toList();
        out.add(new PageJob(Paths.file(page.path()), "cases", false, views.model(page, SitePage.CASES, Map.of(
                "batches", views0,
                "total", total,
                "facets", withBatches(cases.batchFacet(page, "", 0), cases.facets(page, "", "")))),
                batches.isEmpty() ? "" : batches.get(0).published().toString()));
    }

    private static List<FacetView> withBatches(FacetView batches, List<FacetView> others) {
        List<FacetView> all = new ArrayList<>();
        all.add(batches);
        all.addAll(others);
        return all;
    }

    private void batch(List<PageJob> out, CaseBatch b) {
        PageView page = views.page("case-batch", Paths.caseBatch(b.id()), b.title()).column(COLUMN, COLUMN)
                .description(b.publisher() + "于" + b.published().getYear() + "年" + b.published().getMonthValue() + "月"
                        + b.published().getDayOfMonth() + "日发布" + b.title() + "，共" + b.cases().size() + "件。")
                .crumb(COLUMN, SitePage.CASES.path())
                .build();
        out.add(new PageJob(Paths.file(page.path()), "case-batch", false, views.model(page, SitePage.CASES, Map.of(
                "batch", cases.batch(b, page, true),
                "otherBatches", cases.batchFacet(page, b.id(), OTHER_BATCHES),
                "batchCount", views.site().caseBatches().size(),
                "libraryUrl", cases.libraryUrl(page))), b.published().toString()));
    }

    private void facetPages(List<PageJob> out, CaseFacet facet, CaseIndex.Entry entry) {
        String base = Paths.caseFacet(facet.folder(), entry.value().slug());
        String heading = facet.title(entry.value());
        List<List<TypicalCase>> pages = Pagination.split(entry.cases());
        for (int n = 1; n <= pages.size(); n++) {
            String title = n == 1 ? heading : heading + "（第" + n + "页）";
            PageView page = views.page("case-facet", Paths.paged(base, n), title).column(COLUMN, COLUMN)
                    .description("典型案例库中" + heading + "的案例，共" + entry.cases().size() + "件。")
                    .crumb(COLUMN, SitePage.CASES.path())
                    .build();
            out.add(new PageJob(Paths.file(page.path()), "case-facet", false, views.model(page, SitePage.CASES, Map.of(
                    "heading", heading,
                    "facetLabel", facet.label(),
                    "valueLabel", entry.value().label(),
                    "count", entry.cases().size(),
                    "items", pages.get(n - 1).stream().map(c -> cases.card(c, page)).toList(),
                    "facets", cases.facets(page, facet.folder(), entry.value().slug()),
                    "libraryUrl", cases.libraryUrl(page),
                    "pagination", Pagination.view(base, n, pages.size(), page))), ""));
        }
    }

    /** A case's page, kept from the last plan while its batch (its own record, its neighbours') is unchanged. */
    private PageJob casePage(TypicalCase c, CaseBatch b) {
        return memo.page("cases", Paths.typicalCase(c.id()), List.of(c, b), () -> newCasePage(c, b));
    }

    private PageJob newCasePage(TypicalCase c, CaseBatch b) {
        PageView page = views.page("case", Paths.typicalCase(c.id()), c.title()).column(COLUMN, COLUMN)
                .description(CaseViews.ordinal(b, c.position()) + "：" + c.title() + "（" + b.title() + "）")
                .keywords(c.ipTypes().stream().map(t -> t.label()).toList())
                .crumb(COLUMN, SitePage.CASES.path())
                .crumb(b.title(), Paths.caseBatch(b.id()))
                .build();
        return new PageJob(Paths.file(page.path()), "case", false, views.model(page, SitePage.CASES, Map.of(
                "item", cases.caseView(c, page),
                "libraryUrl", cases.libraryUrl(page))), b.published().toString());
    }
}
