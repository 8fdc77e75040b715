package ipweek.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The folders of one site: {@code content/} and the optional {@code templates/} and {@code assets/} that override the
 * built-in theme file by file.
 */
public record SiteFolder(Path root) {

    public SiteFolder {
        root = root.toAbsolutePath().normalize();
    }

    public Path content() {
        return root.resolve("content");
    }

    public Path templates() {
        return root.resolve("templates");
    }

    public Path assets() {
        return root.resolve("assets");
    }

    /** The path editors see in messages: relative to the site folder, forward slashes. */
    public String rel(Path path) {
        return root.relativize(path.toAbsolutePath().normalize()).toString().replace('\\', '/');
    }

    /**
     * Regular files below {@code dir} (relative to the content folder), sorted by path so that nothing depends on the
     * order the file system lists them in. Hidden files and folders (editor backups, {@code .git}) are skipped, and
     * symbolic links are not followed: content must not reach outside its folder.
     */
    public List<Path> files(String dir) {
        Path start = content().resolve(dir);
        if (!Files.isDirectory(start)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(start)) {
            return walk.filter(p -> Files.isRegularFile(p, java.nio.file.LinkOption.NOFOLLOW_LINKS))
                    .filter(p -> !isHidden(start.relativize(p)))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Symbolic links anywhere under {@code content/}: never followed, so each is reported to the editor. */
    public List<Path> symlinks() {
        if (!Files.isDirectory(content())) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(content())) {
            return walk.filter(Files::isSymbolicLink).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
