package ipweek.model;

import java.util.Objects;

/** A picture of a GI product: the image (with its required alt text and credit) and the licence it is used under. */
public record GiImage(Image image, String license) {

    public GiImage {
        Objects.requireNonNull(image, "image");
        license = license == null ? "" : license;
    }
}
