package ipweek.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A folder of resources shipped with ipweek (the built-in theme's assets, the demo site) as a {@link Path}, whether
 * ipweek runs from {@code target/classes} (tests) or from its jar (a zip file system, opened once and shared: it is
 * only read).
 */
public final class ClasspathFolder {

    private ClasspathFolder() {
    }

    /** The folder of a resource directory such as {@code /ipweek/theme/assets}, or empty if it is not there. */
    public static java.util.Optional<Path> folder(String resource) {
        URL url = ClasspathFolder.class.getResource(resource);
        if (url == null) {
            return java.util.Optional.empty();
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                FileSystem fs;
                try {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException e) {
                    fs = FileSystems.getFileSystem(uri);
                }
                return java.util.Optional.of(fs.provider().getPath(uri));
            }
            return java.util.Optional.of(Path.of(uri));
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("cannot open the built-in theme at " + url, e);
        }
    }

    /** Regular files below {@code root}, relative paths with forward slashes, sorted. */
    public static List<String> list(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile)
                    .map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .filter(rel -> !rel.startsWith(".") && !rel.contains("/."))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
