package ipweek.plan;

import ipweek.model.GiProduct;
import java.util.List;

/**
 * The ways the GI exhibition can be narrowed, each with its pages ({@code dlbz/<folder>/<value>/}): protection regime,
 * category and county. The regime folder's own page ({@code dlbz/baohu/}) explains the three regimes.
 */
enum GiFacet {
    REGIME("baohu", "保护形式"),
    CATEGORY("leibie", "产品类别"),
    COUNTY("xianqu", "所在县区");

    private final String folder;
    private final String label;

    GiFacet(String folder, String label) {
        this.folder = folder;
        this.label = label;
    }

    String folder() {
        return folder;
    }

    String label() {
        return label;
    }

    /** A product's values of this facet, as (URL segment, label, sort key). */
    List<CaseFacet.Value> values(GiProduct g) {
        return switch (this) {
            case REGIME -> g.regimes().stream()
                    .map(r -> new CaseFacet.Value(r.slug(), r.label(), CaseFacet.padded(r.ordinal(), 2))).toList();
            case CATEGORY -> List.of(new CaseFacet.Value(g.category().slug(), g.category().label(),
                    CaseFacet.padded(g.category().ordinal(), 2)));
            case COUNTY -> List.of(new CaseFacet.Value(g.location().slug(), g.location().name(), g.location().slug()));
        };
    }
}
