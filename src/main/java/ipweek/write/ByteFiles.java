package ipweek.write;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** Writes part of a reused buffer as a whole file, in one call where the system allows ({@code Files.write} takes 8 KB a call). */
public final class ByteFiles {

    private ByteFiles() {
    }

    /** Writes the first {@code length} bytes of {@code bytes} as {@code file}, replacing what was there. */
    public static void write(Path file, byte[] bytes, int length) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                StandardOpenOption.WRITE)) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes, 0, length);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
