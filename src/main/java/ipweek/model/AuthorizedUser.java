package ipweek.model;

import ipweek.diag.SourceRef;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A company approved to use the official GI mark (专用标志核准使用企业): its name, its 统一社会信用代码 (printed on the
 * mark, so checked), and the announcement and date of approval when known.
 */
public record AuthorizedUser(String name, String uscc, String announcement, Optional<LocalDate> approved, SourceRef at) {

    public AuthorizedUser {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(uscc, "uscc");
        announcement = announcement == null ? "" : announcement;
        Objects.requireNonNull(approved, "approved");
    }
}
