package ipweek.model;

import java.util.Objects;

/** A named source document, with an http(s) URL when it is online ("" otherwise). */
public record SourceLink(String title, String url) {

    public SourceLink {
        Objects.requireNonNull(title, "title");
        url = url == null ? "" : url;
    }
}
