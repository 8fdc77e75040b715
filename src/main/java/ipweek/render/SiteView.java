package ipweek.render;

import java.util.List;

/** The site-wide parts of every page: header, navigation (with the current section marked), hotlines and footer. */
public record SiteView(
        String title,
        String shortTitle,
        String description,
        String sponsor,
        String undertaker,
        List<String> coSponsors,
        ContactView contact,
        IdentityView identity,
        LinkView hostSite,
        List<HotlineView> hotlines,
        List<LinkView> nav,
        String primaryColor,
        String baseUrl,
        String homeUrl,
        String assetsUrl,
        String aboutUrl,
        String accessibilityUrl,
        String sitemapUrl,
        String feedUrl) {

    public SiteView {
        coSponsors = List.copyOf(coSponsors);
        hotlines = List.copyOf(hotlines);
        nav = List.copyOf(nav);
    }

    public record ContactView(String address, String postcode, String phone, String email, String officeHours) {
    }

    /**
     * The identity footer with ready-made links: ICP to beian.miit.gov.cn, 公安备案 with its record code, the conac
     * badge (a local image) and the 纠错 entrance (a plain link carrying the page URL, no remote script).
     */
    public record IdentityView(String siteCode, String icp, String icpUrl, String psb, String psbUrl, String conacUrl,
                               String conacBadgeUrl, String jiucuoUrl, String jiucuoImageUrl, boolean ipv6Statement) {
    }

    public record HotlineView(String name, String phone, String telUrl, String hours, String note) {
    }
}
