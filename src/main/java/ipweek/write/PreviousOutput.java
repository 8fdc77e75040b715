package ipweek.write;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.zip.CRC32;

/**
 * The site the last build published, which the staged one is about to replace: where a file comes out with the same
 * bytes as last time, the staged file is made a hard link to the published one instead of being written, and an
 * unchanged page's {@code .gz} is linked instead of compressed again. Most of a rebuild's pages are unchanged; this
 * spares their compression (a fifth of a build's processor time) and, on file systems where creating files is slow,
 * their creation. The bytes are compared, never assumed, so the output is what a build into an empty folder gives.
 * Only regular files of a folder ipweek wrote are used (never a symbolic link); when a link cannot be made (another
 * file system, no hard links) the file is written as usual. The published files are not changed: a link only adds a
 * name, and the previous folder is deleted after the swap as before.
 */
public final class PreviousOutput {

    private static final PreviousOutput NONE = new PreviousOutput(null, null);

    private final Path published;
    private final Path staging;
    private volatile java.util.Map<String, String> records;

    private PreviousOutput(Path published, Path staging) {
        this.published = published;
        this.staging = staging;
    }

    /** Nothing to reuse: the preview server, {@code ipweek check}, or a first build. */
    public static PreviousOutput none() {
        return NONE;
    }

    /** The site published in {@code output}, for a build staged in {@code staging}; none when ipweek did not write it. */
    public static PreviousOutput of(Path output, Path staging) {
        return Files.isRegularFile(output.resolve(StagedOutput.MARKER), LinkOption.NOFOLLOW_LINKS)
                ? new PreviousOutput(output.toAbsolutePath().normalize(), staging.toAbsolutePath().normalize()) : NONE;
    }

    /**
     * Makes {@code file} (in the staging folder) a link to the published file of the same name if that holds the first
     * {@code length} bytes of {@code bytes}; says whether it did.
     */
    boolean linked(Path file, byte[] bytes, int length) {
        Path old = publishedOf(file);
        if (old == null || size(old) != length) {
            return false;
        }
        try {
            byte[] was = Files.readAllBytes(old);
            return was.length == length && Arrays.equals(was, 0, length, bytes, 0, length) && link(file, old);
        } catch (IOException e) {
            return false;
        }
    }

    /** Like {@link #linked(Path, byte[], int)} for a file copied from {@code source}. */
    boolean linked(Path file, Path source) {
        Path old = publishedOf(file);
        if (old == null) {
            return false;
        }
        try {
            return size(old) == Files.size(source) && Files.mismatch(old, source) == -1 && link(file, old);
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Makes {@code file.gz} a link to the published {@code .gz} of the same name when its trailer says it holds the first
     * {@code length} bytes of {@code bytes} (their CRC-32 and length) and it starts as ipweek's gzip files do.
     */
    boolean linkedGz(Path file, byte[] bytes, int length) {
        Path gz = Precompression.gzOf(file);
        Path old = publishedOf(gz);
        if (old == null) {
            return false;
        }
        long size = size(old);
        if (size < 18) {
            return false;
        }
        CRC32 crc = new CRC32();
        crc.update(bytes, 0, length);
        try (FileChannel channel = FileChannel.open(old, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
            ByteBuffer head = ByteBuffer.allocate(10);
            ByteBuffer tail = ByteBuffer.allocate(8).order(java.nio.ByteOrder.LITTLE_ENDIAN);
            channel.read(head, 0);
            channel.read(tail, size - 8);
            byte[] header = Precompression.header();
            return !head.hasRemaining() && !tail.hasRemaining() && Arrays.equals(head.array(), header)
                    && tail.getInt(0) == (int) crc.getValue() && tail.getInt(4) == length && link(gz, old);
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * What the published build recorded under {@code name} in its marker file (see {@link StagedOutput#commit}), or
     * null.
     */
    public String recorded(String name) {
        if (published == null) {
            return null;
        }
        if (records == null) {
            records = StagedOutput.records(published);
        }
        return records.get(name);
    }

    /**
     * Makes {@code file} a link to the published file of the same name, whose inputs the caller has found unchanged
     * ({@link #recorded}); says whether it did.
     */
    public boolean linkedAsPublished(Path file) {
        Path old = publishedOf(file);
        return old != null && size(old) >= 0 && link(file, old);
    }

    /** The published file where {@code file} is staged, or null when there is none to compare with. */
    private Path publishedOf(Path file) {
        if (published == null) {
            return null;
        }
        Path rel = staging.relativize(file.toAbsolutePath().normalize());
        if (rel.startsWith("..")) {
            return null;
        }
        return published.resolve(rel);
    }

    /** The size of {@code file} if it is a regular file (not a link to one), or -1. */
    private static long size(Path file) {
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            return a.isRegularFile() ? a.size() : -1;
        } catch (IOException e) {
            return -1;
        }
    }

    private static boolean link(Path file, Path old) {
        try {
            Files.createLink(file, old);
            return true;
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return false;
        }
    }
}
