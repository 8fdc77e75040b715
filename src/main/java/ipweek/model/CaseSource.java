package ipweek.model;

/** Where a case was first published (来源): publisher, an http(s) URL and a note; each may be "". */
public record CaseSource(String publisher, String url, String note) {

    public CaseSource {
        publisher = publisher == null ? "" : publisher;
        url = url == null ? "" : url;
        note = note == null ? "" : note;
    }

    public boolean isEmpty() {
        return publisher.isEmpty() && url.isEmpty() && note.isEmpty();
    }
}
