package ipweek.check;

import ipweek.diag.Diagnostics;
import ipweek.diag.Problem;
import ipweek.model.SiteConfig;
import ipweek.model.SitePage;
import ipweek.parse.LoadedContent;
import java.util.Arrays;
import java.util.Optional;

/**
 * The 维权指南, 法律法规 and 维权手册 pages exist only when their data does ({@code channels.yaml}, {@code laws.yaml},
 * {@code handbook/handbook.yaml}): navigation must not point at a page the build will not make.
 */
final class SectionDataRule implements Rule {

    @Override
    public void check(LoadedContent content, Diagnostics diagnostics) {
        if (content.config().isEmpty()) {
            return;
        }
        for (SiteConfig.NavItem item : content.config().get().nav()) {
            Optional<SitePage> page = item.page();
            if (page.isPresent() && !present(page.get(), content)) {
                String allowed = String.join("、", Arrays.stream(SitePage.values()).filter(p -> present(p, content))
                        .map(SitePage::code).toList());
                diagnostics.report(Problem.NAV_UNKNOWN_PAGE, item.at() == null ? content.config().get().at() : item.at(),
                        "nav.page", page.get().code() + "（" + missingFile(page.get()) + "）", allowed);
            }
        }
    }

    private static boolean present(SitePage page, LoadedContent content) {
        return switch (page) {
            case CHANNELS -> !content.channels().isEmpty();
            case LAWS -> !content.laws().isEmpty();
            case HANDBOOK -> content.handbook().isPresent();
            default -> true;
        };
    }

    private static String missingFile(SitePage page) {
        return switch (page) {
            case CHANNELS -> "缺少 content/channels.yaml";
            case LAWS -> "缺少 content/laws.yaml";
            case HANDBOOK -> "缺少 content/handbook/handbook.yaml";
            default -> "";
        };
    }
}
