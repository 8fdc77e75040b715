package ipweek.parse;

import ipweek.diag.Problem;
import ipweek.model.ChannelKind;
import ipweek.model.HandbookInclude;
import ipweek.model.IpType;
import ipweek.model.LawLevel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a handbook chapter's {@code include:}: what generated content it takes from the site's data. Each kind accepts
 * {@code all}, a list of ids, or a mapping of filters.
 */
final class HandbookIncludeParser {

    private HandbookIncludeParser() {
    }

    /** {@code include:} is one mapping or a list of them. */
    static List<HandbookInclude> includes(Fields c) {
        Optional<YamlNode> node = c.value("include");
        if (node.isEmpty()) {
            return List.of();
        }
        List<Fields> items = node.get() instanceof YamlNode.Sequence ? c.maps("include")
                : c.map("include").map(List::of).orElse(List.of());
        List<HandbookInclude> out = new ArrayList<>();
        for (Fields item : items) {
            include(item).ifPresent(out::add);
        }
        return out;
    }

    private static Optional<HandbookInclude> include(Fields i) {
        i.allow("laws", "channels", "cases", "gi", "layout");
        List<String> kinds = List.of("laws", "channels", "cases", "gi").stream().filter(i::has).toList();
        if (kinds.size() != 1) {
            i.diagnostics().report(Problem.FIELD_FORMAT, i.at(), i.fieldPath(kinds.isEmpty() ? "laws" : kinds.get(1)),
                    kinds.isEmpty() ? "（空）" : String.join("、", kinds),
                    "每一项 include 只写一种内容：{laws: all}、{channels: all, layout: table}、{cases: {batch: 2025-top10}} 或 {gi: all}");
            return Optional.empty();
        }
        String kind = kinds.get(0);
        if (i.has("layout") && !kind.equals("channels")) {
            i.diagnostics().report(Problem.FIELD_UNKNOWN, i.at("layout"), i.fieldPath("layout"), "layout",
                    "：只有 channels 可以写 layout", "laws、channels、cases、gi，以及 channels 的 layout");
        }
        return switch (kind) {
            case "laws" -> laws(i);
            case "channels" -> channels(i);
            case "cases" -> cases(i);
            default -> gi(i);
        };
    }

    /** {@code all}, a list of ids, or a mapping read by {@code mapping}. */
    private record Choice(boolean all, List<String> ids, Optional<Fields> mapping) {
    }

    private static Optional<Choice> choice(Fields i, String key, String example) {
        YamlNode node = i.value(key).orElseThrow();
        if (node instanceof YamlNode.Scalar s) {
            if (s.text().strip().equals("all") || s.text().strip().equals("全部")) {
                return Optional.of(new Choice(true, List.of(), Optional.empty()));
            }
            i.diagnostics().report(Problem.FIELD_FORMAT, s.at(), i.fieldPath(key), s.text(), example);
            return Optional.empty();
        }
        if (node instanceof YamlNode.Sequence) {
            return Optional.of(new Choice(false, i.texts(key), Optional.empty()));
        }
        return Optional.of(new Choice(false, List.of(), i.map(key)));
    }

    private static Optional<HandbookInclude> laws(Fields i) {
        return choice(i, "laws", "all、[trademark-law, patent-law] 或 {levels: [law, admin_regulation]}").map(ch -> {
            List<String> ids = ch.ids();
            List<LawLevel> levels = List.of();
            List<IpType> ipTypes = List.of();
            if (ch.mapping().isPresent()) {
                Fields m = ch.mapping().get();
                m.allow("ids", "levels", "ip_types");
                ids = m.texts("ids");
                levels = m.enumList("levels", LawLevel.class);
                ipTypes = m.enumList("ip_types", IpType.class);
            }
            return new HandbookInclude.Laws(ids, levels, ipTypes, i.at("laws"));
        });
    }

    private static Optional<HandbookInclude> channels(Fields i) {
        HandbookInclude.ChannelLayout layout = i.has("layout")
                ? i.enumValue("layout", HandbookInclude.ChannelLayout.class, true) : HandbookInclude.ChannelLayout.DIRECTORY;
        HandbookInclude.ChannelLayout finalLayout = layout == null ? HandbookInclude.ChannelLayout.DIRECTORY : layout;
        return choice(i, "channels", "all、[hotline-12345, hotline-12315] 或 {kinds: [hotline, court]}").map(ch -> {
            List<String> ids = ch.ids();
            List<ChannelKind> kinds = List.of();
            if (ch.mapping().isPresent()) {
                Fields m = ch.mapping().get();
                m.allow("ids", "kinds");
                ids = m.texts("ids");
                kinds = m.enumList("kinds", ChannelKind.class);
            }
            return new HandbookInclude.Channels(ids, kinds, finalLayout, i.at("channels"));
        });
    }

    private static Optional<HandbookInclude> cases(Fields i) {
        YamlNode node = i.value("cases").orElseThrow();
        if (node instanceof YamlNode.Scalar s) {
            return Optional.of(new HandbookInclude.Cases(s.text().strip(), List.of(), false, i.at("cases")));
        }
        return i.map("cases").flatMap(m -> {
            m.allow("batch", "ids");
            String batch = m.requiredText("batch");
            return batch == null ? Optional.empty()
                    : Optional.of(new HandbookInclude.Cases(batch, m.texts("ids"), false, i.at("cases")));
        });
    }

    private static Optional<HandbookInclude> gi(Fields i) {
        return choice(i, "gi", "all 或 [fanchuan-xiaomi, anping-fentiao]").map(ch -> {
            if (ch.mapping().isPresent()) {
                Fields m = ch.mapping().get();
                m.allow("ids");
                return new HandbookInclude.Gi(m.texts("ids"), i.at("gi"));
            }
            return new HandbookInclude.Gi(ch.ids(), i.at("gi"));
        });
    }
}
