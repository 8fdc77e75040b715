package ipweek.plan;

import ipweek.model.Handbook;
import ipweek.model.Paths;
import ipweek.model.SitePage;
import ipweek.render.LinkView;
import ipweek.render.PageView;
import ipweek.render.SectionView;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The 维权指南, 法律法规 and 维权手册 sections for the home page's tiles and the site map, when they exist. */
final class RightsSections {

    private RightsSections() {
    }

    static List<SectionView> all(ViewFactory views, PageView page) {
        List<SectionView> out = new ArrayList<>();
        if (!views.site().channels().isEmpty()) {
            out.add(new SectionView("维权指南", page.rel(SitePage.CHANNELS.path()), "投诉举报热线、维权援助、调解仲裁和诉讼渠道",
                    views.site().channels().stream().map(c -> LinkView.of(c.name(), page.rel(Paths.channel(c.id())))).toList()));
        }
        if (!views.site().laws().isEmpty()) {
            out.add(new SectionView("法律法规", page.rel(SitePage.LAWS.path()), "知识产权保护常用法律法规与政策文件", List.of()));
        }
        if (views.site().handbook().isPresent()) {
            Handbook h = views.site().handbook().get();
            Map<String, String> labels = HandbookPlanner.labels(h);
            List<LinkView> chapters = new ArrayList<>();
            for (Handbook.Chapter c : h.chapters()) {
                String label = labels.get(c.id());
                chapters.add(LinkView.of(label.isEmpty() ? c.title() : label + " " + c.title(),
                        page.rel(Paths.handbookChapter(c.id()))));
            }
            chapters.add(LinkView.of("打印版", page.rel(Paths.handbookPrint())));
            chapters.add(LinkView.of("PDF版下载", page.rel(Paths.handbookPdf(h))));
            out.add(new SectionView("维权手册", page.rel(SitePage.HANDBOOK.path()), h.title() + "网页版、打印版与PDF下载",
                    chapters));
        }
        return out;
    }
}
