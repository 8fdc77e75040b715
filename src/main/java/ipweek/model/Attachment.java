package ipweek.model;

import ipweek.diag.SourceRef;

/** A downloadable file attached to an article (附件). */
public record Attachment(String title, MediaFile media, SourceRef at) {
}
