package ipweek.write;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;

/**
 * The output folder, written through a staging folder beside it: a build renders everything into the staging folder
 * and only a complete, error-free site replaces the previous one (two renames). A failed or interrupted build leaves
 * the previous output untouched. ipweek only ever replaces a folder it wrote itself (it carries a marker file), so a
 * wrong {@code --output} cannot wipe someone's files.
 */
public final class StagedOutput {

    public static final String MARKER = ".ipweek-output";

    private final Path output;
    private final Path staging;

    private StagedOutput(Path output, Path staging) {
        this.output = output;
        this.staging = staging;
    }

    /** Why {@code output} may not be replaced, or null when it may. */
    public static String refusal(Path output, Path siteRoot) {
        Path out = output.toAbsolutePath().normalize();
        Path site = siteRoot.toAbsolutePath().normalize();
        if (site.startsWith(out)) {
            return "输出文件夹 " + out + " 包含了站点文件夹本身";
        }
        if (out.startsWith(site.resolve("content")) || out.startsWith(site.resolve("templates"))
                || out.startsWith(site.resolve("assets"))) {
            return "输出文件夹 " + out + " 位于站点的 content/、templates/ 或 assets/ 之内";
        }
        if (Files.isDirectory(out) && !Files.exists(out.resolve(MARKER)) && !isEmpty(out)) {
            return "输出文件夹 " + out + " 已有其他文件，且不是 ipweek 生成的";
        }
        if (Files.exists(out) && !Files.isDirectory(out)) {
            return "输出路径 " + out + " 是一个文件，不是文件夹";
        }
        return null;
    }

    /** Creates a fresh staging folder next to {@code output} (same file system, so the final rename is cheap). */
    public static StagedOutput begin(Path output) {
        Path out = output.toAbsolutePath().normalize();
        try {
            Files.createDirectories(out.getParent());
            Path staging = Files.createTempDirectory(out.getParent(), "." + out.getFileName() + ".staging-");
            return new StagedOutput(out, staging);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path staging() {
        return staging;
    }

    public Path output() {
        return output;
    }

    public void writeText(String rel, String text) {
        try {
            Path file = staging.resolve(rel);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Puts the staged site in place of the previous output. */
    public void commit() {
        commit(Map.of());
    }

    /**
     * Puts the staged site in place of the previous output, with {@code records} in its marker file for the next build
     * ({@link #records}): lines of {@code name: value}.
     */
    public void commit(Map<String, String> records) {
        StringBuilder marker = new StringBuilder("ipweek output folder: replaced whole by every build.\n");
        new java.util.TreeMap<>(records).forEach((name, value) -> marker.append(name).append(": ").append(value).append('\n'));
        writeText(MARKER, marker.toString());
        try {
            Path old = null;
            if (Files.exists(output)) {
                old = Files.createTempDirectory(output.getParent(), "." + output.getFileName() + ".old-");
                Files.delete(old);
                move(output, old);
            }
            try {
                move(staging, output);
            } catch (IOException e) {
                if (old != null) {
                    move(old, output); // put the previous site back
                }
                throw e;
            }
            if (old != null) {
                deleteTree(old);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the build that wrote {@code output} recorded in its marker file; empty when there is none. */
    static Map<String, String> records(Path output) {
        Map<String, String> out = new java.util.HashMap<>();
        try {
            for (String line : Files.readAllLines(output.resolve(MARKER), StandardCharsets.UTF_8)) {
                int colon = line.indexOf(": ");
                if (colon > 0) {
                    out.put(line.substring(0, colon), line.substring(colon + 2));
                }
            }
        } catch (IOException e) {
            return Map.of();
        }
        return out;
    }

    /** Throws the staged files away; the previous output was never touched. */
    public void abandon() {
        try {
            deleteTree(staging);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    private static boolean isEmpty(Path dir) {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            return !entries.iterator().hasNext();
        } catch (IOException e) {
            return false;
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
