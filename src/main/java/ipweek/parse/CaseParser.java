package ipweek.parse;

import ipweek.diag.Problem;
import ipweek.model.Amount;
import ipweek.model.AmountKind;
import ipweek.model.Campaign;
import ipweek.model.CampaignKind;
import ipweek.model.CaseSequence;
import ipweek.model.CaseSource;
import ipweek.model.IpType;
import ipweek.model.LegalBasis;
import ipweek.model.Markdown;
import ipweek.model.Party;
import ipweek.model.PartyType;
import ipweek.model.Proceeding;
import ipweek.model.Region;
import ipweek.model.Slugs;
import ipweek.model.TypicalCase;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads one typical case: a file {@code content/cases/<batch>/NN-<slug>.yaml}, or one item of a whole batch's
 * {@code cases:} list. Checks that need only the case itself happen here, with the position of the value: natural
 * persons anonymised, 〔〕 in document numbers, amounts in 元.
 */
final class CaseParser {

    static final String[] FIELDS = {"id", "sequence", "title", "ip_types", "proceeding", "handling_unit", "region",
        "campaigns", "document_number", "decision_date", "parties", "facts_label", "facts", "result_label", "result",
        "amounts", "confiscated_items", "transferred_to_police", "legal_basis", "significance_label", "significance",
        "source", "featured"};

    /** A court's or procuratorate's 案号: （2025）豫09民初123号, （2025）豫知民终45号. Round brackets are right there. */
    private static final Pattern COURT_NUMBER = Pattern.compile("[（(]\\d{4}[）)]\\s*\\p{IsHan}[\\p{IsHan}\\d]*\\d+号");
    private static final Pattern REGION_CODE = Pattern.compile("\\d{6}");
    /** How published cases anonymise people: 张某, 张某某, 张××, 张XX, 张** . */
    private static final Pattern ANONYMISED = Pattern.compile(".*[某×xXＸ*＊].*");

    private CaseParser() {
    }

    /**
     * A case as read, not yet placed in its batch (id and position come once the whole batch is read), with its three
     * Markdown parts waiting to be rendered.
     */
    record Parsed(TypicalCase draft, List<PendingTexts.Text> texts) {
    }

    /**
     * @param fileSequence the number the file name starts with, if any (only for one-file-per-case batches)
     * @param lines the lines of the file, to find where block texts start
     */
    static Optional<Parsed> parse(Fields f, String batchId, Optional<CaseSequence> fileSequence,
                                   String contentFile, String[] lines) {
        f.allow(FIELDS);
        String id = f.text("id");
        if (id != null && !Slugs.isValid(id)) {
            f.diagnostics().report(Problem.SLUG_INVALID, f.at("id"), f.fieldPath("id"), id, Slugs.of(id));
            id = null;
        }
        Integer number = f.integer("sequence", false);
        Optional<CaseSequence> sequence = number != null
                ? Optional.of(new CaseSequence(number, CaseSequence.Origin.FIELD, f.at("sequence")))
                : fileSequence;
        String title = f.requiredText("title");
        List<IpType> ipTypes = f.enumList("ip_types", IpType.class);
        if (!f.has("ip_types")) {
            f.diagnostics().report(Problem.FIELD_REQUIRED, f.at("ip_types"), f.fieldPath("ip_types"), "ip_types");
        }
        Proceeding proceeding = f.enumValue("proceeding", Proceeding.class, true);
        String unit = f.requiredText("handling_unit");
        Optional<Region> region = region(f, "region");
        List<Campaign> campaigns = campaigns(f);
        String docNumber = f.text("document_number");
        if (docNumber != null && !(proceeding != null && proceeding.judicial() && COURT_NUMBER.matcher(docNumber).find())) {
            DocNumbers.check(f, "document_number", docNumber);
        }
        LocalDate decided = f.date("decision_date", false);
        List<Party> parties = parties(f);
        String facts = f.requiredText("facts");
        String result = f.requiredText("result");
        String significance = f.requiredText("significance");
        List<Amount> amounts = amounts(f);
        List<LegalBasis> basis = legalBasis(f);
        CaseSource source = source(f);
        boolean police = f.bool("transferred_to_police", false);
        boolean featured = f.bool("featured", false);
        if (title == null || ipTypes.isEmpty() || proceeding == null || unit == null || facts == null || result == null
                || significance == null) {
            return Optional.empty();
        }
        String resultLabel = orDefault(f.text("result_label"), proceeding.resultLabel());
        TypicalCase draft = new TypicalCase(id == null ? "" : id, batchId, 0, sequence, title, ipTypes, proceeding, unit,
                region, campaigns, docNumber,
                Optional.ofNullable(decided).map(d -> new TypicalCase.Decision(d, f.at("decision_date"))), parties,
                orDefault(f.text("facts_label"), "基本案情"), Markdown.EMPTY, resultLabel, Markdown.EMPTY, amounts,
                f.text("confiscated_items"), police, basis, orDefault(f.text("significance_label"), "典型意义"),
                Markdown.EMPTY, source, featured, contentFile, f.at());
        List<PendingTexts.Text> texts = List.of(
                new PendingTexts.Text(facts, ActivityParser.blockStart(f.at("facts"), lines)),
                new PendingTexts.Text(result, ActivityParser.blockStart(f.at("result"), lines)),
                new PendingTexts.Text(significance, ActivityParser.blockStart(f.at("significance"), lines)));
        return Optional.of(new Parsed(draft, texts));
    }

