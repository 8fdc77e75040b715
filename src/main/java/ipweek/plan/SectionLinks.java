package ipweek.plan;

import ipweek.model.Paths;
import ipweek.model.SitePage;
import ipweek.render.LinkView;
import ipweek.render.PageView;
import java.util.ArrayList;
import java.util.List;

/** The rights-protection pages that exist in this build, linked from each other ("see also"). */
final class SectionLinks {

    private SectionLinks() {
    }

    static List<LinkView> of(ViewFactory views, PageView page) {
        List<LinkView> out = new ArrayList<>();
        if (!views.site().channels().isEmpty()) {
            out.add(new LinkView("维权指南", page.rel(SitePage.CHANNELS.path()), page.path().startsWith(SitePage.CHANNELS.path())));
        }
        if (!views.site().laws().isEmpty()) {
            out.add(new LinkView("法律法规与政策", page.rel(SitePage.LAWS.path()), page.path().startsWith(SitePage.LAWS.path())));
        }
        views.site().handbook().ifPresent(h -> {
            out.add(new LinkView(h.title() + "（网页版）", page.rel(SitePage.HANDBOOK.path()), false));
            out.add(new LinkView(h.title() + "（PDF）", page.rel(Paths.handbookPdf(h)), false));
        });
        return out;
    }
}
