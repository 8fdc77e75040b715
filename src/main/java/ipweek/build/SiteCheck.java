package ipweek.build;

import ipweek.check.OutputLinkChecker;
import ipweek.model.Site;
import ipweek.pdf.HandbookPdf;
import ipweek.write.StagedOutput;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code ipweek check}: everything a build does — content, templates, the pages themselves — and then every internal
 * link, anchor and image of the pages it made, in a temporary folder that is thrown away. The output folder is never
 * touched.
 */
public final class SiteCheck {

    private final BuildOptions options;

    /** {@code options.output()} is ignored: a check never writes there. */
    public SiteCheck(BuildOptions options) {
        this.options = options;
    }

    public BuildResult run() {
        long start = System.nanoTime();
        Preparation.Prepared prepared = Preparation.prepare(options);
        int pages = 0;
        if (prepared.ok()) {
            Site site = prepared.site().orElseThrow();
            Path temp;
            try {
                temp = Files.createTempDirectory("ipweek-check-");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            StagedOutput scratch = StagedOutput.begin(temp.resolve("site"));
            try {
                Preparation.writeSite(options, site, Preparation.setup(options, site, false), prepared.jobs(),
                        scratch.staging(), prepared.diagnostics());
                HandbookPdf.write(site, scratch.staging(), prepared.diagnostics()); // pages link to it; fonts checked
                if (!prepared.diagnostics().hasErrors()) {
                    new OutputLinkChecker(scratch.staging()).check(prepared.diagnostics());
                }
                pages = prepared.jobs().size();
            } finally {
                scratch.abandon();
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException e) {
                    // a temporary folder the OS cleans up
                }
            }
        }
        return new BuildResult(prepared.diagnostics().sorted(), prepared.sources(), pages, (System.nanoTime() - start) / 1_000_000);
    }
}
