package ipweek.source;

import java.nio.file.Path;

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
}
