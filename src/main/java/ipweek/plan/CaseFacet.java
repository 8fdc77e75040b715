package ipweek.plan;

import ipweek.model.CaseBatch;
import ipweek.model.Campaign;
import ipweek.model.CampaignKind;
import ipweek.model.Slugs;
import ipweek.model.TypicalCase;
import java.util.List;

/**
 * The ways the case library can be narrowed, each with its own pages ({@code anli/<folder>/<value>/}): rights type,
 * proceeding, campaign, year and handling unit. (Batches are a facet too, but their pages are the batch pages.) A
 * case's year is the year it was decided, or its batch's year when it gives no date.
 */
enum CaseFacet {
    TYPE("leixing", "权利类型"),
    PROCEEDING("chengxu", "程序类型"),
    CAMPAIGN("xingdong", "专项行动"),
    YEAR("nian", "年度"),
    UNIT("danwei", "办案单位");

    /** One value of a facet: its URL segment, its label, and a key that sorts values the way readers expect. */
    record Value(String slug, String label, String sortKey) {
    }

    private final String folder;
    private final String label;

    CaseFacet(String folder, String label) {
        this.folder = folder;
        this.label = label;
    }

    String folder() {
        return folder;
    }

    String label() {
        return label;
    }

    /** A case's values of this facet (several for rights types and campaigns, one otherwise). */
    List<Value> values(TypicalCase c, CaseBatch batch) {
        return switch (this) {
            case TYPE -> c.ipTypes().stream().map(t -> new Value(t.slug(), t.label(), ordinal(t))).toList();
            case PROCEEDING -> List.of(new Value(c.proceeding().slug(), c.proceeding().label(), ordinal(c.proceeding())));
            case CAMPAIGN -> c.campaigns().stream().map(CaseFacet::campaign).distinct().toList();
            case YEAR -> {
                int year = year(c, batch);
                yield List.of(new Value(Integer.toString(year), year + "年", padded(99999 - year, 5)));
            }
            case UNIT -> List.of(new Value(Slugs.of(c.handlingUnit()), c.handlingUnit(), Slugs.of(c.handlingUnit())));
        };
    }

    /** The title of a value's page: 权利类型：商标. */
    String title(Value v) {
        return label + "：" + v.label();
    }

    static int year(TypicalCase c, CaseBatch batch) {
        return c.decisionDate().map(d -> d.getYear()).orElse(batch.published().getYear());
    }

    /** The URL segment of a campaign's page: its code, or for {@code other} its name in pinyin. */
    static String campaignSlug(Campaign c) {
        return c.kind() == CampaignKind.OTHER ? Slugs.of(c.name()) : c.kind().slug();
    }

    /** A campaign across its years: “铁拳”行动, “昆仑”专项行动, “净网”专项行动（海关）, “护航”专项行动. */
    private static Value campaign(Campaign c) {
        CampaignKind k = c.kind();
        if (k == CampaignKind.OTHER) {
            return new Value(campaignSlug(c), "“" + c.name() + "”专项行动", "99-" + campaignSlug(c));
        }
        String name = "“" + k.shortName() + "”" + (k == CampaignKind.TIEQUAN ? "行动" : "专项行动");
        String qualifier = k.label().length() > k.shortName().length() ? k.label().substring(k.shortName().length()) : "";
        return new Value(k.slug(), name + qualifier, ordinal(k));
    }

    private static String ordinal(Enum<?> e) {
        return padded(e.ordinal(), 2);
    }

    /** {@code n} (not negative) with leading zeros to {@code width} digits; String.format is slow for sort keys made per card. */
    static String padded(int n, int width) {
        String digits = Integer.toString(n);
        return digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits;
    }
}
