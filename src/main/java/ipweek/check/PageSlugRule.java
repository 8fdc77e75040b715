package ipweek.check;

import ipweek.diag.Diagnostics;
import ipweek.diag.Problem;
import ipweek.model.SitePage;
import ipweek.model.StaticPage;
import ipweek.parse.LoadedContent;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * A page under {@code content/pages/} is published at {@code /<slug>/}: it must not take the folder of a section
 * (huodong, dongtai …) or of another page. {@code guanyu} and {@code wuzhangai} are the texts of the built-in about
 * and accessibility pages and are expected.
 */
final class PageSlugRule implements Rule {

    static final Set<String> RESERVED = Set.of("huodong", "dongtai", "rili", "biaoqian", "ditu", "assets", "media",
            "anli", "dlbz", "weiquan", "fagui", "shouce", "xiazai", "sousuo", "page");

    @Override
    public void check(LoadedContent content, Diagnostics diagnostics) {
        Map<String, StaticPage> seen = new HashMap<>();
        for (StaticPage p : content.pages()) {
            StaticPage first = seen.putIfAbsent(p.slug(), p);
            if (first != null) {
                diagnostics.report(Problem.SLUG_DUPLICATE, p.at(), "slug", p.slug(), first.at().file());
            } else if (RESERVED.contains(p.slug()) || isOtherSitePage(p.slug())) {
                diagnostics.report(Problem.OUTPUT_CLASH, p.at(), "slug", p.slug() + "/", "网站栏目");
            }
        }
    }

    private static boolean isOtherSitePage(String slug) {
        for (SitePage page : SitePage.values()) {
            if (page.path().equals(slug + "/") && page != SitePage.ABOUT && page != SitePage.ACCESSIBILITY) {
                return true;
            }
        }
        return false;
    }
}
