package ipweek.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/** Which file a path names (its inode): a file a build linked instead of writing keeps it. */
public final class Inodes {

    private Inodes() {
    }

    /** Skips the test where the file system has no inode numbers to compare. */
    public static void assumeAvailable() {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("unix"), "inode numbers to compare");
    }

    public static Object of(Path file) {
        try {
            return Files.getAttribute(file, "unix:ino", LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
