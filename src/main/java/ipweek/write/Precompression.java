package ipweek.write;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Precompressed copies for servers with {@code gzip_static on}: {@code page.html.gz} beside every text file (HTML,
 * CSS, JavaScript, XML, text, SVG, JSON), written with the file itself from the same bytes, and only when it is
 * smaller. The bytes depend on the input alone: Java's gzip header carries no file name and a modification time of 0,
 * so two builds of the same site give the same {@code .gz} files.
 *
 * <p>Level 6, not 9: on 3,000 pages of the 1,000-article benchmark corpus level 9 made the files 0.04 % smaller and
 * took 1.5 times as long, and a large site writes tens of thousands of them.
 */
public final class Precompression {

    static final Set<String> TEXT = Set.of("html", "css", "js", "xml", "txt", "svg", "json");
    private static final int LEVEL = 6;

    private Precompression() {
    }

    /** Whether {@code file} is a kind that gets a {@code .gz} copy (HTML, CSS, JavaScript, XML, text, SVG, JSON). */
    static boolean isText(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 && TEXT.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    /** Writes {@code file.gz} from {@code plain}, the bytes of {@code file}, when it is text and gzip gains. */
    public static boolean writeBeside(Path file, byte[] plain) {
        return writeBeside(file, plain, plain.length);
    }

    /** Writes {@code file.gz} from the first {@code length} bytes of {@code plain}, when it is text and gzip gains. */
    public static boolean writeBeside(Path file, byte[] plain, int length) {
        if (!isText(file)) {
            return false;
        }
        Packer packer = PACKER.get();
        int packed = packer.pack(plain, length);
        if (packed >= length) {
            return false;
        }
        ByteFiles.write(gzOf(file), packer.out, packed);
        return true;
    }

    /** Where the {@code .gz} copy of {@code file} goes. */
    static Path gzOf(Path file) {
        return file.resolveSibling(file.getFileName() + ".gz");
    }

    /** The first ten bytes of every {@code .gz} ipweek writes. */
    static byte[] header() {
        return Packer.HEADER.clone();
    }

    /** The gzip file of {@code plain}: a header without name or time, the raw deflate stream, CRC-32 and length. */
    static byte[] gzip(byte[] plain) {
        Packer packer = PACKER.get();
        int length = packer.pack(plain, plain.length); // may replace packer.out with a larger buffer
        return Arrays.copyOf(packer.out, length);
    }

    /**
     * One deflater and output buffer per thread, reset for every file: a new deflater per file (as
     * {@code GZIPOutputStream} makes) sets up and clears zlib's state each time, and feeding it through a stream's 8 KB
     * buffer makes a native call per chunk; together they took as long again as the compression itself (11,000 pages:
     * 2.0 s against 1.15 s). The bytes are the same as {@code GZIPOutputStream}'s.
     */
    private static final ThreadLocal<Packer> PACKER = ThreadLocal.withInitial(Packer::new);

    private static final class Packer {
        private static final byte[] HEADER = {0x1f, (byte) 0x8b, Deflater.DEFLATED, 0, 0, 0, 0, 0, 0, (byte) 0xff};
        private final Deflater deflater = new Deflater(LEVEL, true);
        private final CRC32 crc = new CRC32();
        private byte[] out = new byte[64 * 1024];

        /** Packs the first {@code length} bytes of {@code plain} into {@link #out}; returns how many bytes it holds. */
        int pack(byte[] plain, int length) {
            deflater.reset();
            deflater.setInput(plain, 0, length);
            deflater.finish();
            System.arraycopy(HEADER, 0, out, 0, HEADER.length);
            int n = HEADER.length;
            while (!deflater.finished()) {
                if (n == out.length) {
                    out = Arrays.copyOf(out, out.length * 2);
                }
                n += deflater.deflate(out, n, out.length - n);
            }
            crc.reset();
            crc.update(plain, 0, length);
            if (n + 8 > out.length) {
                out = Arrays.copyOf(out, out.length * 2);
            }
            littleEndian(out, n, (int) crc.getValue());
            littleEndian(out, n + 4, length);
            return n + 8;
        }

        private static void littleEndian(byte[] out, int at, int value) {
            for (int i = 0; i < 4; i++) {
                out[at + i] = (byte) (value >>> (8 * i));
            }
        }
    }
}
