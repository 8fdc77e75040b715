package ipweek.parse;

import ipweek.diag.Problem;
import ipweek.model.Channel;
import ipweek.model.ChannelKind;
import ipweek.model.IpType;
import ipweek.model.Slugs;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * Reads one entry of {@code content/channels.yaml}. Contact data goes stale, so {@code verified_on} is required and
 * is compared with the build date: older than a year is a warning, older than two years an error.
 */
public final class ChannelParser {

    static final long STALE_DAYS = 365;
    static final long EXPIRED_DAYS = 730;

    private ChannelParser() {
    }

    /** @param position the entry's place in the file (from 1), its order when {@code order} is not written */
    public static Optional<Channel> parse(Fields f, int position, LocalDate today) {
        f.allow("id", "name", "kind", "phone", "hours", "url", "address", "email", "scope", "not_accepted",
                "ip_types", "steps", "materials", "fees", "legal_basis", "note", "verified_on", "order");
        String id = f.requiredText("id");
        if (id != null && !Slugs.isValid(id)) {
            f.diagnostics().report(Problem.SLUG_INVALID, f.at("id"), f.fieldPath("id"), id, Slugs.of(id));
            id = null;
        }
        String name = f.requiredText("name");
        ChannelKind kind = f.enumValue("kind", ChannelKind.class, true);
        String scope = f.requiredText("scope");
        var phones = Phones.read(f, "phone");
        String url = Urls.optional(f, "url");
        String email = f.text("email");
        if (email != null && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            f.diagnostics().report(Problem.FIELD_FORMAT, f.at("email"), f.fieldPath("email"), email, "wqyz@qiyang.example");
            email = null;
        }
        LocalDate verifiedOn = f.date("verified_on", true);
        if (verifiedOn != null) {
            checkFreshness(f, verifiedOn, today);
        }
        Integer order = f.integer("order", false);
        var ipTypes = f.enumList("ip_types", IpType.class);
        if (id == null || name == null || kind == null || scope == null || verifiedOn == null) {
            return Optional.empty();
        }
        return Optional.of(new Channel(id, name, kind, phones, f.text("hours"), url, f.text("address"), email, scope,
                ipTypes, f.texts("not_accepted"), f.texts("steps"), f.texts("materials"), f.text("fees"),
                f.texts("legal_basis"), f.text("note"), verifiedOn, order == null ? position : order, f.at()));
    }

    private static void checkFreshness(Fields f, LocalDate verifiedOn, LocalDate today) {
        long days = ChronoUnit.DAYS.between(verifiedOn, today);
        String field = f.fieldPath("verified_on");
        if (days < 0) {
            f.diagnostics().report(Problem.VERIFIED_FUTURE, f.at("verified_on"), field, verifiedOn, today);
        } else if (days > EXPIRED_DAYS) {
            f.diagnostics().report(Problem.VERIFIED_EXPIRED, f.at("verified_on"), field, verifiedOn, days);
        } else if (days > STALE_DAYS) {
            f.diagnostics().report(Problem.VERIFIED_STALE, f.at("verified_on"), field, verifiedOn, days);
        }
    }
}
