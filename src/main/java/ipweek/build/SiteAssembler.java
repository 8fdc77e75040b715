package ipweek.build;

import ipweek.model.Activity;
import ipweek.model.Article;
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
                content.media(), today);
    }

    private static SiteConfig withBaseUrl(SiteConfig c, String url) {
        String base = url.endsWith("/") ? url : url + "/";
        return new SiteConfig(c.title(), c.shortTitle(), c.description(), c.keywords(), base, c.sponsor(),
                c.undertaker(), c.coSponsors(), c.contact(), c.identity(), c.hostSite(), c.hotlines(), c.nav(),
                c.primaryColor(), c.at());
    }
}
