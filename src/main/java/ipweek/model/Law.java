package ipweek.model;

import ipweek.diag.SourceRef;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A law, regulation or policy document (法律法规与政策) from {@code content/laws.yaml}. {@code title} is the full name
 * without 《》 (templates add them); {@code replacedBy} is the id of the law that replaced a repealed one, or "".
 */
public record Law(
        String id,
        String title,
        String shortTitle,
        LawLevel level,
        String issuer,
        String docNumber,
        LocalDate effective,
        Optional<LocalDate> amended,
        LawStatus status,
        Optional<LocalDate> repealed,
        String replacedBy,
        String url,
        List<IpType> ipTypes,
        String summary,
        SourceRef at) {

    public Law {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(effective, "effective");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(amended, "amended");
        Objects.requireNonNull(repealed, "repealed");
        shortTitle = shortTitle == null ? "" : shortTitle;
        issuer = issuer == null ? "" : issuer;
        docNumber = docNumber == null ? "" : docNumber;
        replacedBy = replacedBy == null ? "" : replacedBy;
        url = url == null ? "" : url;
        ipTypes = List.copyOf(ipTypes);
        summary = summary == null ? "" : summary;
    }

    /** Not yet in force on {@code day}: passed, but its 施行日期 is still ahead. */
    public boolean pendingOn(LocalDate day) {
        return effective.isAfter(day);
    }
}
