package ipweek.build;

import ipweek.model.Activity;
import ipweek.model.Article;
import ipweek.model.CaseBatch;
import ipweek.model.Channel;
import ipweek.model.GiProduct;
import ipweek.model.Law;
import ipweek.model.Site;
import ipweek.model.SiteConfig;
import ipweek.model.StaticPage;
import ipweek.parse.LoadedContent;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.Optional;

/**
 * Puts checked content into the {@link Site} the pages are planned from, with every list in an explicit order and
 * ties broken, so nothing depends on file-system order or thread timing.
 */
final class SiteAssembler {

    /** Newest first; same day: later time first; then by slug. */
    static final Comparator<Article> ARTICLE_ORDER = Comparator.comparing(Article::date).reversed()
            .thenComparing((Article a) -> a.time().orElse(LocalTime.MIDNIGHT), Comparator.reverseOrder())
            .thenComparing(Article::slug);

    /** As editors ordered them ({@code order}, else file order), then by id. */
    static final Comparator<Channel> CHANNEL_ORDER = Comparator.comparingInt(Channel::order).thenComparing(Channel::id);

    /** By 效力级别 (法律 first), then as editors listed them (民法典 before 商标法), then by id. */
    static final Comparator<Law> LAW_ORDER = Comparator.comparing(Law::level).thenComparing(Law::at)
            .thenComparing(Law::id);

    /** Case batches newest first, then by id. */
    static final Comparator<CaseBatch> BATCH_ORDER = Comparator.comparing(CaseBatch::published).reversed()
            .thenComparing(CaseBatch::id);

    /** GI products by county, then name, both in pinyin order (安平 before 范川 before 临河), then id. */
    static final Comparator<GiProduct> GI_ORDER = Comparator.comparing((GiProduct g) -> g.location().slug())
            .thenComparing(g -> ipweek.model.Slugs.of(g.name())).thenComparing(GiProduct::id);

    private SiteAssembler() {
    }

    static Site assemble(LoadedContent content, Optional<String> baseUrl, LocalDate today) {
        SiteConfig config = content.config().orElseThrow();
        if (baseUrl.isPresent()) {
            config = withBaseUrl(config, baseUrl.get());
        }
        return new Site(config, content.week().orElseThrow(),
                content.activities().stream().sorted(Comparator.comparingInt(Activity::no).thenComparing(Activity::id)).toList(),
                content.articles().stream().sorted(ARTICLE_ORDER).toList(),
                content.pages().stream().sorted(Comparator.comparing(StaticPage::slug)).toList(),
                content.media(), today,
                content.channels().stream().sorted(CHANNEL_ORDER).toList(),
                content.laws().stream().sorted(LAW_ORDER).toList(),
                content.handbook(),
                content.caseBatches().stream().sorted(BATCH_ORDER).toList(),
                content.giProducts().stream().sorted(GI_ORDER).toList());
    }

    private static SiteConfig withBaseUrl(SiteConfig c, String url) {
        String base = url.endsWith("/") ? url : url + "/";
        return new SiteConfig(c.title(), c.shortTitle(), c.description(), c.keywords(), base, c.sponsor(),
                c.undertaker(), c.coSponsors(), c.contact(), c.identity(), c.hostSite(), c.hotlines(), c.nav(),
                c.primaryColor(), c.at());
    }
}
