package ipweek.write;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * Precompressed copies for servers with {@code gzip_static on}: {@code page.html.gz} beside every text file (HTML,
 * CSS, JavaScript, XML, text, SVG, JSON), at the highest compression level, and only when it is smaller. The bytes
 * depend on the input alone: Java's gzip header carries no file name and a modification time of 0, so two builds of
 * the same site give the same {@code .gz} files.
 */
public final class Precompression {

    static final Set<String> TEXT = Set.of("html", "css", "js", "xml", "txt", "svg", "json");

    private Precompression() {
    }

    /** Writes the {@code .gz} files below {@code site}; returns how many were written. */
    public static int apply(Path site) {
        List<Path> texts;
        try (Stream<Path> walk = Files.walk(site)) {
            texts = walk.filter(Files::isRegularFile).filter(Precompression::isText).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return (int) texts.parallelStream().filter(Precompression::compress).count();
    }

    static boolean isText(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 && TEXT.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    private static boolean compress(Path file) {
        try {
            byte[] plain = Files.readAllBytes(file);
            byte[] packed = gzip(plain);
            if (packed.length >= plain.length) {
                return false;
            }
            Files.write(file.resolveSibling(file.getFileName() + ".gz"), packed);
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] gzip(byte[] plain) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(plain.length / 3 + 64);
        try (OutputStream gz = new BestGzip(out)) {
            gz.write(plain);
        }
        return out.toByteArray();
    }

    private static final class BestGzip extends GZIPOutputStream {
        BestGzip(OutputStream out) throws IOException {
            super(out, 8192);
            def.setLevel(Deflater.BEST_COMPRESSION);
        }
    }
}
