package ipweek.render;

import java.util.List;

/**
 * A GI product's page: protections table, origin area, quality requirements and features, history, gallery (thumbnails
 * linking to the full pictures) and the companies approved to use the official mark.
 */
public record GiProductView(
        GiCard card,
        String categoryUrl,
        String locationCode,
        String originArea,
        List<String> originDetail,
        String coordinates,
        List<Protection> protections,
        String qualityHtml,
        LinkView qualitySource,
        String featuresHtml,
        String historyHtml,
        List<Picture> gallery,
        List<User> users,
        List<LinkView> sources,
        String regimesUrl) {

    public GiProductView {
        originDetail = List.copyOf(originDetail);
        protections = List.copyOf(protections);
        gallery = List.copyOf(gallery);
        users = List.copyOf(users);
        sources = List.copyOf(sources);
    }

    /** One protection: regime, its identifier, date, and the other facts of that regime as label–value rows. */
    public record Protection(String regime, String regimeLabel, String regimeUrl, String identifierLabel,
                             String identifier, String dateLabel, String date, List<Fact> facts) {
        public Protection {
            facts = List.copyOf(facts);
        }
    }

    public record Fact(String label, String value) {
    }

    /** A gallery picture: the thumbnail shown, the full image it links to, and its licence. */
    public record Picture(ImageView thumbnail, ImageView full, String license) {
    }

    public record User(int no, String name, String uscc, String announcement, String approved) {
    }
}
