package ipweek.parse;

import ipweek.diag.Diagnostic;
import ipweek.diag.Diagnostics;
import ipweek.model.Markdown;
import ipweek.source.SourceFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * What the preview server keeps between rebuilds so that one edited file does not mean re-reading and re-parsing ten
 * thousand: each file as read (reused while its size and modification time stay the same), what was parsed from it,
 * and each rendered Markdown text (reused while the text and the set of link targets stay the same). The problems
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

    private record FileEntry(long size, long modified, Optional<SourceFile> file, List<Diagnostic> problems) {
    }

    private record ParsedEntry(SourceFile from, Object parsed, List<Diagnostic> problems) {
    }

    private record MarkdownKey(String markdown, String file, String siteRel, int firstLine) {
    }

    private record MarkdownEntry(Markdown html, List<Diagnostic> problems) {
    }

    private final Map<Path, FileEntry> files = new ConcurrentHashMap<>();
    private final Map<Path, ParsedEntry> parsed = new ConcurrentHashMap<>();
    private final Map<MarkdownKey, MarkdownEntry> markdown = new ConcurrentHashMap<>();
    private volatile LinkTargets markdownTargets;
    private volatile Object parseContext;

    /** The file at {@code path}, read by {@code read} unless it is unchanged since the last time. */
    Optional<SourceFile> file(Path path, Function<Diagnostics, Optional<SourceFile>> read, Diagnostics diagnostics) {
        if (!keeps) {
            return read.apply(diagnostics);
        }
        long size;
        long modified;
        try {
            BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
            size = attributes.size();
            modified = attributes.lastModifiedTime().toMillis();
        } catch (IOException e) {
            return read.apply(diagnostics); // let the reader report it
        }
        FileEntry entry = files.get(path);
        if (entry == null || entry.size() != size || entry.modified() != modified) {
            Diagnostics found = new Diagnostics();
            entry = new FileEntry(size, modified, read.apply(found), found.sorted());
            files.put(path, entry);
        }
        diagnostics.addAll(entry.problems());
        return entry.file();
    }

    /** What {@code parse} makes of {@code file}, parsed again only when the file was read again. */
    @SuppressWarnings("unchecked")
    <T> T parsed(SourceFile file, Function<Diagnostics, T> parse, Diagnostics diagnostics) {
        if (!keeps) {
            return parse.apply(diagnostics);
        }
        ParsedEntry entry = parsed.get(file.path());
        if (entry == null || entry.from() != file) {
            Diagnostics found = new Diagnostics();
            entry = new ParsedEntry(file, parse.apply(found), found.sorted());
            parsed.put(file.path(), entry);
        }
        diagnostics.addAll(entry.problems());
        return (T) entry.parsed();
    }

    /**
     * Called once per build before anything is parsed: parsers check image references, so when the media files change
     * everything is parsed again.
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
    void useTargets(LinkTargets targets) {
        if (keeps && !targets.equals(markdownTargets)) {
            markdown.clear();
            markdownTargets = targets;
        }
    }

    /** The HTML of a Markdown text, rendered by {@code render} unless it was rendered before with the same targets. */
    Markdown markdown(String text, String file, String siteRel, int firstLine, Function<Diagnostics, Markdown> render,
                      Diagnostics diagnostics) {
        if (!keeps) {
            return render.apply(diagnostics);
        }
        MarkdownKey key = new MarkdownKey(text, file, siteRel, firstLine);
        MarkdownEntry entry = markdown.get(key);
        if (entry == null) {
            Diagnostics found = new Diagnostics();
            entry = new MarkdownEntry(render.apply(found), found.sorted());
            markdown.put(key, entry);
        }
        diagnostics.addAll(entry.problems());
        return entry.html();
    }
}