    private static String orDefault(String value, String fallback) {
        return value == null || value.isEmpty() ? fallback : value;
    }

    /** {@code region: 龙湖区} or {@code region: {name: 龙湖区, code: "419002"}}. */
    static Optional<Region> region(Fields f, String key) {
        Optional<YamlNode> node = f.value(key);
        if (node.isEmpty()) {
            return Optional.empty();
        }
        if (node.get() instanceof YamlNode.Scalar) {
            String name = f.text(key);
            return name == null || name.isEmpty() ? Optional.empty() : Optional.of(new Region(name, ""));
        }
        return f.map(key).flatMap(r -> {
            r.allow("name", "code");
            String name = r.requiredText("name");
            String code = r.text("code");
            if (code != null && !REGION_CODE.matcher(code).matches()) {
                r.diagnostics().report(Problem.FIELD_FORMAT, r.at("code"), r.fieldPath("code"), code,
                        "6位行政区划代码，加英文引号，例如 \"419002\"");
                code = null;
            }
            return name == null ? Optional.empty() : Optional.of(new Region(name, code));
        });
    }

    /** {@code campaigns: [tiequan, {id: kunlun, year: 2025}, {id: other, name: 护航}]}. */
    private static List<Campaign> campaigns(Fields f) {
        Optional<YamlNode> node = f.value("campaigns");
        if (node.isEmpty()) {
            return List.of();
        }
        List<YamlNode> items = node.get() instanceof YamlNode.Sequence seq ? seq.items() : List.of(node.get());
        List<Campaign> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            YamlNode item = items.get(i);
            String path = f.fieldPath("campaigns") + "[" + (i + 1) + "]";
            if (item instanceof YamlNode.Scalar s && !s.isNull()) {
                kind(f, s.text().strip(), item, path).ifPresent(k -> {
                    if (k == CampaignKind.OTHER) {
                        f.diagnostics().report(Problem.FIELD_REQUIRED, item.at(), path + ".name", "name");
                    } else {
                        out.add(new Campaign(k, Optional.empty(), "", item.at()));
                    }
                });
                continue;
            }
            Fields.of(item, path, f.diagnostics()).ifPresent(c -> {
                c.allow("id", "year", "name");
                String id = c.requiredText("id");
                Integer written = c.integer("year", false);
                if (written != null && (written < 1990 || written > 2100)) {
                    c.diagnostics().report(Problem.FIELD_FORMAT, c.at("year"), c.fieldPath("year"), written, "四位年份，例如 2026");
                }
                Integer year = written != null && written >= 1990 && written <= 2100 ? written : null;
                String name = c.text("name");
                Optional<CampaignKind> kind = id == null ? Optional.empty() : kind(c, id, c.value("id").orElseThrow(), c.fieldPath("id"));
                if (kind.isPresent() && kind.get() == CampaignKind.OTHER && (name == null || name.isEmpty())) {
                    c.diagnostics().report(Problem.FIELD_REQUIRED, c.at("name"), c.fieldPath("name"), "name");
                    return;
                }
                kind.ifPresent(k -> out.add(new Campaign(k, Optional.ofNullable(year), k == CampaignKind.OTHER ? name : "", c.at())));
            });
        }
        return out;
    }

    private static Optional<CampaignKind> kind(Fields f, String value, YamlNode at, String path) {
        for (CampaignKind k : CampaignKind.values()) {
            if (k.code().equals(value) || k.label().equals(value)) {
                return Optional.of(k);
            }
        }
        String allowed = String.join("、", Arrays.stream(CampaignKind.values()).map(k -> k.code() + "（" + k.label() + "）").toList());
        f.diagnostics().report(Problem.FIELD_ENUM, at.at(), path, value, allowed);
        return Optional.empty();
    }

    private static List<Party> parties(Fields f) {
        List<Party> out = new ArrayList<>();
        for (Fields p : f.maps("parties")) {
            p.allow("name", "type", "role");
            String name = p.requiredText("name");
            PartyType type = p.enumValue("type", PartyType.class, true);
            if (name != null && type == PartyType.NATURAL_PERSON && !ANONYMISED.matcher(name).matches()) {
                String suggestion = name.codePointCount(0, name.length()) > 0
                        ? new String(Character.toChars(name.codePointAt(0))) + "某" : "张某";
                p.diagnostics().report(Problem.CASE_PARTY_NOT_ANONYMISED, p.at("name"), p.fieldPath("name"), name, suggestion);
            }
            if (name != null && type != null) {
                out.add(new Party(name, type, p.text("role"), p.at()));
            }
        }
        return out;
    }

    private static List<Amount> amounts(Fields f) {
        List<Amount> out = new ArrayList<>();
        f.map("amounts").ifPresent(a -> {
            a.allow(Arrays.stream(AmountKind.values()).map(AmountKind::code).toArray(String[]::new));
            for (AmountKind kind : AmountKind.values()) {
                Optional<BigDecimal> yuan = AmountReader.read(a, kind.code());
                yuan.ifPresent(y -> out.add(new Amount(kind, y, a.at(kind.code()))));
            }
        });
        return out;
    }

    /** {@code - {law: 中华人民共和国商标法, articles: [第五十七条第（二）项, 第六十条]}} or a line of text. */
    private static List<LegalBasis> legalBasis(Fields f) {
        Optional<YamlNode> node = f.value("legal_basis");
        if (node.isEmpty()) {
            return List.of();
        }
        List<YamlNode> items = node.get() instanceof YamlNode.Sequence seq ? seq.items() : List.of(node.get());
        List<LegalBasis> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            YamlNode item = items.get(i);
            if (item instanceof YamlNode.Scalar s) {
                if (!s.isNull() && !s.text().isBlank()) {
                    out.add(new LegalBasis(s.text().strip(), List.of(), s.at()));
                }
                continue;
            }
            Fields.of(item, f.fieldPath("legal_basis") + "[" + (i + 1) + "]", f.diagnostics()).ifPresent(b -> {
                b.allow("law", "articles");
                String law = b.requiredText("law");
                if (law != null) {
                    out.add(new LegalBasis(law.replaceAll("^《|》$", ""), b.texts("articles"), b.at()));
                }
            });
        }
        return out;
    }

    /** {@code source: 淇阳市市场监督管理局} or {@code source: {publisher, url, note}}. */
    private static CaseSource source(Fields f) {
        Optional<YamlNode> node = f.value("source");
        if (node.isEmpty()) {
            return new CaseSource("", "", "");
        }
        if (node.get() instanceof YamlNode.Scalar) {
            return new CaseSource(f.text("source"), "", "");
        }
        return f.map("source").map(s -> {
            s.allow("publisher", "url", "note");
            return new CaseSource(s.text("publisher"), Urls.optional(s, "url"), s.text("note"));
        }).orElse(new CaseSource("", "", ""));
    }
}
