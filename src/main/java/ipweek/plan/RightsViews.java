package ipweek.plan;

import ipweek.model.Channel;
import ipweek.model.ChannelKind;
import ipweek.model.IpType;
import ipweek.model.Law;
import ipweek.model.LawLevel;
import ipweek.model.Site;
import ipweek.render.ChannelView;
import ipweek.render.ChineseDates;
import ipweek.render.LawView;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Views of channels and laws, shared by their own pages and the handbook. */
final class RightsViews {

    private final Site site;

    RightsViews(Site site) {
        this.site = site;
    }

    /** @param pageUrl the channel's page as the caller links it ("" for no link) */
    ChannelView channel(Channel c, String pageUrl) {
        List<ChannelView.PhoneView> phones = c.phones().stream()
                .map(p -> new ChannelView.PhoneView(p, "tel:" + p.replace("-", ""))).toList();
        return new ChannelView(c.id(), c.name(), c.kind().code(), c.kind().label(), phones, c.hours(), c.url(),
                c.address(), c.email(), c.scope(), c.ipTypes().stream().map(IpType::label).toList(), c.notAccepted(), c.steps(), c.materials(), c.fees(),
                c.legalBasis(), c.note(), c.verifiedOn().toString(), ChineseDates.full(c.verifiedOn()), pageUrl);
    }

    /** Channels grouped by kind, kinds in their fixed order, channels in site order within each. */
    List<ChannelView.Group> channelGroups(List<Channel> channels, Function<Channel, String> pageUrl) {
        List<ChannelView.Group> out = new ArrayList<>();
        for (ChannelKind kind : ChannelKind.values()) {
            List<ChannelView> of = channels.stream().filter(c -> c.kind() == kind)
                    .map(c -> channel(c, pageUrl.apply(c))).toList();
            if (!of.isEmpty()) {
                out.add(new ChannelView.Group(kind.code(), kind.label(), of));
            }
        }
        return out;
    }

    LawView law(Law l) {
        String statusCode = l.status().inForce() && l.pendingOn(site.today()) ? "pending" : l.status().code();
        String statusLabel = statusCode.equals("pending") ? "尚未施行" : l.status().label();
        String replacedBy = site.laws().stream().filter(x -> x.id().equals(l.replacedBy())).findFirst()
                .map(x -> "《" + x.title() + "》").orElse("");
        return new LawView(l.id(), "《" + l.title() + "》", l.shortTitle(), l.level().code(), l.level().label(),
                l.issuer(), l.docNumber(), l.effective().toString(), ChineseDates.full(l.effective()),
                l.amended().map(ChineseDates::full).orElse(""), l.repealed().map(ChineseDates::full).orElse(""),
                statusCode, statusLabel, l.status().inForce(), replacedBy, l.url(), l.summary());
    }

    /** Laws grouped by 效力级别 (highest first), in site order within each. */
    List<LawView.Group> lawGroups(List<Law> laws) {
        List<LawView.Group> out = new ArrayList<>();
        for (LawLevel level : LawLevel.values()) {
            List<LawView> of = laws.stream().filter(l -> l.level() == level).map(this::law).toList();
            if (!of.isEmpty()) {
                out.add(new LawView.Group(level.code(), level.label(), of));
            }
        }
        return out;
    }
}
