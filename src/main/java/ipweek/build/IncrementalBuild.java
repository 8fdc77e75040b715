package ipweek.build;

import ipweek.diag.Diagnostic;
import ipweek.diag.Diagnostics;
import ipweek.model.Site;
import ipweek.model.SitePage;
import ipweek.parse.ParseCache;
import ipweek.pdf.HandbookPdf;
import ipweek.plan.PageJob;
import ipweek.plan.PlanMemo;
import ipweek.plan.SitePlanner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
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
public final class IncrementalBuild implements AutoCloseable {

    /** What one rebuild did. */
    public record Outcome(List<Diagnostic> diagnostics, BuildResult result, int rendered, int total, long millis) {
        public boolean failed() {
            return result.failed();
        }
    }

    private final BuildOptions options;
    private final ParseCache cache = ParseCache.forRebuilds();
    private final PlanMemo plans = PlanMemo.forRebuilds();
    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "ipweek-search-index");
        t.setDaemon(true);
        return t;
    });
    /** Every file of the preview as last written, search index included. */
    private Map<String, PageJob> previous = Map.of();
    /** The site whose handbook print page the last rebuild wrote, while its PDF is still to be made. */
    private Site pdfToMake;
    private Set<String> searchFiles = Set.of();
    private String previousTemplates = "";
    private long generation;
    private Future<?> searchUpdate = CompletableFuture.completedFuture(null);

    public IncrementalBuild(BuildOptions options) {
        this.options = options;
    }

    /**
     * Rebuilds after an edit. The first rebuild makes everything; later ones leave the search page and index to a
     * background update that starts as soon as the edited pages are written (indexing a large site takes seconds, and
     * the editor is waiting for the page they edited, not for the index).
     */
    public synchronized Outcome rebuild() {
        return withPdf(pages(Optional.empty()));
    }

    /**
     * Rebuilds after the files at {@code changed} (and nothing else in the content folder) were created, modified or
     * deleted, as the preview server's file watcher reports them: only those paths are looked at again.
     */
    public synchronized Outcome rebuild(Set<Path> changed) {
        return withPdf(pages(Optional.of(changed)));
    }

    /**
     * A rebuild without the handbook PDF, for the preview server: the editor's page reloads without waiting seconds
     * for the PDF, which {@link #finishPdf} then makes. {@code changed} as for {@link #rebuild(Set)}, empty when not
     * known.
     */
    public synchronized Outcome pages(Optional<Set<Path>> changed) {
        changed.ifPresentOrElse(cache::changed, cache::changesUnknown);
        return rebuildNow();
    }

    /**
     * Makes the handbook PDF from the print page the last rebuild wrote, if it changed; returns that rebuild's
     * {@code outcome} with the PDF's problems added, or nothing when there was no PDF to make. A PDF that failed is
     * made again at the next rebuild.
     */
    public synchronized Optional<Outcome> finishPdf(Outcome outcome) {
        if (pdfToMake == null) {
            return Optional.empty();
        }
        Site site = pdfToMake;
        pdfToMake = null;
        long start = System.nanoTime();
        Diagnostics found = new Diagnostics();
        HandbookPdf.write(site, options.output(), found);
        if (found.hasErrors()) {
            previous = Map.of(); // render all next time, the print page and its PDF included
        }
        Diagnostics all = new Diagnostics();
        all.addAll(outcome.diagnostics());
        all.addAll(found.sorted());
        BuildResult result = new BuildResult(all.sorted(), outcome.result().sources(), outcome.result().pages(),
                outcome.millis() + millis(start), outcome.result().stages());
        return Optional.of(new Outcome(result.diagnostics(), result, outcome.rendered(), outcome.total(), result.millis()));
    }

    /** Whether the last rebuild left a handbook PDF for {@link #finishPdf} to make. */
    public synchronized boolean hasPdfToMake() {
        return pdfToMake != null;
    }

    private Outcome withPdf(Outcome pages) {
        return finishPdf(pages).orElse(pages);
    }

    /**
     * A rebuild with nothing changed that still runs every planner (each page found unchanged in the memo), so a new
     * JVM has run and compiled what an edit runs before the editor's first edit. Writes nothing.
     */
    public synchronized void warmUp() {
        plans.forgetPlanners();
        pages(Optional.of(Set.of()));
    }

    private Outcome rebuildNow() {
        long start = System.nanoTime();
        boolean withSearch = previous.isEmpty();
        Preparation.Prepared prepared = Preparation.prepare(options, cache, plans, withSearch);
        if (!prepared.ok()) {
            BuildResult result = new BuildResult(prepared.diagnostics().sorted(), prepared.sources(), 0, millis(start));
            return new Outcome(result.diagnostics(), result, 0, 0, result.millis());
        }
        Site site = prepared.site().orElseThrow();
        String templates = templatesSignature();
        boolean everything = !templates.equals(previousTemplates);
        Map<String, PageJob> current = new HashMap<>();
        List<PageJob> changed = prepared.timings().time("compare", () -> changedJobs(prepared.jobs(), everything, current));
        Set<String> keep = withSearch ? Set.of() : searchFiles; // the background update decides about those
        List<String> gone = gone(current, keep);
        prepared.timings().run("write", () -> write(site, changed, gone, prepared.diagnostics()));
        BuildResult result = new BuildResult(prepared.diagnostics().sorted(), prepared.sources(), changed.size(), millis(start),
                prepared.timings().stages());
        if (result.failed()) {
            pdfToMake = null;
            previous = Map.of(); // a template error may have left pages half-done: render all next time
            return new Outcome(result.diagnostics(), result, changed.size(), current.size(), result.millis());
        }
        if (withSearch) {
            searchFiles = prepared.jobs().stream().map(PageJob::file)
                    .filter(file -> file.startsWith(SitePage.SEARCH.path())).collect(Collectors.toSet());
        } else {
            searchFiles.forEach(file -> current.put(file, everything ? null : previous.get(file)));
            // Every searchable record has a page, so when no page changed neither did the index: a pending update
            // (of an earlier rebuild, from the same content) stays valid.
            if (everything || !changed.isEmpty() || !gone.isEmpty()) {
                long asOf = ++generation;
                searchUpdate = background.submit(() -> updateSearch(site, asOf));
            }
        }
        previous = current;
        previousTemplates = templates;
        return new Outcome(result.diagnostics(), result, changed.size(), current.size(), result.millis());
    }

    /** Waits until the search index is up to date with the last rebuild (for tests and the benchmark). */
    public void awaitSearchIndex() throws InterruptedException, ExecutionException {
        Future<?> pending;
        synchronized (this) {
            pending = searchUpdate;
        }
        pending.get();
    }

    /** Stops the background update, waiting for one that is writing (so the preview folder can be removed). */
    @Override
    public void close() {
        background.shutdownNow();
        try {
            background.awaitTermination(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Plans the search files of {@code site} and writes those that changed, unless a newer rebuild has started. */
    private void updateSearch(Site site, long asOf) {
        List<PageJob> jobs = SitePlanner.planSearch(site); // the slow part, outside the lock
        synchronized (this) {
            if (asOf != generation) {
                return; // a newer rebuild will bring its own update
            }
            Map<String, PageJob> current = new HashMap<>(previous);
            searchFiles.forEach(current::remove);
            List<PageJob> changed = changedJobs(jobs, false, current);
            List<String> gone = searchFiles.stream().filter(file -> !current.containsKey(file)).toList();
            Diagnostics found = new Diagnostics(); // the content's problems were reported by the rebuild
            write(site, changed, gone, found);
            searchFiles = jobs.stream().map(PageJob::file).collect(Collectors.toSet());
            // A broken search template: the next rebuild makes everything again, in the foreground, and shows it.
            previous = found.hasErrors() ? Map.of() : current;
        }
    }

    /** Jobs whose model differs from the last written one (all with {@code everything}); fills {@code current}. */
    private List<PageJob> changedJobs(List<PageJob> jobs, boolean everything, Map<String, PageJob> current) {
        List<PageJob> changed = new ArrayList<>();
        for (PageJob job : jobs) {
            current.put(job.file(), job);
            if (everything || !job.equals(previous.get(job.file()))) {
                changed.add(job);
            }
        }
        return changed;
    }

    private List<String> gone(Map<String, PageJob> current, Set<String> keep) {
        return previous.keySet().stream().filter(file -> !current.containsKey(file) && !keep.contains(file)).toList();
    }

    private void write(Site site, List<PageJob> changed, List<String> gone, Diagnostics diagnostics) {
        try {
            Files.createDirectories(options.output());
            for (String file : gone) {
                Files.deleteIfExists(options.output().resolve(file));
            }
            Preparation.writeSite(options, site, Preparation.setup(options, site, false), changed, options.output(), diagnostics);
            // The handbook PDF is made from the print page; it takes seconds, so only when that page changed, and
            // after the rebuild (finishPdf).
            if (changed.stream().anyMatch(job -> job.file().equals(HandbookPdf.SOURCE_PAGE))) {
                pdfToMake = site;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
