package ipweek.model;

import java.nio.file.Path;

/**
 * A file under {@code content/media/}: {@code source} is its path from the content folder as editors write it
 * (may contain Chinese), {@code output} the ASCII path it is published at, {@code size} in bytes, and image
 * dimensions where it is a raster image (0 otherwise).
 */
public record MediaFile(String source, String output, Path path, long size, int width, int height) {

    public String extension() {
        int dot = output.lastIndexOf('.');
        return dot < 0 ? "" : output.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
    }
}
