package ipweek.plan;

import ipweek.model.Activity;
import ipweek.model.Article;
import ipweek.model.Image;
import ipweek.model.Paths;
import ipweek.model.Site;
import ipweek.model.SiteConfig;
import ipweek.model.SitePage;
import ipweek.model.Week;
import ipweek.render.ActivityCard;
import ipweek.render.ArticleCard;
import ipweek.render.ChineseDates;
import ipweek.render.ImageView;
import ipweek.render.LinkView;
import ipweek.render.PageView;
import ipweek.render.SiteView;
import ipweek.render.WeekView;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds the template views of one site. Every URL in a view is relative to the page it appears on, so views are made
 * per page: {@link #page} first, then the parts that page shows.
 */
final class ViewFactory {

    private static final List<SiteConfig.NavItem> DEFAULT_NAV = List.of(
            nav(SitePage.HOME), nav(SitePage.ACTIVITIES), nav(SitePage.NEWS), nav(SitePage.CALENDAR), nav(SitePage.ABOUT));

    private final Site site;
    private final Map<String, Object> build;
    /** The article that publishes the week's plan, linked from every page's week banner (found once, not per page). */
    private final Optional<Article> planArticle;

    ViewFactory(Site site) {
        this(site, site.week().plan().map(Week.PlanDocument::articleSlug).filter(s -> !s.isEmpty())
                .flatMap(slug -> site.articles().stream().filter(a -> a.slug().equals(slug)).findFirst()));
    }

    private ViewFactory(Site site, Optional<Article> planArticle) {
        this.site = site;
        this.planArticle = planArticle;
        this.build = Map.of("today", site.today().toString(), "generator", "ipweek");
    }

    Site site() {
        return site;
    }

    /** Views of {@code part} (a {@link SitePart#keep narrowed} copy of this site) with this site's page frame. */
    ViewFactory narrowed(Site part) {
        return new ViewFactory(part, planArticle);
    }

    /** What the frame of every page (header, week banner, footer) is made from, for {@link PlanMemo#useFrame}. */
    Object frameInputs() {
        return List.of(site.config(), site.week(), site.today(), planArticle);
    }

    private static SiteConfig.NavItem nav(SitePage page) {
        return new SiteConfig.NavItem(page.label(), java.util.Optional.of(page), "", null);
    }

    /** Describes a page at {@code folder} (from the site root, "" for home). */
    PageBuilder page(String kind, String folder, String title) {
        return new PageBuilder(kind, folder, title);
    }

    /** The common model every template gets, plus {@code extra}. */
    Map<String, Object> model(PageView page, SitePage section, Map<String, Object> extra) {
        Map<String, Object> model = new HashMap<>(extra);
        model.put("page", page);
        model.put("site", siteView(page, section));
        model.put("week", weekView(page));
        model.put("build", build);
        return model;
    }

    SiteView siteView(PageView page, SitePage section) {
        SiteConfig c = site.config();
        List<LinkView> nav = new ArrayList<>();
        for (SiteConfig.NavItem item : c.nav().isEmpty() ? DEFAULT_NAV : c.nav()) {
            String url = item.page().map(p -> page.rel(p.path())).orElse(item.url());
            nav.add(new LinkView(item.label(), url, item.page().map(p -> p == section).orElse(false)));
        }
        SiteConfig.Identity id = c.identity();
        String icpUrl = id.icp().isEmpty() ? "" : "https://beian.miit.gov.cn/";
        String psbUrl = id.psbCode().isEmpty() ? ""
                : "https://www.beian.gov.cn/portal/registerSystemInfo?recordcode=" + id.psbCode();
        String conacUrl = id.conacId().isEmpty() ? "" : "https://bszs.conac.cn/sitename?method=show&id=" + id.conacId();
        String badge = id.conacBadge().map(m -> page.rel(m.output())).orElse("");
        String jiucuo = id.jiucuo() && !id.siteCode().isEmpty()
                ? "https://zfwzgl.www.gov.cn/exposure/jiucuo.html?site_code=" + id.siteCode() + "&url="
                        + URLEncoder.encode(page.canonicalUrl(), StandardCharsets.UTF_8)
                : "";
        SiteView.IdentityView identity = new SiteView.IdentityView(id.siteCode(), id.icp(), icpUrl, id.psb(), psbUrl,
                conacUrl, badge, jiucuo, page.rel("assets/img/jiucuo.svg"), id.ipv6Statement());
        SiteConfig.Contact ct = c.contact();
        List<SiteView.HotlineView> hotlines = c.hotlines().stream()
                .map(h -> new SiteView.HotlineView(h.name(), h.phone(), "tel:" + h.phone().replaceAll("[^0-9+]", ""),
                        h.hours(), h.note()))
                .toList();
        LinkView host = c.hostSite().map(h -> LinkView.of(h.name(), h.url())).orElse(null);
        return new SiteView(c.title(), c.shortTitle(), c.description(), c.sponsor(), c.undertaker(), c.coSponsors(),
                new SiteView.ContactView(ct.address(), ct.postcode(), ct.phone(), ct.email(), ct.officeHours()),
                identity, host, hotlines, nav, c.primaryColor(), c.baseUrl(), page.rel(""), page.rel("assets/"),
                page.rel(SitePage.ABOUT.path()), page.rel(SitePage.ACCESSIBILITY.path()),
                page.rel(SitePage.SITEMAP.path()), page.rel("feed.xml"));
    }

    WeekView weekView(PageView page) {
        Week w = site.week();
        String planTitle = w.plan().map(Week.PlanDocument::title).orElse("");
        String planNumber = w.plan().map(Week.PlanDocument::docNumber).orElse("");
        String planUrl = planArticle.map(a -> page.rel(Paths.article(a))).orElse("");
        return new WeekView(w.year(), w.edition(), "第" + w.edition() + "个世界知识产权日", w.start().toString(),
                w.end().toString(), ChineseDates.range(w.start(), w.end()), w.nationalTheme(), w.worldTheme(),
                w.localTheme(), planTitle, planNumber, planUrl);
    }

    ArticleCard articleCard(Article a, PageView page) {
        return new ArticleCard(a.title(), page.rel(Paths.article(a)), a.date().toString(), ChineseDates.full(a.date()),
                a.column().label(), page.rel(Paths.column(a.column())), a.summary(),
                a.cover().map(img -> image(img, page)).orElse(null), a.draft(), a.date().isAfter(site.today()));
    }

    ActivityCard activityCard(Activity a, PageView page) {
        var status = a.statusOn(site.today());
        return new ActivityCard(a.no(), a.title(), page.rel(Paths.activity(a.id())), a.form().label(),
                ChineseDates.shortRange(a.start(), a.end()), a.time(), a.venue(), a.form().isOnline(),
                status.code(), status.label());
    }

    ImageView image(Image img, PageView page) {
        return new ImageView(page.rel(img.media().output()), img.alt(), img.credit(), img.media().width(),
                img.media().height());
    }

    String absolute(String sitePath) {
        return site.config().baseUrl() + sitePath;
    }

    /** Fluent description of a page; {@link #build()} computes its root prefix and canonical URL. */
    final class PageBuilder {
        private final String kind;
        private final String folder;
        private final String title;
        private String columnName = "";
        private String columnType = "";
        private String description = "";
        private List<String> keywords = List.of();
        private String pubDate = "";
        private String source = "";
        private String author = "";
        private final List<LinkView> crumbs = new ArrayList<>();
        private String ogType = "website";
        private String ogImage = "";
        private String rootOverride;

        private PageBuilder(String kind, String folder, String title) {
            this.kind = kind;
            this.folder = folder;
            this.title = title;
            this.description = site.config().description();
            this.keywords = site.config().keywords();
        }

        PageBuilder column(String name, String type) {
            this.columnName = name;
            this.columnType = type;
            return this;
        }

        PageBuilder description(String text) {
            if (text != null && !text.isBlank()) {
                this.description = text;
            }
            return this;
        }

        PageBuilder keywords(List<String> words) {
            if (!words.isEmpty()) {
                this.keywords = words;
            }
            return this;
        }

        PageBuilder article(Article a) {
            this.pubDate = a.date() + " " + a.time().map(t -> t.format(DateTimeFormatter.ofPattern("HH:mm"))).orElse("00:00");
            this.source = a.source();
            this.author = a.author();
            this.ogType = "article";
            a.cover().ifPresent(c -> this.ogImage = absolute(c.media().output()));
            return this;
        }

        /** A breadcrumb between 首页 and this page (added in order). */
        PageBuilder crumb(String label, String sitePath) {
            crumbs.add(new LinkView(label, sitePath, false));
            return this;
        }

        /** For the error page, which the server shows at any depth: links start from the site's base path. */
        PageBuilder absoluteRoot() {
            this.rootOverride = site.config().basePath();
            return this;
        }

        PageView build() {
            String root = rootOverride != null ? rootOverride : "../".repeat(depth(folder));
            String rootForCrumbs = root;
            List<LinkView> breadcrumbs = new ArrayList<>();
            if (!folder.isEmpty()) {
                breadcrumbs.add(new LinkView("首页", rootForCrumbs.isEmpty() ? "./" : rootForCrumbs, false));
                for (LinkView c : crumbs) {
                    String url = rootForCrumbs + c.url();
                    breadcrumbs.add(new LinkView(c.label(), url.isEmpty() ? "./" : url, false));
                }
                breadcrumbs.add(new LinkView(title, "", true));
            }
            String siteTitle = site.config().title();
            String headTitle = folder.isEmpty() ? siteTitle : title + " - " + siteTitle;
            return new PageView(kind, title, headTitle, root, folder, absolute(folder),
                    columnName.isEmpty() ? title : columnName, columnType.isEmpty() ? title : columnType,
                    description, keywords, pubDate, source, author, breadcrumbs, ogType, ogImage);
        }
    }

    private static int depth(String folder) {
        int n = 0;
        for (int i = 0; i < folder.length(); i++) {
            if (folder.charAt(i) == '/') {
                n++;
            }
        }
        return n;
    }
}
