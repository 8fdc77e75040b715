package ipweek.build;

import ipweek.bake.JBakeOven;
import ipweek.diag.Diagnostics;
import ipweek.diag.Problem;
import ipweek.diag.SourceRef;
import ipweek.model.Site;
import ipweek.plan.PageJob;
import ipweek.parse.ParseCache;
import ipweek.pdf.HandbookPdf;
import ipweek.plan.PlanMemo;
import ipweek.plan.SitePlanner;
import ipweek.write.PreviousOutput;
import ipweek.write.StagedOutput;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * One build, stage by stage: {@link Preparation} (load → check → assemble → plan), then bake the pages with JBake into
 * a staging folder and make the handbook PDF there from the baked print page (at the same time as the other pages),
 * then put the staged site in place. Any error stops the build before the output is touched.
 */
public final class SiteBuild {

    private final BuildOptions options;

    public SiteBuild(BuildOptions options) {
        this.options = options;
    }

    public BuildResult run() {
        long start = System.nanoTime();
        // The search index is planned on a thread of its own while the other pages render (planning it is seconds of
        // only partly parallel work at 10,000 articles); its pages are rendered last.
        Preparation.Prepared prepared = Preparation.prepare(options, ParseCache.none(), PlanMemo.none(), false);
        Diagnostics diagnostics = prepared.diagnostics();
        if (!prepared.ok()) {
            return result(prepared, 0, start);
        }
        Site site = prepared.site().orElseThrow();
        String refusal = StagedOutput.refusal(options.output(), options.site().root());
        if (refusal != null) {
            diagnostics.report(Problem.OUTPUT_FAILED, SourceRef.file(options.output().toString()), "", refusal);
            return result(prepared, 0, start);
        }
        StagedOutput output = StagedOutput.begin(options.output());
        try {
            Timings timings = prepared.timings();
            CompletableFuture<List<PageJob>> search = CompletableFuture.supplyAsync(
                    () -> timings.time("search-index", () -> SitePlanner.planSearch(site)));
            Map<String, String> records = new HashMap<>();
            int pages = timings.time("bake", () -> bake(site, prepared.jobs(), search, output, diagnostics, records));
            if (diagnostics.hasErrors()) {
                output.abandon();
                return result(prepared, 0, start);
            }
            timings.run("commit", () -> output.commit(records));
            return result(prepared, pages, start);
        } catch (UncheckedIOException e) {
            output.abandon();
            diagnostics.report(Problem.OUTPUT_FAILED, SourceRef.file(options.output().toString()), "",
                    e.getCause().getClass().getSimpleName() + ": " + e.getCause().getMessage());
            return result(prepared, 0, start);
        } catch (RuntimeException | Error e) {
            output.abandon();
            throw e;
        }
    }

    /**
     * Renders every page into the staging folder and makes the handbook PDF from the staged print page (failures are
     * errors). The print page and the assets go first, so that the PDF — seconds of mostly single-threaded layout —
     * is made on a thread of its own while the other pages render.
     */
    private int bake(Site site, List<PageJob> jobs, CompletableFuture<List<PageJob>> search, StagedOutput output,
                     Diagnostics diagnostics, Map<String, String> records) {
        List<PageJob> first = jobs.stream().filter(j -> j.file().equals(HandbookPdf.SOURCE_PAGE)).toList();
        List<PageJob> rest = jobs.stream().filter(j -> !j.file().equals(HandbookPdf.SOURCE_PAGE)).toList();
        PreviousOutput previous = PreviousOutput.of(output.output(), output.staging());
        JBakeOven.Setup setup = Preparation.setup(options, site, true, previous); // asset names and templates, once
        Preparation.writeSite(options, site, setup, first, output.staging(), diagnostics);
        Runnable makePdf = () -> HandbookPdf.write(site, output.staging(), diagnostics, previous)
                .filter(made -> !made.record().isEmpty())
                .ifPresent(made -> records.put(HandbookPdf.RECORD, made.record()));
        CompletableFuture<?> pdf = CompletableFuture.runAsync(makePdf, runnable -> {
            Thread t = new Thread(runnable, "ipweek-handbook-pdf");
            t.setDaemon(true);
            t.start();
        });
        try {
            Preparation.writePages(options, site, setup, rest, output.staging(), diagnostics);
            List<PageJob> searchJobs = search.join();
            List<PageJob> all = new java.util.ArrayList<>(jobs);
            all.addAll(searchJobs);
            Preparation.checkClashes(all, diagnostics);
            if (!diagnostics.hasErrors()) {
                Preparation.writePages(options, site, setup, searchJobs, output.staging(), diagnostics);
            }
            return all.size();
        } finally {
            pdf.join();
        }
    }

    private static BuildResult result(Preparation.Prepared prepared, int pages, long start) {
        return new BuildResult(prepared.diagnostics().sorted(), prepared.sources(), pages, (System.nanoTime() - start) / 1_000_000,
                prepared.timings().stages());
    }
}
