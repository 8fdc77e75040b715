package ipweek.plan;

import ipweek.model.Channel;
import ipweek.model.Paths;
import ipweek.model.SitePage;
import ipweek.render.PageView;
import java.util.List;
import java.util.Map;

/** 维权指南: the directory of rights-protection channels ({@code /weiquan/}) and one page per channel. */
final class ChannelPlanner {

    private final ViewFactory views;
    private final RightsViews rights;

    ChannelPlanner(ViewFactory views, RightsViews rights) {
        this.views = views;
        this.rights = rights;
    }

    void plan(List<PageJob> out) {
        List<Channel> channels = views.site().channels();
        if (channels.isEmpty()) {
            return;
        }
        PageView page = views.page("channels", SitePage.CHANNELS.path(), "维权指南")
                .column("维权指南", "办事服务")
                .description("发现侵犯知识产权和制售假冒伪劣商品行为，可以通过这些渠道咨询、投诉举报和寻求帮助。")
                .build();
        out.add(new PageJob(Paths.file(page.path()), "channels", false, views.model(page, SitePage.CHANNELS, Map.of(
                "groups", rights.channelGroups(channels, c -> page.rel(Paths.channel(c.id()))),
                "links", SectionLinks.of(views, page))), ""));
        for (Channel c : channels) {
            PageView detail = views.page("channel", Paths.channel(c.id()), c.name())
                    .column("维权指南", "办事服务")
                    .description(c.scope())
                    .crumb("维权指南", SitePage.CHANNELS.path())
                    .build();
            out.add(new PageJob(Paths.file(detail.path()), "channel", false, views.model(detail, SitePage.CHANNELS, Map.of(
                    "channel", rights.channel(c, ""),
                    "directoryUrl", detail.rel(SitePage.CHANNELS.path()),
                    "links", SectionLinks.of(views, detail))), c.verifiedOn().toString()));
        }
    }
}
