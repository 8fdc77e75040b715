package ipweek.render;

/** One of the three GI regimes on the explainer page, with how many products of the site hold it. */
public record GiRegimeView(String code, String label, String badge, String authority, String legalBasis,
                           String identifierLabel, int count, String url) {
}
