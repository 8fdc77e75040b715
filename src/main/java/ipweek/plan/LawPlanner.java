package ipweek.plan;

import ipweek.model.Paths;
import ipweek.model.SitePage;
import ipweek.render.PageView;
import java.util.List;
import java.util.Map;

/** 法律法规与政策 ({@code /fagui/}): every law of {@code laws.yaml} by 效力级别, repealed ones marked as such. */
final class LawPlanner {

    private final ViewFactory views;
    private final RightsViews rights;

    LawPlanner(ViewFactory views, RightsViews rights) {
        this.views = views;
        this.rights = rights;
    }

    void plan(List<PageJob> out) {
        if (views.site().laws().isEmpty()) {
            return;
        }
        PageView page = views.page("laws", SitePage.LAWS.path(), "法律法规与政策")
                .column("法律法规", "政策文件")
                .description("知识产权保护常用法律、行政法规、司法解释、部门规章和地方性法规，标明施行日期和时效。")
                .build();
        out.add(new PageJob(Paths.file(page.path()), "laws", false, views.model(page, SitePage.LAWS, Map.of(
                "groups", rights.lawGroups(views.site().laws()),
                "links", SectionLinks.of(views, page))), ""));
    }
}
