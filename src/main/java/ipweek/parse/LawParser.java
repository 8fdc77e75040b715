package ipweek.parse;

import ipweek.diag.Problem;
import ipweek.model.IpType;
import ipweek.model.Law;
import ipweek.model.LawLevel;
import ipweek.model.LawStatus;
import ipweek.model.Slugs;
import java.time.LocalDate;
import java.util.Optional;

/** Reads one entry of {@code content/laws.yaml}. */
public final class LawParser {

    private LawParser() {
    }

    public static Optional<Law> parse(Fields f) {
        f.allow("id", "title", "short_title", "level", "issuer", "doc_number", "effective", "amended", "status",
                "repealed", "replaced_by", "url", "ip_types", "summary");
        String id = f.requiredText("id");
        if (id != null && !Slugs.isValid(id)) {
            f.diagnostics().report(Problem.SLUG_INVALID, f.at("id"), f.fieldPath("id"), id, Slugs.of(id));
            id = null;
        }
        String title = f.requiredText("title");
        if (title != null) {
            title = title.replaceAll("^《|》$", ""); // templates add the book-title marks
        }
        LawLevel level = f.enumValue("level", LawLevel.class, true);
        String docNumber = f.text("doc_number");
        DocNumbers.check(f, "doc_number", docNumber);
        LocalDate effective = f.date("effective", true);
        LocalDate amended = f.date("amended", false);
        if (effective != null && amended != null && amended.isAfter(effective)) {
            f.diagnostics().report(Problem.LAW_DATES, f.at("amended"), f.fieldPath("amended"), amended, effective);
        }
        LawStatus status = f.has("status") ? f.enumValue("status", LawStatus.class, true) : LawStatus.CURRENT;
        LocalDate repealed = f.date("repealed", false);
        String url = Urls.optional(f, "url");
        var ipTypes = f.enumList("ip_types", IpType.class);
        if (id == null || title == null || level == null || effective == null || status == null) {
            return Optional.empty();
        }
        return Optional.of(new Law(id, title, f.text("short_title"), level, f.text("issuer"), docNumber, effective,
                Optional.ofNullable(amended), status, Optional.ofNullable(repealed), f.text("replaced_by"), url,
                ipTypes, f.text("summary"), f.at()));
    }
}
