package ipweek.model;

import java.util.Objects;

/** A county or district (县区) by name, with its 6-digit 行政区划代码 when editors gave it ("" otherwise). */
public record Region(String name, String code) {

    public Region {
        Objects.requireNonNull(name, "name");
        code = code == null ? "" : code;
    }

    /** The URL segment of facet pages: the name in pinyin (范川县 → fan-chuan-xian). */
    public String slug() {
        return Slugs.of(name);
    }
}
