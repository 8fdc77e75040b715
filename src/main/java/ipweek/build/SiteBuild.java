package ipweek.build;

import ipweek.bake.JBakeOven;
import ipweek.check.Rules;
import ipweek.diag.Diagnostics;
import ipweek.diag.Problem;
import ipweek.diag.SourceRef;
import ipweek.model.Site;
import ipweek.parse.ContentLoader;
import ipweek.parse.LoadedContent;
import ipweek.plan.PageJob;
import ipweek.plan.SitePlanner;
import ipweek.write.StagedOutput;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One build, stage by stage: load (read and parse, Markdown rendered) → check (cross-file rules) → assemble the
 * model → plan the pages → bake them with JBake into a staging folder → put the staged site in place. Any error
 * stops the build before the output is touched.
 */
public final class SiteBuild {

    private final BuildOptions options;

    public SiteBuild(BuildOptions options) {
        this.options = options;
    }

    public BuildResult run() {
        long start = System.nanoTime();
        Diagnostics diagnostics = new Diagnostics();
        ContentLoader loader = new ContentLoader(options.site(), diagnostics, options.today(), options.drafts());
        LoadedContent content = loader.load();
        Rules.checkAll(content, diagnostics);
        if (diagnostics.hasErrors() || content.config().isEmpty() || content.week().isEmpty()) {
            return result(diagnostics, loader, 0, start);
        }
        Site site = SiteAssembler.assemble(content, options.baseUrl(), options.today());
        List<PageJob> jobs = SitePlanner.plan(site);
        checkClashes(jobs, diagnostics);
        if (diagnostics.hasErrors()) {
            return result(diagnostics, loader, 0, start);
        }
        String refusal = StagedOutput.refusal(options.output(), options.site().root());
        if (refusal != null) {
            diagnostics.report(Problem.OUTPUT_FAILED, SourceRef.file(options.output().toString()), "", refusal);
            return result(diagnostics, loader, 0, start);
        }
        StagedOutput output = StagedOutput.begin(options.output());
        try {
            JBakeOven.bake(options.site(), jobs, site.media().values(), output.staging(), diagnostics);
            output.writeText("robots.txt", "User-agent: *\nAllow: /\nSitemap: " + site.config().baseUrl() + "sitemap.xml\n");
            if (diagnostics.hasErrors()) {
                output.abandon();
                return result(diagnostics, loader, 0, start);
            }
            output.commit();
        } catch (UncheckedIOException e) {
            output.abandon();
            diagnostics.report(Problem.OUTPUT_FAILED, SourceRef.file(options.output().toString()), "",
                    e.getCause().getClass().getSimpleName() + ": " + e.getCause().getMessage());
        } catch (RuntimeException | Error e) {
            output.abandon();
            throw e;
        }
        return result(diagnostics, loader, jobs.size(), start);
    }

    /** Two pages for one file would silently overwrite each other. */
    private static void checkClashes(List<PageJob> jobs, Diagnostics diagnostics) {
        Map<String, PageJob> seen = new HashMap<>();
        for (PageJob job : jobs) {
            PageJob first = seen.putIfAbsent(job.file(), job);
            if (first != null) {
                diagnostics.report(Problem.OUTPUT_CLASH, SourceRef.file(job.file()), "", job.file(), first.template() + " 页面");
            }
        }
    }

    private static BuildResult result(Diagnostics diagnostics, ContentLoader loader, int pages, long start) {
        return new BuildResult(diagnostics.sorted(), loader.sources(), pages, (System.nanoTime() - start) / 1_000_000);
    }
}
