package ipweek.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The demo site shipped inside ipweek, copied out to a temporary folder so it can be built like any other site. */
public final class EmbeddedDemo {

    static final String RESOURCE = "/ipweek/demo/content";

    private EmbeddedDemo() {
    }

    public static SiteFolder extract() {
        Path root = ClasspathFolder.folder(RESOURCE)
                .orElseThrow(() -> new IllegalStateException("this ipweek was built without its demo site"));
        try {
            Path site = Files.createTempDirectory("ipweek-demo-");
            for (String rel : ClasspathFolder.list(root)) {
                Path target = site.resolve("content").resolve(rel);
                Files.createDirectories(target.getParent());
                Files.copy(root.resolve(rel), target);
            }
            return new SiteFolder(site);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
