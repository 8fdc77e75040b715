package ipweek.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import ipweek.testing.Inodes;
import ipweek.testing.SiteFixture;
import ipweek.testing.TestSite;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A build into the folder a previous build published links what did not change, and gives what a fresh build gives. */
class PreviousOutputTest {

    @TempDir
    Path dir;
    private TestSite site;
    private Path out;

    @BeforeEach
    void publishOnce() {
        site = SiteFixture.published("basic", dir);
        out = site.output();
    }

    /** A published image of the fixture. */
    private Path png() throws Exception {
        try (var files = Files.list(out.resolve("media/2026"))) {
            return files.filter(p -> p.toString().endsWith(".png")).sorted().findFirst().orElseThrow();
        }
    }

    private void assertSameAsAFreshBuild() {
        site.assertOutputEqualsAFreshBuild(dir.resolve("fresh"));
    }

    @Test
    void unchangedFilesAreTheSameFilesAndChangedOnesAreWrittenAnew() throws Exception {
        Object home = Inodes.of(out.resolve("index.html"));
        Object homeGz = Inodes.of(out.resolve("index.html.gz"));
        Path png = png();
        Object image = Inodes.of(png);
        Object about = Inodes.of(out.resolve("guanyu/index.html"));
        Object aboutGz = Inodes.of(out.resolve("guanyu/index.html.gz"));
        site.file("content/pages/guanyu.md", "---\ntitle: 关于本专题\n---\n\n本专题由测试市知识产权局主办。\n");
        site.build().assertOk();

        assertEquals(home, Inodes.of(out.resolve("index.html")));
        assertEquals(homeGz, Inodes.of(out.resolve("index.html.gz")));
        assertEquals(image, Inodes.of(png()));
        assertNotEquals(about, Inodes.of(out.resolve("guanyu/index.html")), "the edited page");
        assertNotEquals(aboutGz, Inodes.of(out.resolve("guanyu/index.html.gz")));
        assertSameAsAFreshBuild();
    }

    @Test
    void publishedFilesAreComparedNotTrusted() throws Exception {
        // the same size with other bytes
        Path home = out.resolve("index.html");
        byte[] bytes = Files.readAllBytes(home);
        bytes[bytes.length - 3] ^= 1;
        Files.write(home, bytes);
        // a symbolic link to a file with the right bytes
        Path about = out.resolve("guanyu/index.html");
        Path elsewhere = dir.resolve("elsewhere.html");
        Files.copy(about, elsewhere);
        Files.delete(about);
        Files.createSymbolicLink(about, elsewhere);
        // a .gz whose CRC does not fit its page
        Path gz = out.resolve("zhinan/index.html.gz");
        byte[] packed = Files.readAllBytes(gz);
        packed[packed.length - 8] ^= 1;
        Files.write(gz, packed);

        site.build().assertOk();
        assertFalse(Files.isSymbolicLink(out.resolve("guanyu/index.html")));
        assertSameAsAFreshBuild();
    }
}
