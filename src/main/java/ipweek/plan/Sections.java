package ipweek.plan;

import ipweek.model.Column;
import ipweek.model.Paths;
import ipweek.model.SitePage;
import ipweek.model.StaticPage;
import ipweek.render.LinkView;
import ipweek.render.PageView;
import ipweek.render.SectionView;
import java.util.ArrayList;
import java.util.List;

/** The site's sections, for the home page's tiles and the site map page. */
final class Sections {

    private final ViewFactory views;

    Sections(ViewFactory views) {
        this.views = views;
    }

    List<SectionView> all(PageView page) {
        List<SectionView> out = new ArrayList<>();
        out.add(new SectionView("活动安排", page.rel(SitePage.ACTIVITIES.path()), "宣传周每日活动与报名参与方式",
                views.site().activities().stream()
                        .map(a -> LinkView.of(a.title(), page.rel(Paths.activity(a.id())))).toList()));
        List<LinkView> columns = new ArrayList<>();
        for (Column c : Column.values()) {
            if (views.site().articles().stream().anyMatch(a -> a.column() == c)) {
                columns.add(LinkView.of(c.label(), page.rel(Paths.column(c))));
            }
        }
        out.add(new SectionView("新闻动态", page.rel(SitePage.NEWS.path()), "工作动态、通知公告、政策解读与媒体报道", columns));
        out.add(new SectionView("宣传日历", page.rel(SitePage.CALENDAR.path()), "全年知识产权宣传重要时间节点", List.of()));
        out.add(new SectionView("标签", page.rel(SitePage.TAGS.path()), "按主题浏览全部文章", List.of()));
        List<LinkView> info = new ArrayList<>();
        info.add(LinkView.of("关于专题", page.rel(SitePage.ABOUT.path())));
        info.add(LinkView.of("无障碍说明", page.rel(SitePage.ACCESSIBILITY.path())));
        for (StaticPage p : views.site().pages()) {
            if (!p.slug().equals("guanyu") && !p.slug().equals("wuzhangai")) {
                info.add(LinkView.of(p.title(), page.rel(Paths.page(p.slug()))));
            }
        }
        out.addAll(ShowcaseSections.all(views, page));
        out.addAll(RightsSections.all(views, page));
        out.add(new SectionView("关于专题", page.rel(SitePage.ABOUT.path()), "主办单位、联系方式与本站说明", info));
        return out;
    }
}
