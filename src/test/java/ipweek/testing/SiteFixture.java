package ipweek.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Fixture sites under {@code src/test/resources/sites/<name>/}, copied into a temporary folder to build. */
public final class SiteFixture {

    private SiteFixture() {
    }

    public static TestSite copy(String name, Path dir) {
        Path source = Path.of("src/test/resources/sites", name);
        TestSite site = TestSite.empty(dir);
        try (Stream<Path> walk = Files.walk(source)) {
            for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                site.bytes(source.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return site;
    }

    /**
     * A copy of the fixture {@code name}, built once into its output: the previous output of the builds a test makes
     * next. Skipped where the file system cannot tell files apart by inode (the tests compare inodes).
     */
    public static TestSite published(String name, Path dir) {
        Inodes.assumeAvailable();
        TestSite site = copy(name, dir);
        site.build().assertOk();
        return site;
    }
}
