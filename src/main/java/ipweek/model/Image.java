package ipweek.model;

import ipweek.diag.SourceRef;

/** An image with its required alternative text and credit (署名); {@code media} is the copied file. */
public record Image(MediaFile media, String alt, String credit, SourceRef at) {
}
