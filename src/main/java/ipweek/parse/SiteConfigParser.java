package ipweek.parse;

import ipweek.diag.Problem;
import ipweek.model.MediaFile;
import ipweek.model.SiteConfig;
import ipweek.model.SitePage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads {@code content/site.yaml}. */
public final class SiteConfigParser {

    private static final Pattern SITE_CODE = Pattern.compile("bm\\d{8}|\\d{10}");
    private static final Pattern ICP = Pattern.compile("\\p{IsHan}ICP备\\d{8}号(-\\d+)?");
    private static final Pattern PSB = Pattern.compile("\\p{IsHan}公网安备\\s?(\\d{14})号");
    private static final Pattern CONAC = Pattern.compile("[0-9A-F]{32}");
    private static final Pattern COLOR = Pattern.compile("#[0-9a-fA-F]{6}");
    private static final Pattern BASE_URL = Pattern.compile("https?://[^/\\s]+(/[^\\s?#]*)?/");

    private SiteConfigParser() {
    }

    public static SiteConfig parse(Fields f, MediaRefs media) {
        f.allow("title", "short_title", "description", "keywords", "base_url", "sponsor", "undertaker", "co_sponsors",
                "contact", "identity", "host_site", "hotlines", "nav", "theme");
        String title = f.requiredText("title");
        String baseUrl = f.requiredText("base_url");
        if (baseUrl != null && !BASE_URL.matcher(baseUrl).matches()) {
            f.diagnostics().report(Problem.BASE_URL_INVALID, f.at("base_url"), "base_url", baseUrl);
            baseUrl = null;
        }
        String sponsor = f.requiredText("sponsor");
        SiteConfig.Contact contact = f.map("contact").map(SiteConfigParser::contact).orElse(SiteConfig.Contact.NONE);
        SiteConfig.Identity identity = f.map("identity").map(i -> identity(i, media)).orElse(SiteConfig.Identity.NONE);
        Optional<SiteConfig.HostSite> host = f.map("host_site").map(h -> {
            h.allow("name", "url");
            return new SiteConfig.HostSite(orEmpty(h.requiredText("name")), Urls.optional(h, "url"));
        });
        List<SiteConfig.Hotline> hotlines = new ArrayList<>();
        for (Fields h : f.maps("hotlines")) {
            h.allow("name", "phone", "hours", "note");
            hotlines.add(new SiteConfig.Hotline(orEmpty(h.requiredText("name")), orEmpty(h.requiredText("phone")),
                    orEmpty(h.text("hours")), orEmpty(h.text("note"))));
        }
        List<SiteConfig.NavItem> nav = new ArrayList<>();
        for (Fields n : f.maps("nav")) {
            nav(n).ifPresent(nav::add);
        }
        String primary = "#b5121b";
        Optional<Fields> theme = f.map("theme");
        if (theme.isPresent()) {
            theme.get().allow("primary");
            String p = theme.get().text("primary");
            if (p != null && !COLOR.matcher(p).matches()) {
                f.diagnostics().report(Problem.FIELD_FORMAT, theme.get().at("primary"), "theme.primary", p, "#b5121b");
            } else if (p != null) {
                primary = p.toLowerCase(java.util.Locale.ROOT);
            }
        }
        String shortTitle = f.text("short_title");
        return new SiteConfig(orEmpty(title), shortTitle == null ? orEmpty(title) : shortTitle,
                orEmpty(f.text("description")), f.texts("keywords"), baseUrl == null ? "https://example.invalid/" : baseUrl,
                orEmpty(sponsor), orEmpty(f.text("undertaker")), f.texts("co_sponsors"), contact, identity, host,
                hotlines, nav, primary, f.at());
    }

    private static SiteConfig.Contact contact(Fields c) {
        c.allow("address", "postcode", "phone", "email", "office_hours");
        String postcode = c.text("postcode");
        if (postcode != null && !postcode.matches("\\d{6}")) {
            c.diagnostics().report(Problem.FIELD_FORMAT, c.at("postcode"), c.fieldPath("postcode"), postcode, "6位数字，例如“457000”");
        }
        String email = c.text("email");
        if (email != null && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            c.diagnostics().report(Problem.FIELD_FORMAT, c.at("email"), c.fieldPath("email"), email, "zscq@example.gov.cn");
        }
        return new SiteConfig.Contact(orEmpty(c.text("address")), orEmpty(postcode), orEmpty(c.text("phone")),
                orEmpty(email), orEmpty(c.text("office_hours")));
    }

    private static SiteConfig.Identity identity(Fields i, MediaRefs media) {
        i.allow("site_code", "icp", "psb", "conac_id", "conac_badge", "jiucuo", "ipv6_statement");
        String siteCode = checked(i, "site_code", SITE_CODE, "10位数字，或 bm 加8位数字");
        String icp = checked(i, "icp", ICP, "豫ICP备12345678号-1");
        String psb = checked(i, "psb", PSB, "豫公网安备 41090202000123号");
        String psbCode = "";
        if (!psb.isEmpty()) {
            Matcher m = PSB.matcher(psb);
            psbCode = m.matches() ? m.group(1) : "";
        }
        String conacId = checked(i, "conac_id", CONAC, "32位大写十六进制字符");
        Optional<MediaFile> badge = media.file(i, "conac_badge", false, Problem.IMAGE_MISSING);
        boolean jiucuo = i.bool("jiucuo", false);
        if (jiucuo && siteCode.isEmpty()) {
            i.diagnostics().report(Problem.FIELD_REQUIRED, i.at("jiucuo"), i.fieldPath("site_code"), "site_code");
        }
        return new SiteConfig.Identity(siteCode, icp, psb, psbCode, conacId, badge, jiucuo, i.bool("ipv6_statement", false));
    }

    private static String checked(Fields f, String key, Pattern pattern, String example) {
        String value = f.text(key);
        if (value == null) {
            return "";
        }
        if (!pattern.matcher(value).matches()) {
            f.diagnostics().report(Problem.IDENTITY_FORMAT, f.at(key), f.fieldPath(key), value, example);
            return "";
        }
        return value;
    }

    private static Optional<SiteConfig.NavItem> nav(Fields n) {
        n.allow("label", "page", "url");
        String label = n.requiredText("label");
        String page = n.text("page");
        String url = Urls.optional(n, "url");
        if (page == null && url.isEmpty()) {
            n.diagnostics().report(Problem.FIELD_REQUIRED, n.at(), n.fieldPath("page"), "page");
            return Optional.empty();
        }
        Optional<SitePage> target = Optional.empty();
        if (page != null) {
            target = Arrays.stream(SitePage.values()).filter(p -> p.code().equals(page)).findFirst();
            if (target.isEmpty()) {
                String allowed = String.join("、", Arrays.stream(SitePage.values()).map(SitePage::code).toList());
                n.diagnostics().report(Problem.NAV_UNKNOWN_PAGE, n.at("page"), n.fieldPath("page"), page, allowed);
                return Optional.empty();
            }
        }
        return label == null ? Optional.empty() : Optional.of(new SiteConfig.NavItem(label, target, url, n.at()));
    }

    static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
