package ipweek.parse;

import ipweek.diag.Diagnostics;
import ipweek.diag.Problem;
import ipweek.diag.SourceRef;
import ipweek.model.MediaFile;
import ipweek.model.Slugs;
import ipweek.source.ContentScan;
import ipweek.source.SiteFolder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Lists every file under {@code content/media/} with the ASCII path it is published at (Chinese file names are
 * transliterated) and, for raster images, the width and height read from the file header (pages set them on
 * {@code <img>} so nothing jumps while images load).
 */
public final class MediaScanner {

    private MediaScanner() {
    }

    public static Map<String, MediaFile> scan(SiteFolder site, ContentScan files, Diagnostics diagnostics) {
        Map<String, MediaFile> byOutput = new LinkedHashMap<>();
        Map<String, MediaFile> bySource = new LinkedHashMap<>();
        for (Path path : files.files("media")) {
            String source = site.content().relativize(path).toString().replace('\\', '/');
            String output = outputPath(source);
            MediaFile previous = byOutput.get(output);
            if (previous != null) {
                diagnostics.report(Problem.OUTPUT_CLASH, SourceRef.file(site.rel(path)), "", output, previous.source());
                continue;
            }
            long size;
            try {
                size = Files.size(path);
            } catch (IOException e) {
                diagnostics.report(Problem.FILE_UNREADABLE, SourceRef.file(site.rel(path)), "", e.getClass().getSimpleName());
                continue;
            }
            int[] dims = dimensions(path);
            MediaFile media = new MediaFile(source, output, path, size, dims[0], dims[1]);
            byOutput.put(output, media);
            bySource.put(source, media);
        }
        return bySource;
    }

    /** {@code media/2026/启动仪式.PNG} → {@code media/2026/qi-dong-yi-shi.png}. */
    static String outputPath(String source) {
        String[] parts = source.split("/");
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i];
            if (i > 0) {
                sb.append('/');
            }
            if (i == parts.length - 1) {
                int dot = part.lastIndexOf('.');
                String stem = dot > 0 ? part.substring(0, dot) : part;
                String ext = dot > 0 ? part.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
                sb.append(Slugs.of(stem));
                if (!ext.isEmpty()) {
                    sb.append('.').append(ext.replaceAll("[^a-z0-9]", ""));
                }
            } else {
                sb.append(Slugs.of(part));
            }
        }
        return sb.toString();
    }

    private static int[] dimensions(Path path) {
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!name.matches(".*\\.(png|jpe?g|gif|webp|bmp)$")) {
            return new int[] {0, 0};
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(path.toFile())) {
            if (in == null) {
                return new int[] {0, 0};
            }
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return new int[] {0, 0};
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                return new int[] {reader.getWidth(0), reader.getHeight(0)};
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return new int[] {0, 0};
        }
    }
}
