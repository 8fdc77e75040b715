package ipweek.build;

import ipweek.bake.JBakeOven;
import ipweek.bake.SiteStylesheets;
import ipweek.check.Rules;
import ipweek.diag.Diagnostics;
import ipweek.diag.Problem;
import ipweek.diag.SourceRef;
import ipweek.model.Site;
import ipweek.parse.ContentLoader;
import ipweek.parse.LoadedContent;
import ipweek.parse.ParseCache;
import ipweek.plan.PageJob;
import ipweek.plan.PlanMemo;
import ipweek.plan.SitePlanner;
import ipweek.source.SourceFile;
import ipweek.write.PreviousOutput;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The part of a build that writes nothing: load → check → assemble → plan. {@link SiteBuild}, {@code ipweek check}
 * and the preview server all start here.
 */
public final class Preparation {

    /** What preparing found: every problem so far, the files read, and — when there were no errors — the pages. */
    public record Prepared(Diagnostics diagnostics, Map<String, SourceFile> sources, Optional<Site> site, List<PageJob> jobs,
                           Timings timings) {

        public Prepared {
            sources = Map.copyOf(sources);
            jobs = List.copyOf(jobs);
        }

        public boolean ok() {
            return site.isPresent() && !diagnostics.hasErrors();
        }
    }

    private Preparation() {
    }

    public static Prepared prepare(BuildOptions options) {
        return prepare(options, ParseCache.none(), PlanMemo.none(), true);
    }

    /**
     * Prepares with what {@code cache} and {@code memo} keep from earlier builds of the same site (the preview server's
     * rebuilds); without the search page and index when {@code withSearch} is false (see
     * {@link SitePlanner#plan(Site, boolean, PlanMemo)}).
     */
    public static Prepared prepare(BuildOptions options, ParseCache cache, PlanMemo memo, boolean withSearch) {
        Timings timings = new Timings();
        Diagnostics diagnostics = new Diagnostics();
        ContentLoader loader = new ContentLoader(options.site(), diagnostics, options.today(), options.drafts(), cache);
        LoadedContent content = timings.time("load", loader::load);
        timings.run("check", () -> Rules.checkAll(content, diagnostics, cache));
        if (diagnostics.hasErrors() || content.config().isEmpty() || content.week().isEmpty()) {
            return new Prepared(diagnostics, loader.sources(), Optional.empty(), List.of(), timings);
        }
        Site site = timings.time("assemble", () -> SiteAssembler.assemble(content, options.baseUrl(), options.today()));
        List<PageJob> jobs = timings.time("plan", () -> SitePlanner.plan(site, withSearch, memo));
        checkClashes(jobs, diagnostics);
        return new Prepared(diagnostics, loader.sources(), Optional.of(site), jobs, timings);
    }

    /** Two pages for one file would silently overwrite each other. */
    static void checkClashes(List<PageJob> jobs, Diagnostics diagnostics) {
        Map<String, PageJob> seen = new HashMap<>(jobs.size() * 2);
        for (PageJob job : jobs) {
            PageJob first = seen.putIfAbsent(job.file(), job);
            if (first != null) {
                diagnostics.report(Problem.OUTPUT_CLASH, SourceRef.file(job.file()), "", job.file(), first.template() + " 页面");
            }
        }
    }

    /**
     * What the writes into one folder share (see {@link JBakeOven.Setup}); {@code publish}: with fingerprinted asset
     * names and precompressed copies, as published; with no published site to link to (the preview and checks).
     */
    static JBakeOven.Setup setup(BuildOptions options, Site site, boolean publish) {
        return setup(options, site, publish, PreviousOutput.none());
    }

    /** The setup of a published build, which links files unchanged since {@code previous}. */
    static JBakeOven.Setup setup(BuildOptions options, Site site, boolean publish, PreviousOutput previous) {
        return JBakeOven.setup(options.site(), publish, site.config().basePath(), previous, SiteStylesheets.of(site));
    }

    /**
     * Writes the site's pages ({@code jobs}: all of them, or the changed ones in a preview), its assets and media and
     * {@code robots.txt} into {@code folder}: the part every way of building shares. Problems go to {@code diagnostics}.
     */
    static void writeSite(BuildOptions options, Site site, JBakeOven.Setup setup, List<PageJob> jobs, Path folder,
                          Diagnostics diagnostics) {
        JBakeOven.bake(options.site(), setup, jobs, site.media().values(), folder, diagnostics, true);
        try {
            Files.writeString(folder.resolve("robots.txt"), robots(site), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes more pages into a folder {@link #writeSite} has written, with the same setup. */
    static void writePages(BuildOptions options, Site site, JBakeOven.Setup setup, List<PageJob> jobs, Path folder,
                           Diagnostics diagnostics) {
        JBakeOven.bake(options.site(), setup, jobs, site.media().values(), folder, diagnostics, false);
    }

    /** {@code robots.txt}: allow everything and point at the sitemap. */
    static String robots(Site site) {
        return "User-agent: *\nAllow: /\nSitemap: " + site.config().baseUrl() + "sitemap.xml\n";
    }
}
