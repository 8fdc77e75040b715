package ipweek.render;

import java.util.List;

/** A whole activity page. */
public record ActivityView(
        ActivityCard card,
        String onlineUrl,
        String leadUnit,
        List<String> partnerUnits,
        List<String> audience,
        String summaryHtml,
        List<ArticleCard> related) {

    public ActivityView {
        partnerUnits = List.copyOf(partnerUnits);
        audience = List.copyOf(audience);
        related = List.copyOf(related);
    }
}
