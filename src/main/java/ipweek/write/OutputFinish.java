package ipweek.write;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * What a published build does to each file as it is written, and the preview server does not: stylesheet and script
 * names carry their fingerprint ({@link AssetFingerprints}), text files get a precompressed {@code .gz} beside them
 * ({@link Precompression}), and files that come out as the last build published them are linked to those
 * ({@link PreviousOutput}). Done while writing, from the bytes in memory, so that no file is read back or written
 * twice.
 */
public record OutputFinish(AssetFingerprints fingerprints, boolean precompress, PreviousOutput previous) {

    /** Files as rendered: for the preview server and {@code ipweek check}. */
    public static final OutputFinish NONE = new OutputFinish(AssetFingerprints.none(), false, PreviousOutput.none());

    /** Makes {@code html} the final text of the page at site path {@code page}. */
    public void page(String page, StringBuilder html) {
        fingerprints.rewrite(page, html);
    }

    /** Writes {@code file} with the first {@code length} of {@code bytes}, and what goes beside it. */
    public void write(Path file, byte[] bytes, int length) {
        if (previous.linked(file, bytes, length)) {
            if (precompress && Precompression.isText(file) && !previous.linkedGz(file, bytes, length)) {
                Precompression.writeBeside(file, bytes, length);
            }
            return;
        }
        ByteFiles.write(file, bytes, length);
        beside(file, bytes, length);
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
            write(to, bytes, bytes.length);
        } else if (!previous.linked(to, from)) {
            Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
