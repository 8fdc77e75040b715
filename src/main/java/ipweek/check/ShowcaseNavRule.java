package ipweek.check;

import ipweek.diag.Diagnostics;
import ipweek.diag.Problem;
import ipweek.model.SiteConfig;
import ipweek.model.SitePage;
import ipweek.parse.LoadedContent;

/**
 * The 地理标志 exhibition exists only when there are products ({@code content/gi/}): navigation must not point at a
 * page the build will not make. (The case library is always made when navigation links to it, empty until the first
 * batch's publication date, so a site can go live before its cases are released.)
 */
final class ShowcaseNavRule implements Rule {

    private static String allowed(LoadedContent content) {
        return String.join("、", java.util.Arrays.stream(SitePage.values())
                .filter(p -> !(p == SitePage.GI && content.giProducts().isEmpty()))
                .map(SitePage::code).toList());
    }

    @Override
    public void check(LoadedContent content, Diagnostics diagnostics) {
        if (content.config().isEmpty()) {
            return;
        }
        for (SiteConfig.NavItem item : content.config().get().nav()) {
            item.page().ifPresent(page -> {
                String missing = page == SitePage.GI && content.giProducts().isEmpty() ? "没有地理标志产品（content/gi/）" : "";
                if (!missing.isEmpty()) {
                    diagnostics.report(Problem.NAV_UNKNOWN_PAGE, item.at() == null ? content.config().get().at() : item.at(),
                            "nav.page", page.code() + "（" + missing + "）", allowed(content));
                }
            });
        }
    }
}
