package ipweek.model;

import ipweek.diag.SourceRef;
import java.util.List;
import java.util.Optional;

/** The site's identity and settings, from {@code content/site.yaml}. */
public record SiteConfig(
        String title,
        String shortTitle,
        String description,
        List<String> keywords,
        String baseUrl,
        String sponsor,
        String undertaker,
        List<String> coSponsors,
        Contact contact,
        Identity identity,
        Optional<HostSite> hostSite,
        List<Hotline> hotlines,
        List<NavItem> nav,
        String primaryColor,
        SourceRef at) {

    public SiteConfig {
        keywords = List.copyOf(keywords);
        coSponsors = List.copyOf(coSponsors);
        hotlines = List.copyOf(hotlines);
        nav = List.copyOf(nav);
    }

    /** The path part of {@code base_url}, e.g. {@code /ztzl/2026xcz/}. */
    public String basePath() {
        int scheme = baseUrl.indexOf("://");
        int slash = scheme < 0 ? baseUrl.indexOf('/') : baseUrl.indexOf('/', scheme + 3);
        return slash < 0 ? "/" : baseUrl.substring(slash);
    }

    public record Contact(String address, String postcode, String phone, String email, String officeHours) {
        public static final Contact NONE = new Contact("", "", "", "", "");
    }

    /**
     * 网站标识: 政府网站标识码, ICP备案号, 公安机关备案号 (with its 14-digit record code for the link), 党政机关网站标识 id
     * and badge image, the 纠错 link and the IPv6 statement. When the site is a column of a host site, these are the
     * host site's.
     */
    public record Identity(String siteCode, String icp, String psb, String psbCode, String conacId,
                           Optional<MediaFile> conacBadge, boolean jiucuo, boolean ipv6Statement) {
        public static final Identity NONE = new Identity("", "", "", "", "", Optional.empty(), false, false);
    }

    public record HostSite(String name, String url) {
    }

    public record Hotline(String name, String phone, String hours, String note) {
    }

    /** A navigation entry: one of the site's own pages or an external URL. */
    public record NavItem(String label, Optional<SitePage> page, String url, SourceRef at) {
    }
}
