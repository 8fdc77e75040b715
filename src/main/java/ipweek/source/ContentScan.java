package ipweek.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * One walk of {@code content/}: every regular file with its size and modification time, and every symbolic link.
 * The loaders list their folders from it and the preview's cache checks files against its stamps, so a build walks the
 * tree once and asks for no file's attributes twice (at 10,000 articles each walk cost ~80 ms, and there were three).
 * The preview server, told by its file watcher which paths changed, walks only those again ({@link #updated}).
 */
public final class ContentScan {

    /** A file's size and modification time: when both are unchanged, so is the file (for the preview's cache). */
    public record Stamp(long size, long modified) {
    }

    /** A file found by the walk: its stamp, its top-level folder ("" for files directly in content/), hidden or not. */
    private record Found(Stamp stamp, String folder, boolean hidden) {
    }

    private final Path content;
    /** Regular files, sorted by path so that nothing depends on the order the file system lists them in. */
    private final TreeMap<Path, Found> files;
    /** The files of each top-level folder ({@code articles}), hidden ones left out, sorted. */
    private final Map<String, List<Path>> byFolder = new HashMap<>();
    private final List<Path> symlinks;

    private ContentScan(Path content, TreeMap<Path, Found> files, List<Path> symlinks) {
        this.content = content;
        this.files = files;
        symlinks.sort(null);
        this.symlinks = List.copyOf(symlinks);
        files.forEach((p, f) -> { // in path order, so each folder's list is sorted too
            if (!f.hidden() && !f.folder().isEmpty()) {
                byFolder.computeIfAbsent(f.folder(), k -> new ArrayList<>()).add(p);
            }
        });
    }

    /** Walks {@code site}'s content folder (nothing when there is none). Symbolic links are listed, never followed. */
    public static ContentScan of(SiteFolder site) {
        Path content = site.content();
        TreeMap<Path, Found> files = new TreeMap<>();
        List<Path> symlinks = new ArrayList<>();
        walk(content, content, files, symlinks);
        return new ContentScan(content, files, symlinks);
    }

    /**
     * This scan with {@code changed} paths (files or folders, created, modified or deleted, as a file watcher reports
     * them) looked at again: each is forgotten with everything below it, and walked again if it still exists.
     */
    public ContentScan updated(Set<Path> changed) {
        TreeMap<Path, Found> next = new TreeMap<>(files);
        List<Path> links = new ArrayList<>(symlinks);
        for (Path path : changed) {
            if (!path.startsWith(content) || path.equals(content)) {
                continue;
            }
            if (next.remove(path) == null) {
                next.keySet().removeIf(p -> p.startsWith(path)); // a folder: rare, and only then a full pass
            }
            links.removeIf(p -> p.startsWith(path));
            walk(content, path, next, links);
        }
        return new ContentScan(content, next, links);
    }

    private static void walk(Path content, Path start, Map<Path, Found> files, List<Path> symlinks) {
        if (!Files.exists(start, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try {
            Files.walkFileTree(start, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    if (attributes.isSymbolicLink()) {
                        symlinks.add(file);
                    } else if (attributes.isRegularFile()) {
                        Path rel = content.relativize(file);
                        int n = rel.getNameCount();
                        files.put(file, new Found(new Stamp(attributes.size(), attributes.lastModifiedTime().toMillis()),
                                n > 1 ? rel.getName(0).toString() : "", n > 1 && isHidden(rel.subpath(1, n))));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE; // unreadable: reading it later reports it
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Regular files below the top-level folder {@code folder} of the content folder ({@code articles}), sorted by
     * path. Hidden files and folders (editor backups, {@code .git}) are skipped.
     */
    public List<Path> files(String folder) {
        return List.copyOf(byFolder.getOrDefault(folder, List.of()));
    }

    /** Symbolic links anywhere under {@code content/}: never followed, so each is reported to the editor. */
    public List<Path> symlinks() {
        return symlinks;
    }

    /** The size and modification time of a file found by the walk. */
    public Optional<Stamp> stamp(Path file) {
        return Optional.ofNullable(files.get(file)).map(Found::stamp);
    }

    private static boolean isHidden(Path rel) {
        for (Path part : rel) {
            String name = part.toString();
            if (name.startsWith(".") || name.endsWith("~")) {
                return true;
            }
        }
        return false;
    }
}
