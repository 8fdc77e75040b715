package ipweek.write;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * What a published build does to each file as it is written, and the preview server does not: stylesheet and script
 * names carry their fingerprint ({@link AssetFingerprints}), and text files get a precompressed {@code .gz} beside them
 * ({@link Precompression}). Done while writing, from the bytes in memory, so that no file is read back or written twice.
 */
public record OutputFinish(AssetFingerprints fingerprints, boolean precompress) {

    /** Files as rendered: for the preview server and {@code ipweek check}. */
    public static final OutputFinish NONE = new OutputFinish(AssetFingerprints.none(), false);

    /** Makes {@code html} the final text of the page at site path {@code page}. */
    public void page(String page, StringBuilder html) {
        fingerprints.rewrite(page, html);
    }

    /** Writes what goes beside {@code file}, just written with the first {@code length} of {@code bytes}. */
    public void beside(Path file, byte[] bytes, int length) {
        if (precompress) {
            Precompression.writeBeside(file, bytes, length);
        }
    }

    /** Copies {@code from} to {@code to} and writes what goes beside it; a plain file copy when nothing does. */
    public void copy(Path from, Path to) throws IOException {
        if (precompress && Precompression.isText(to)) {
            byte[] bytes = Files.readAllBytes(from);
            Files.write(to, bytes);
            Precompression.writeBeside(to, bytes);
        } else {
            Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
