package ipweek.parse;

import ipweek.diag.Problem;
import ipweek.model.AuthorizedUser;
import ipweek.model.GiCategory;
import ipweek.model.GiImage;
import ipweek.model.GiProduct;
import ipweek.model.GiProtection;
import ipweek.model.GiRegime;
import ipweek.model.Image;
import ipweek.model.MarkKind;
import ipweek.model.Markdown;
import ipweek.model.MediaFile;
import ipweek.model.Region;
import ipweek.model.SourceLink;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads one geographical-indication product, {@code content/gi/<id>.yaml}. Every protection is checked against its
 * regime's rules (announcement and date for 保护产品; registration number, registrant and Nice class 1–45 for
 * 地理标志商标; {@code AGI01459} and {@code AGI2014-02-1497} for 农产品地理标志), every authorised user's 统一社会信用代码
 * against its check character, every image for its file, alt text and credit.
 */
final class GiProductParser {

    private static final Pattern AGI_CERTIFICATE = Pattern.compile("AGI\\d{5}");
    private static final Pattern AGI_SPEC = Pattern.compile("AGI\\d{4}-\\d{2}-\\d{4}");
    private static final Pattern REGISTRATION_NO = Pattern.compile("\\d{4,10}");
    /** Shops and marketplaces: a government exhibition must not advertise (no "buy" links). */
    private static final Set<String> SHOP_HOSTS = Set.of("taobao.com", "tmall.com", "jd.com", "pinduoduo.com",
            "yangkeduo.com", "1688.com", "weidian.com", "youzan.com", "suning.com", "vip.com");

    private final MediaRefs media;
    private final LocalDate today;

    GiProductParser(MediaRefs media, LocalDate today) {
        this.media = media;
        this.today = today;
    }

    /** A product with its three Markdown texts (quality requirements, features, history) waiting to be rendered. */
    record Parsed(GiProduct draft, List<PendingTexts.Text> texts) {
    }

    Optional<Parsed> parse(Fields f, String id, String contentFile, String[] lines) {
        f.allow("id", "name", "category", "location", "protections", "origin_area", "origin_detail", "coordinates",
                "quality_requirements", "quality_source", "features", "history", "authorized_users", "images", "sources");
        String name = f.requiredText("name");
        GiCategory category = f.enumValue("category", GiCategory.class, true);
        Optional<Region> location = CaseParser.region(f, "location");
        if (!f.has("location")) {
            f.diagnostics().report(Problem.FIELD_REQUIRED, f.at("location"), f.fieldPath("location"), "location");
        }
        List<GiProtection> protections = protections(f);
        String originArea = f.requiredText("origin_area");
        String features = f.requiredText("features");
        Optional<SourceLink> qualitySource = f.map("quality_source").flatMap(GiProductParser::link);
        List<AuthorizedUser> users = users(f);
        List<GiImage> images = images(f);
        List<SourceLink> sources = new ArrayList<>();
        for (Fields s : f.maps("sources")) {
            link(s).ifPresent(sources::add);
        }
        if (name == null || category == null || location.isEmpty() || protections.isEmpty() || originArea == null
                || features == null) {
            return Optional.empty();
        }
        GiProduct draft = new GiProduct(id, name, category, location.get(), protections, originArea,
                f.texts("origin_detail"), f.text("coordinates"), Markdown.EMPTY, qualitySource, Markdown.EMPTY,
                Markdown.EMPTY, users, images, sources, contentFile, f.at());
        return Optional.of(new Parsed(draft, List.of(
                new PendingTexts.Text(f.text("quality_requirements"), ActivityParser.blockStart(f.at("quality_requirements"), lines)),
                new PendingTexts.Text(features, ActivityParser.blockStart(f.at("features"), lines)),
                new PendingTexts.Text(f.text("history"), ActivityParser.blockStart(f.at("history"), lines)))));
    }

    private List<GiProtection> protections(Fields f) {
        List<Fields> items = f.maps("protections");
        if (items.isEmpty()) {
            Optional<YamlNode> value = f.value("protections");
            if (value.isEmpty() || value.get() instanceof YamlNode.Sequence seq && seq.items().isEmpty()) {
                f.diagnostics().report(Problem.GI_PROTECTION_MISSING, f.at("protections"), f.fieldPath("protections"));
            }
            return List.of();
        }
        List<GiProtection> out = new ArrayList<>();
        for (Fields p : items) {
            GiRegime regime = p.enumValue("type", GiRegime.class, true);
            if (regime == null) {
                p.allow("type", "announcement", "approved", "authority", "standard", "mark_kind", "registration_no",
                        "registrant", "nice_class", "goods", "registered", "valid_until", "certificate_no", "holder",
                        "spec_no");
                continue;
            }
            Optional<GiProtection> read = switch (regime) {
                case PGI -> pgi(p);
                case GI_MARK -> mark(p);
                case AGI -> agi(p);
            };
            read.ifPresent(out::add);
        }
        return out;
    }

    private static Optional<GiProtection> pgi(Fields p) {
        p.allow("type", "announcement", "approved", "authority", "standard");
        String announcement = p.requiredText("announcement");
        LocalDate approved = p.date("approved", true);
        String code = "";
        String title = "";
        Optional<YamlNode> standard = p.value("standard");
        if (standard.isPresent() && standard.get() instanceof YamlNode.Scalar) {
            code = p.text("standard");
        } else if (standard.isPresent()) {
            Optional<Fields> s = p.map("standard");
            if (s.isPresent()) {
                s.get().allow("code", "title");
                code = s.get().requiredText("code");
                title = s.get().text("title");
            }
        }
        if (announcement == null || approved == null) {
            return Optional.empty();
        }
        return Optional.of(new GiProtection.Pgi(announcement, approved, p.text("authority"), code, title, p.at()));
    }

