package ipweek.model;

import ipweek.diag.SourceRef;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One rights-protection channel (维权渠道) from {@code content/channels.yaml}: a hotline, an office, a court, a
 * platform. Shared by the {@code /weiquan/} pages and the handbook. {@code verifiedOn} is the day someone last checked
 * the phone numbers and address; contact data goes stale, so builds warn and then refuse when it gets old.
 */
public record Channel(
        String id,
        String name,
        ChannelKind kind,
        List<String> phones,
        String hours,
        String url,
        String address,
        String email,
        String scope,
        List<IpType> ipTypes,
        List<String> notAccepted,
        List<String> steps,
        List<String> materials,
        String fees,
        List<String> legalBasis,
        String note,
        LocalDate verifiedOn,
        int order,
        SourceRef at) {

    public Channel {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(verifiedOn, "verifiedOn");
        phones = List.copyOf(phones);
        ipTypes = List.copyOf(ipTypes);
        notAccepted = List.copyOf(notAccepted);
        steps = List.copyOf(steps);
        materials = List.copyOf(materials);
        legalBasis = List.copyOf(legalBasis);
        hours = orEmpty(hours);
        url = orEmpty(url);
        address = orEmpty(address);
        email = orEmpty(email);
        scope = orEmpty(scope);
        fees = orEmpty(fees);
        note = orEmpty(note);
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
