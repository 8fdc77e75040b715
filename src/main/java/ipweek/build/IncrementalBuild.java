package ipweek.build;

import ipweek.diag.Diagnostic;
import ipweek.model.Paths;
import ipweek.model.Site;
import ipweek.parse.ParseCache;
import ipweek.pdf.HandbookPdf;
import ipweek.plan.PageJob;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Rebuilds a preview folder after an edit, rendering only the pages whose data changed. Every page's data model is
 * made of records, lists and strings, so comparing it with the previous build's tells exactly which pages an edit
 * touched: the edited article, its neighbours (their previous/next titles), the lists and the home page it appears
 * on — and nothing else. A change to the site's templates re-renders everything. The handbook PDF is made again when
 * its print page changed.
 *
 * <p>Unlike {@link SiteBuild} this writes in place: it is for the preview server's private folder, never for
 * publishing.
 */
public final class IncrementalBuild {

    /** What one rebuild did. */
    public record Outcome(List<Diagnostic> diagnostics, BuildResult result, int rendered, int total, long millis) {
        public boolean failed() {
            return result.failed();
        }
    }

    private final BuildOptions options;
    private final ParseCache cache = ParseCache.forRebuilds();
    private Map<String, PageJob> previous = Map.of();
    private String previousTemplates = "";

    public IncrementalBuild(BuildOptions options) {
        this.options = options;
    }

    public synchronized Outcome rebuild() {
        long start = System.nanoTime();
        Preparation.Prepared prepared = Preparation.prepare(options, cache);
        if (!prepared.ok()) {
            BuildResult result = new BuildResult(prepared.diagnostics().sorted(), prepared.sources(), 0, millis(start));
            return new Outcome(result.diagnostics(), result, 0, 0, result.millis());
        }
        Site site = prepared.site().orElseThrow();
        String templates = templatesSignature();
        boolean everything = !templates.equals(previousTemplates);
        List<PageJob> changed = new ArrayList<>();
        Map<String, PageJob> current = new HashMap<>();
        for (PageJob job : prepared.jobs()) {
            current.put(job.file(), job);
            if (everything || !job.equals(previous.get(job.file()))) {
                changed.add(job);
            }
        }
        try {
            Files.createDirectories(options.output());
            for (String gone : previous.keySet()) {
                if (!current.containsKey(gone)) {
                    Files.deleteIfExists(options.output().resolve(gone));
                }
            }
            Preparation.writeSite(options, site, changed, options.output(), prepared.diagnostics(), false);
            // The handbook PDF is made from the print page; it takes seconds, so only when that page changed.
            String printPage = Paths.file(Paths.handbookPrint());
            if (changed.stream().anyMatch(job -> job.file().equals(printPage))) {
                HandbookPdf.write(site, options.output(), prepared.diagnostics());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        BuildResult result = new BuildResult(prepared.diagnostics().sorted(), prepared.sources(), changed.size(), millis(start));
        if (!result.failed()) {
            previous = current;
            previousTemplates = templates;
        } else {
            previous = Map.of(); // a template error may have left pages half-done: render all next time
        }
        return new Outcome(result.diagnostics(), result, changed.size(), current.size(), result.millis());
    }

    /** Names, sizes and modification times of the site's own templates: cheap, and changes with every save. */
    private String templatesSignature() {
        Path dir = options.site().templates();
        if (!Files.isDirectory(dir)) {
            return "none";
        }
        StringBuilder sb = new StringBuilder();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                sb.append(dir.relativize(p)).append(':').append(Files.size(p)).append(':')
                        .append(Files.getLastModifiedTime(p).toMillis()).append('\n');
            }
        } catch (IOException e) {
            return "unreadable-" + System.nanoTime();
        }
        return sb.toString();
    }

    private static long millis(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
