package ipweek.render;

import java.util.List;

/**
 * A rights-protection channel as pages and the handbook show it. {@code url} is the channel's own website (external);
 * {@code pageUrl} its page on this site ("" where no link is wanted, as in print). {@code verifiedLabel} is the date
 * the data was last checked (2026年3月10日), which every listing shows.
 */
public record ChannelView(
        String id,
        String name,
        String kindCode,
        String kindLabel,
        List<PhoneView> phones,
        String hours,
        String url,
        String address,
        String email,
        String scope,
        List<String> ipTypes,
        List<String> notAccepted,
        List<String> steps,
        List<String> materials,
        String fees,
        List<String> legalBasis,
        String note,
        String verifiedIso,
        String verifiedLabel,
        String pageUrl) {

    public ChannelView {
        phones = List.copyOf(phones);
        ipTypes = List.copyOf(ipTypes);
        notAccepted = List.copyOf(notAccepted);
        steps = List.copyOf(steps);
        materials = List.copyOf(materials);
        legalBasis = List.copyOf(legalBasis);
    }

    /** A number and its {@code tel:} link. */
    public record PhoneView(String number, String telUrl) {
    }

    /** Channels of one kind, for the directory's sections. */
    public record Group(String kindCode, String kindLabel, List<ChannelView> channels) {
        public Group {
            channels = List.copyOf(channels);
        }
    }
}
