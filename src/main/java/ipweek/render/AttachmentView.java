package ipweek.render;

/** A download link with the file's format and size written for people (PDF, 1.2 MB). */
public record AttachmentView(String title, String url, String format, String size) {
}
