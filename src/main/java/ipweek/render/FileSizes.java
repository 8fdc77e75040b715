package ipweek.render;

import java.util.Locale;

/** File sizes for download links: 980 B, 12 KB, 1.2 MB. */
public final class FileSizes {

    private FileSizes() {
    }

    public static String human(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return Math.round(bytes / 1024.0) + " KB";
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1024.0 / 1024.0);
    }
}
