package ipweek.write;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Writes part of a reused buffer as a whole file, in one call where the system allows ({@code Files.write} takes 8 KB a
 * call). Always as a new file: a file already there is removed first, never truncated and overwritten, because it may
 * be a hard link to a published file ({@link PreviousOutput}) whose bytes must not change.
 */
public final class ByteFiles {

    private ByteFiles() {
    }

    /** Writes the first {@code length} bytes of {@code bytes} as {@code file}, replacing what was there. */
    public static void write(Path file, byte[] bytes, int length) {
        try {
            try {
                writeNew(file, bytes, length);
            } catch (FileAlreadyExistsException e) {
                Files.delete(file);
                writeNew(file, bytes, length);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeNew(Path file, byte[] bytes, int length) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes, 0, length);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
        }
    }
}
