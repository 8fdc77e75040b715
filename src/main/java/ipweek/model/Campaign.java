package ipweek.model;

import ipweek.diag.SourceRef;
import java.util.Objects;
import java.util.Optional;

/**
 * A 专项行动 a case was handled in: the campaign, its year when given ("昆仑2025"), and for {@code other} the name the
 * editors wrote (护航).
 */
public record Campaign(CampaignKind kind, Optional<Integer> year, String name, SourceRef at) {

    public Campaign {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(year, "year");
        name = name == null ? "" : name;
        if (kind == CampaignKind.OTHER && name.isEmpty()) {
            throw new IllegalArgumentException("an other campaign needs a name");
        }
    }

    /** As plans and news write it: “铁拳”行动, “昆仑2025”专项行动, “护航”专项行动. */
    public String label() {
        String base = kind == CampaignKind.OTHER ? name : kind.shortName();
        String quoted = "“" + base + year.map(String::valueOf).orElse("") + "”";
        return kind == CampaignKind.TIEQUAN ? quoted + "行动" : quoted + "专项行动";
    }
}