    private Optional<GiProtection> mark(Fields p) {
        p.allow("type", "mark_kind", "registration_no", "registrant", "nice_class", "goods", "registered", "valid_until");
        MarkKind kind = p.enumValue("mark_kind", MarkKind.class, true);
        String number = p.requiredText("registration_no");
        if (number != null && !REGISTRATION_NO.matcher(number).matches()) {
            p.diagnostics().report(Problem.FIELD_FORMAT, p.at("registration_no"), p.fieldPath("registration_no"), number,
                    "商标注册号只有数字，例如 \"12345678\"（加英文引号）");
            number = null;
        }
        String registrant = p.requiredText("registrant");
        Integer nice = p.integer("nice_class", true);
        if (nice != null && (nice < 1 || nice > 45)) {
            p.diagnostics().report(Problem.GI_NICE_CLASS, p.at("nice_class"), p.fieldPath("nice_class"), nice);
            nice = null;
        }
        LocalDate registered = p.date("registered", false);
        LocalDate validUntil = p.date("valid_until", false);
        if (registered != null && validUntil != null && validUntil.isBefore(registered)) {
            p.diagnostics().report(Problem.DATE_RANGE, p.at("valid_until"), p.fieldPath("valid_until"), validUntil, registered);
            validUntil = null;
        } else if (validUntil != null && validUntil.isBefore(today)) {
            p.diagnostics().report(Problem.GI_MARK_EXPIRED, p.at("valid_until"), p.fieldPath("valid_until"), validUntil);
        }
        if (kind == null || number == null || registrant == null || nice == null) {
            return Optional.empty();
        }
        return Optional.of(new GiProtection.GiMark(kind, number, registrant, nice, p.text("goods"),
                Optional.ofNullable(registered), Optional.ofNullable(validUntil), p.at()));
    }

    private static Optional<GiProtection> agi(Fields p) {
        p.allow("type", "certificate_no", "holder", "spec_no", "announcement", "registered");
        String certificate = agiNumber(p, "certificate_no", AGI_CERTIFICATE, "AGI01459（AGI 加5位数字）");
        String holder = p.requiredText("holder");
        String spec = agiNumber(p, "spec_no", AGI_SPEC, "AGI2014-02-1497（AGI 加年份-两位数字-四位数字）");
        LocalDate registered = p.date("registered", false);
        if (certificate == null || holder == null || spec == null) {
            return Optional.empty();
        }
        return Optional.of(new GiProtection.Agi(certificate, holder, spec, p.text("announcement"),
                Optional.ofNullable(registered), p.at()));
    }

    private static String agiNumber(Fields p, String key, Pattern pattern, String example) {
        String value = p.requiredText(key);
        if (value != null && !pattern.matcher(value).matches()) {
            p.diagnostics().report(Problem.GI_AGI_FORMAT, p.at(key), p.fieldPath(key), value, example);
            return null;
        }
        return value;
    }

    private static List<AuthorizedUser> users(Fields f) {
        List<AuthorizedUser> out = new ArrayList<>();
        for (Fields u : f.maps("authorized_users")) {
            u.allow("name", "uscc", "announcement", "approved");
            String name = u.requiredText("name");
            String uscc = u.requiredText("uscc");
            if (uscc != null) {
                Optional<String> problem = Uscc.problem(uscc);
                if (problem.isPresent()) {
                    u.diagnostics().report(Problem.USCC_INVALID, u.at("uscc"), u.fieldPath("uscc"), uscc, problem.get());
                    uscc = null;
                }
            }
            LocalDate approved = u.date("approved", false);
            if (name != null && uscc != null) {
                out.add(new AuthorizedUser(name, uscc, u.text("announcement"), Optional.ofNullable(approved), u.at()));
            }
        }
        return out;
    }

    /** {@code images: [{src, alt, credit, license}]}: the file must exist; alt text and credit are required. */
    private List<GiImage> images(Fields f) {
        List<GiImage> out = new ArrayList<>();
        for (Fields img : f.maps("images")) {
            img.allow("src", "alt", "credit", "license");
            Optional<MediaFile> file = media.file(img, "src", true, Problem.IMAGE_MISSING);
            String alt = img.text("alt");
            String credit = img.text("credit");
            if (alt == null || alt.isBlank()) {
                img.diagnostics().report(Problem.IMAGE_ALT_MISSING, img.at("alt"), img.fieldPath("alt"));
            }
            if (credit == null || credit.isBlank()) {
                img.diagnostics().report(Problem.IMAGE_CREDIT_MISSING, img.at("credit"), img.fieldPath("credit"));
            }
            if (file.isPresent() && alt != null && !alt.isBlank() && credit != null && !credit.isBlank()) {
                out.add(new GiImage(new Image(file.get(), alt, credit, img.at()), img.text("license")));
            }
        }
        return out;
    }

    private static Optional<SourceLink> link(Fields s) {
        s.allow("title", "url");
        String title = s.requiredText("title");
        String url = Urls.optional(s, "url");
        if (!url.isEmpty() && isShop(url)) {
            s.diagnostics().report(Problem.GI_SHOP_LINK, s.at("url"), s.fieldPath("url"), url);
        }
        return title == null ? Optional.empty() : Optional.of(new SourceLink(title, url));
    }

    private static boolean isShop(String url) {
        try {
            String host = URI.create(url).getHost();
            if (host == null) {
                return false;
            }
            String h = host.toLowerCase(Locale.ROOT);
            return SHOP_HOSTS.stream().anyMatch(shop -> h.equals(shop) || h.endsWith("." + shop));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
