package ipweek.plan;

import ipweek.model.GiImage;
import ipweek.model.GiProduct;
import ipweek.model.GiProtection;
import ipweek.model.GiRegime;
import ipweek.model.Image;
import ipweek.model.Paths;
import ipweek.model.Thumbnail;
import ipweek.render.CaseCard;
import ipweek.render.ChineseDates;
import ipweek.render.FacetView;
import ipweek.render.GiCard;
import ipweek.render.GiProductView;
import ipweek.render.GiRegimeView;
import ipweek.render.ImageView;
import ipweek.render.LinkView;
import ipweek.render.PageView;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The views of GI products — cards, product pages, facets, the regimes — relative to the page they are on. */
final class GiViews {

    /** A facet value and its products, in exhibition order. */
    record Entry(CaseFacet.Value value, List<GiProduct> products) {
    }

    private final ViewFactory views;
    private final Map<GiFacet, List<Entry>> entries = new EnumMap<>(GiFacet.class);

    GiViews(ViewFactory views) {
        this.views = views;
        for (GiFacet facet : GiFacet.values()) {
            entries.put(facet, FacetGroups.byValue(views.site().giProducts(), facet::values, Entry::new));
        }
    }

    List<Entry> entries(GiFacet facet) {
        return entries.get(facet);
    }

    GiCard card(GiProduct g, PageView page) {
        List<GiCard.Badge> badges = g.regimes().stream()
                .map(r -> new GiCard.Badge(r.code(), r.badge(), page.rel(Paths.giFacet(GiFacet.REGIME.folder(), r.slug()))))
                .toList();
        List<CaseCard.Filter> filter = new ArrayList<>();
        for (GiFacet facet : GiFacet.values()) {
            filter.add(new CaseCard.Filter(facet.folder(),
                    String.join(" ", facet.values(g).stream().map(CaseFacet.Value::slug).toList())));
        }
        ImageView thumb = g.images().isEmpty() ? null : thumbnail(g.images().get(0).image(), page);
        return new GiCard(g.id(), g.name(), page.rel(Paths.giProduct(g.id())), g.location().name(),
                page.rel(Paths.giFacet(GiFacet.COUNTY.folder(), g.location().slug())), g.category().label(),
                g.category().code(), badges, thumb, g.authorizedUsers().size(), filter);
    }

    /** The image's thumbnail when the build makes one, else the image itself (already small). */
    ImageView thumbnail(Image img, PageView page) {
        Optional<Thumbnail> t = Thumbnail.of(img.media());
        return t.map(x -> new ImageView(page.rel(x.output()), img.alt(), img.credit(), x.width(), x.height()))
                .orElse(views.image(img, page));
    }

    List<FacetView> facets(PageView page, String currentFolder, String currentSlug) {
        List<FacetView> out = new ArrayList<>();
        for (GiFacet facet : GiFacet.values()) {
            List<FacetView.Value> values = entries.get(facet).stream()
                    .map(e -> new FacetView.Value(e.value().slug(), e.value().label(),
                            page.rel(Paths.giFacet(facet.folder(), e.value().slug())), e.products().size(),
                            currentFolder.equals(facet.folder()) && currentSlug.equals(e.value().slug())))
                    .toList();
            out.add(new FacetView(facet.folder(), facet.label(), values));
        }
        return out;
    }

    List<GiRegimeView> regimes(PageView page) {
        List<GiRegimeView> out = new ArrayList<>();
        for (GiRegime r : GiRegime.values()) {
            int count = (int) views.site().giProducts().stream().filter(g -> g.regimes().contains(r)).count();
            out.add(new GiRegimeView(r.code(), r.label(), r.badge(), r.authority(), r.legalBasis(), r.identifierLabel(),
                    count, count == 0 ? "" : page.rel(Paths.giFacet(GiFacet.REGIME.folder(), r.slug()))));
        }
        return out;
    }

    GiProductView product(GiProduct g, PageView page) {
        List<GiProductView.Protection> protections = g.protections().stream().map(p -> protection(p, page)).toList();
        List<GiProductView.Picture> gallery = new ArrayList<>();
        for (GiImage img : g.images()) {
            gallery.add(new GiProductView.Picture(thumbnail(img.image(), page), views.image(img.image(), page), img.license()));
        }
        List<GiProductView.User> users = new ArrayList<>();
        for (int i = 0; i < g.authorizedUsers().size(); i++) {
            var u = g.authorizedUsers().get(i);
            users.add(new GiProductView.User(i + 1, u.name(), u.uscc(), u.announcement(),
                    u.approved().map(ChineseDates::full).orElse("")));
        }
        return new GiProductView(card(g, page), page.rel(Paths.giFacet(GiFacet.CATEGORY.folder(), g.category().slug())),
                g.location().code(), g.originArea(), g.originDetail(), g.coordinates(), protections,
                g.qualityRequirements().forPage(page.root()),
                g.qualitySource().map(s -> LinkView.of(s.title(), s.url())).orElse(null),
                g.features().forPage(page.root()), g.history().forPage(page.root()), gallery, users,
                g.sources().stream().map(s -> LinkView.of(s.title(), s.url())).toList(), page.rel(Paths.giRegimes()));
    }

    private GiProductView.Protection protection(GiProtection p, PageView page) {
        List<GiProductView.Fact> facts = new ArrayList<>();
        String regimeLabel = p.regime().label();
        String dateLabel;
        if (p instanceof GiProtection.Pgi pgi) {
            dateLabel = "批准日期";
            fact(facts, "批准机关", pgi.authority());
            if (!pgi.standardCode().isEmpty()) {
                fact(facts, "质量标准", pgi.standardCode() + (pgi.standardTitle().isEmpty() ? "" : "《" + pgi.standardTitle() + "》"));
            }
        } else if (p instanceof GiProtection.GiMark mark) {
            regimeLabel = "地理标志" + mark.markKind().label();
            dateLabel = "注册日期";
            fact(facts, "注册人", mark.registrant());
            fact(facts, "核定使用商品", "第" + mark.niceClass() + "类" + (mark.goods().isEmpty() ? "" : "：" + mark.goods()));
            mark.validUntil().ifPresent(d -> fact(facts, "专用权期限至", ChineseDates.full(d)));
        } else {
            GiProtection.Agi agi = (GiProtection.Agi) p;
            dateLabel = "登记日期";
            fact(facts, "证书持有人", agi.holder());
            fact(facts, "质量控制技术规范编号", agi.specNo());
            fact(facts, "登记公告", agi.announcement());
        }
        return new GiProductView.Protection(p.regime().code(), regimeLabel,
                page.rel(Paths.giFacet(GiFacet.REGIME.folder(), p.regime().slug())), p.regime().identifierLabel(),
                p.identifier(), dateLabel, p.date().map(ChineseDates::full).orElse(""), facts);
    }

    private static void fact(List<GiProductView.Fact> facts, String label, String value) {
        if (value != null && !value.isEmpty()) {
            facts.add(new GiProductView.Fact(label, value));
        }
    }

    /** Users approved across the site's products, for the exhibition's lead line. */
    int totalUsers() {
        return views.site().giProducts().stream().mapToInt(g -> g.authorizedUsers().size()).sum();
    }

}
