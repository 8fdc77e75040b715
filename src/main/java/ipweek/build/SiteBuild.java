package ipweek.build;

import ipweek.diag.Diagnostics;
import ipweek.diag.Problem;
import ipweek.diag.SourceRef;
import ipweek.model.Site;
import ipweek.pdf.HandbookPdf;
import ipweek.write.StagedOutput;
import java.io.UncheckedIOException;

/**
 * One build, stage by stage: {@link Preparation} (load → check → assemble → plan), then bake the pages with JBake into
 * a staging folder, make the handbook PDF there from the baked print page, then put the staged site in place. Any
 * error stops the build before the output is touched.
 */
public final class SiteBuild {

    private final BuildOptions options;

    public SiteBuild(BuildOptions options) {
        this.options = options;
    }

    public BuildResult run() {
        long start = System.nanoTime();
        Preparation.Prepared prepared = Preparation.prepare(options);
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
            timings.run("bake", () -> Preparation.writeSite(options, site, prepared.jobs(), output.staging(), diagnostics, true));
            // from the staged print page; failures are errors
            timings.time("pdf", () -> HandbookPdf.write(site, output.staging(), diagnostics));
            if (diagnostics.hasErrors()) {
                output.abandon();
                return result(prepared, 0, start);
            }
            timings.run("commit", output::commit);
        } catch (UncheckedIOException e) {
            output.abandon();
            diagnostics.report(Problem.OUTPUT_FAILED, SourceRef.file(options.output().toString()), "",
                    e.getCause().getClass().getSimpleName() + ": " + e.getCause().getMessage());
        } catch (RuntimeException | Error e) {
            output.abandon();
            throw e;
        }
        return result(prepared, prepared.jobs().size(), start);
    }

    private static BuildResult result(Preparation.Prepared prepared, int pages, long start) {
        return new BuildResult(prepared.diagnostics().sorted(), prepared.sources(), pages, (System.nanoTime() - start) / 1_000_000,
                prepared.timings().stages());
    }
}
