package ipweek.model;

import java.util.Locale;
import java.util.Optional;

/**
 * The smaller copy of a raster image that cards and galleries show. The plan needs its path and size for
 * {@code <img width height>} before the bake writes it, and both follow from the original alone: a thumbnail is
 * {@link #WIDTH} pixels wide with the original's aspect ratio, published next to it as {@code name.w480.png}. Editors'
 * media never has a dot inside a published name (MediaScanner slugs the stem), so the name cannot clash.
 */
public record Thumbnail(MediaFile source, String output, int width, int height) {

    public static final int WIDTH = 480;

    /** The thumbnail of {@code media}, or empty when it needs none (small enough already) or cannot have one. */
    public static Optional<Thumbnail> of(MediaFile media) {
        String ext = media.extension();
        if (!(ext.equals("png") || ext.equals("jpg") || ext.equals("jpeg")) || media.width() <= WIDTH || media.height() <= 0) {
            return Optional.empty();
        }
        int height = Math.max(1, (int) Math.round((double) media.height() * WIDTH / media.width()));
        String out = media.output();
        int dot = out.lastIndexOf('.');
        String name = out.substring(0, dot) + ".w" + WIDTH + "." + ext.toLowerCase(Locale.ROOT);
        return Optional.of(new Thumbnail(media, name, WIDTH, height));
    }
}
