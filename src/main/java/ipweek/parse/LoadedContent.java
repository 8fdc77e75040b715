package ipweek.parse;

import ipweek.model.Activity;
import ipweek.model.Article;
import ipweek.model.CaseBatch;
import ipweek.model.Channel;
import ipweek.model.GiProduct;
import ipweek.model.Handbook;
import ipweek.model.Law;
import ipweek.model.MediaFile;
import ipweek.model.SiteConfig;
import ipweek.model.StaticPage;
import ipweek.model.Week;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything read from {@code content/}, Markdown rendered, in source order. Empty optionals mean the file was
 * missing or broken (the problem is in the diagnostics). Drafts and scheduled articles are already left out unless
 * the build asked for them.
 */
public record LoadedContent(
        Optional<SiteConfig> config,
        Optional<Week> week,
        List<Activity> activities,
        List<Article> articles,
        List<StaticPage> pages,
        Map<String, MediaFile> media,
        List<Channel> channels,
        List<Law> laws,
        Optional<Handbook> handbook,
        List<CaseBatch> caseBatches,
        List<GiProduct> giProducts) {

    public LoadedContent {
        activities = List.copyOf(activities);
        articles = List.copyOf(articles);
        pages = List.copyOf(pages);
        media = Map.copyOf(media);
        channels = List.copyOf(channels);
        laws = List.copyOf(laws);
        caseBatches = List.copyOf(caseBatches);
        giProducts = List.copyOf(giProducts);
    }
}
