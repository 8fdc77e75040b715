package ipweek.write;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PrecompressionTest {

    private static final byte[] PAGE = "<!doctype html><p>知识产权宣传周</p>\n".repeat(200).getBytes(StandardCharsets.UTF_8);

    @Test
    void gzipHeaderCarriesNoTimeAndNoName() throws Exception {
        byte[] gz = Precompression.gzip(PAGE);
        assertEquals((byte) 0x1f, gz[0]);
        assertEquals((byte) 0x8b, gz[1]);
        assertEquals(0, gz[3], "FLG: no FNAME, no FCOMMENT, no FEXTRA");
        assertArrayEquals(new byte[4], new byte[] {gz[4], gz[5], gz[6], gz[7]}, "MTIME is 0");
        assertArrayEquals(gz, Precompression.gzip(PAGE), "same input, same bytes");
        try (var in = new GZIPInputStream(new ByteArrayInputStream(gz))) {
            assertArrayEquals(PAGE, in.readAllBytes());
        }
    }

    @Test
    void bytesAreThoseOfTheJdksGzipStream() throws Exception {
        // the .gz files of earlier builds came from GZIPOutputStream at the same level; a site rebuilt must not change
        byte[] big = new byte[300_000];
        new java.util.Random(7).nextBytes(big); // incompressible: the output outgrows its first buffer
        for (byte[] plain : new byte[][] {PAGE, new byte[0], "x".getBytes(StandardCharsets.UTF_8), big}) {
            var expected = new java.io.ByteArrayOutputStream();
            try (var gz = new java.util.zip.GZIPOutputStream(expected) {
                {
                    def.setLevel(6);
                }
            }) {
                gz.write(plain);
            }
            assertArrayEquals(expected.toByteArray(), Precompression.gzip(plain), plain.length + " bytes");
        }
    }

    @Test
    void writesGzBesideTextFilesOnlyWhenSmaller(@TempDir Path dir) throws Exception {
        assertTrue(Precompression.writeBeside(dir.resolve("index.html"), PAGE));
        assertTrue(Precompression.writeBeside(dir.resolve("site.1234abcd.css"), PAGE));
        assertFalse(Precompression.writeBeside(dir.resolve("robots.txt"), new byte[] {'a'}), "too small to gain");
        assertFalse(Precompression.writeBeside(dir.resolve("photo.jpg"), PAGE), "not text");
        assertTrue(Files.isRegularFile(dir.resolve("site.1234abcd.css.gz")));
        assertFalse(Files.exists(dir.resolve("robots.txt.gz")));
        assertFalse(Files.exists(dir.resolve("photo.jpg.gz")));
        assertTrue(Files.size(dir.resolve("index.html.gz")) < PAGE.length / 10);
        try (var in = new GZIPInputStream(Files.newInputStream(dir.resolve("index.html.gz")))) {
            assertArrayEquals(PAGE, in.readAllBytes());
        }
    }
}
