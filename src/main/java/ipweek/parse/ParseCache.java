package ipweek.parse;

import ipweek.diag.Diagnostic;
import ipweek.diag.Diagnostics;
import ipweek.model.Markdown;
import ipweek.source.ContentScan;
import ipweek.source.SiteFolder;
import ipweek.source.SourceFile;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * What the preview server keeps between rebuilds so that one edited file does not mean re-reading and re-parsing ten
 * thousand: each file as read (reused while its size and modification time stay the same), what was parsed from it,
 * each rendered Markdown text (reused while the text and the set of link targets stay the same), and what later steps
 * make from those ({@link #derived}: numbered case batches, the checks over them). The problems
 * found the first time are kept with each entry and reported again, so a cached build reports exactly what a fresh
 * one would. A one-off build uses {@link #none()}, which keeps nothing (holding every text twice would only cost memory).
 */
public final class ParseCache {

    private final boolean keeps;

    private ParseCache(boolean keeps) {
        this.keeps = keeps;
    }

    /** A cache for a series of builds of one site. */
    public static ParseCache forRebuilds() {
        return new ParseCache(true);
    }

    /** No cache: everything is read, parsed and rendered. */
    public static ParseCache none() {
        return new ParseCache(false);
    }

    /**
     * Tells the cache which paths changed since the last build (the preview server's file watcher knows), so that the
     * next {@link #scan} walks only those; without it (or after {@link #changesUnknown}) the whole folder is walked.
     */
    public synchronized void changed(Set<Path> paths) {
        changedSinceScan = Set.copyOf(paths);
    }

    /** The next scan walks the whole content folder. */
    public synchronized void changesUnknown() {
        changedSinceScan = null;
    }

    /** The content folder's files, walked again or — when the changes since the last walk are known — updated. */
    synchronized ContentScan scan(SiteFolder site) {
        if (!keeps) {
            return ContentScan.of(site);
        }
        lastScan = lastScan != null && changedSinceScan != null ? lastScan.updated(changedSinceScan) : ContentScan.of(site);
        changedSinceScan = null;
        forgetWhatIsGone();
        return lastScan;
    }

    /**
     * Drops what was kept for files that are no longer there and for derived data the last build did not ask for (a
     * deleted or renamed case batch), so that a preview server running all day holds only the current site.
     */
    private void forgetWhatIsGone() {
        files.keySet().removeIf(path -> lastScan.stamp(path).isEmpty());
        parsed.keySet().removeIf(path -> lastScan.stamp(path).isEmpty());
        derived.keySet().retainAll(derivedAsked);
        derivedAsked.clear();
    }

    /** The owners whose derived data is kept (for tests). */
    Set<Object> derivedOwners() {
        return Set.copyOf(derived.keySet());
    }

    /** The files whose parse is kept (for tests). */
    Set<Path> parsedFiles() {
        return Set.copyOf(parsed.keySet());
    }

    /** What some work made, with the problems it found: reported again each time the value is used. */
    private record Found<T>(T value, List<Diagnostic> problems) {

        static <T> Found<T> of(Function<Diagnostics, T> work) {
            Diagnostics found = new Diagnostics();
            T value = work.apply(found);
            return new Found<>(value, found.sorted());
        }

        T reportedTo(Diagnostics diagnostics) {
            diagnostics.addAll(problems);
            return value;
        }
    }

    private record FileEntry(ContentScan.Stamp stamp, Found<Optional<SourceFile>> file) {
    }

    private record ParsedEntry(SourceFile from, Found<?> parsed) {
    }

    private record DerivedEntry(Object inputs, Found<?> made) {
    }

    private record MarkdownKey(String markdown, String file, String siteRel, int firstLine) {
    }

    private final Map<Path, FileEntry> files = new ConcurrentHashMap<>();
    private final Map<Path, ParsedEntry> parsed = new ConcurrentHashMap<>();
    private final Map<MarkdownKey, Found<Markdown>> markdown = new ConcurrentHashMap<>();
    private final Map<Object, DerivedEntry> derived = new ConcurrentHashMap<>();
    /** The owners that asked for derived data since the last scan. */
    private final Set<Object> derivedAsked = ConcurrentHashMap.newKeySet();
    private volatile LinkTargets markdownTargets;
    private ContentScan lastScan;
    /** What changed in the content folder since the last scan, as the file watcher reported it; null: not known. */
    private Set<Path> changedSinceScan;
    private volatile Object parseContext;

    /**
     * The file at {@code path}, read by {@code read} unless it is unchanged since the last time; {@code stamp}: its
     * size and modification time as the build's walk of the content folder found them (empty when it did not).
     */
    Optional<SourceFile> file(Path path, Optional<ContentScan.Stamp> stamp, Function<Diagnostics, Optional<SourceFile>> read,
                              Diagnostics diagnostics) {
        if (!keeps) {
            return read.apply(diagnostics);
        }
        if (stamp.isEmpty()) {
            return read.apply(diagnostics); // not found by the walk: let the reader report it
        }
        FileEntry entry = files.get(path);
        if (entry == null || !entry.stamp().equals(stamp.get())) {
            entry = new FileEntry(stamp.get(), Found.of(read));
            files.put(path, entry);
        }
        return entry.file().reportedTo(diagnostics);
    }

    /** What {@code parse} makes of {@code file}, parsed again only when the file was read again. */
    @SuppressWarnings("unchecked")
    <T> T parsed(SourceFile file, Function<Diagnostics, T> parse, Diagnostics diagnostics) {
        if (!keeps) {
            return parse.apply(diagnostics);
        }
        ParsedEntry entry = parsed.get(file.path());
        if (entry == null || entry.from() != file) {
            entry = new ParsedEntry(file, Found.of(parse));
            parsed.put(file.path(), entry);
        }
        return (T) entry.parsed().reportedTo(diagnostics);
    }

    /**
     * Called once per build before anything is parsed, with what parsers check files against besides the files
     * themselves (the media files, the build date): when it changes, everything is parsed again.
     */
    void useParseContext(Object context) {
        if (keeps && !context.equals(parseContext)) {
            parsed.clear();
            parseContext = context;
        }
    }

    /**
     * Called once per build before any Markdown is rendered: rendered HTML depends on where links lead, so when any
     * page moved (or appeared, or went) every text is rendered again.
     */
    LinkTargets useTargets(LinkTargets targets) {
        if (!keeps) {
            return targets;
        }
        if (!targets.equals(markdownTargets)) {
            markdown.clear();
            markdownTargets = targets;
        }
        return markdownTargets; // the kept one when equal: later comparisons with it are identity checks
    }

    /**
     * What {@code work} makes of {@code inputs}, made again only when the inputs differ from those {@code owner} last
     * gave (compared with {@code equals}; parts kept by this cache compare by identity, so an unchanged site costs
     * little). For derived data whose inputs a rebuild has at hand: assembling ten thousand cases, the checks that run
     * over them. The problems {@code work} found are reported again on every reuse.
     */
    @SuppressWarnings("unchecked")
    public <T> T derived(Object owner, Object inputs, Function<Diagnostics, T> work, Diagnostics diagnostics) {
        if (!keeps) {
            return work.apply(diagnostics);
        }
        derivedAsked.add(owner);
        DerivedEntry entry = derived.get(owner);
        if (entry == null || !entry.inputs().equals(inputs)) {
            entry = new DerivedEntry(inputs, Found.of(work));
            derived.put(owner, entry);
        }
        return (T) entry.made().reportedTo(diagnostics);
    }

    /** The HTML of a Markdown text, rendered by {@code render} unless it was rendered before with the same targets. */
    Markdown markdown(String text, String file, String siteRel, int firstLine, Function<Diagnostics, Markdown> render,
                      Diagnostics diagnostics) {
        if (!keeps) {
            return render.apply(diagnostics);
        }
        MarkdownKey key = new MarkdownKey(text, file, siteRel, firstLine);
        Found<Markdown> entry = markdown.get(key);
        if (entry == null) { // not computeIfAbsent: rendering is slow, and would hold the map's lock meanwhile
            entry = Found.of(render);
            markdown.put(key, entry);
        }
        return entry.reportedTo(diagnostics);
    }
}
