package ipweek.bake;

import ipweek.model.Handbook;
import ipweek.model.Site;
import ipweek.render.HandbookLayoutView;
import java.nio.charset.StandardCharsets;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The stylesheets a build writes from the site's settings instead of copying them: the theme colour
 * ({@code theme.primary} in {@code site.yaml}) and the handbook print page's page box (trim size, margins, text
 * size). They are files rather than inline {@code <style>} so that the pages satisfy a Content-Security-Policy without
 * {@code 'unsafe-inline'}, and they sit under {@code assets/} so that they are fingerprinted like the theme's own.
 * A site's own file of the same name is replaced by these.
 */
public final class SiteStylesheets {

    /** Linked by every page, after {@code css/site.css}. */
    public static final String THEME = "css/site-theme.css";
    /** Linked by the handbook's print page, after {@code css/handbook-print.css}; only for a site with a handbook. */
    public static final String HANDBOOK_PAGE = "css/handbook-page.css";

    private SiteStylesheets() {
    }

    /** The generated files by their path below {@code assets/}. */
    public static SortedMap<String, byte[]> of(Site site) {
        SortedMap<String, byte[]> files = new TreeMap<>();
        // The colour is checked as #rrggbb when site.yaml is read, so it is safe to write into CSS as it is.
        files.put(THEME, bytes(":root{--primary:" + site.config().primaryColor() + "}\n"));
        site.handbook().ifPresent(h -> files.put(HANDBOOK_PAGE, bytes(pageBox(HandbookLayoutView.of(h)))));
        return files;
    }

    private static String pageBox(HandbookLayoutView l) {
        return "@page { size: " + l.widthMm() + "mm " + l.heightMm() + "mm; margin: " + l.topMm() + "mm " + l.outerMm() + "mm "
                + l.bottomMm() + "mm " + l.innerMm() + "mm; }\n"
                + "@page :left { margin-left: " + l.outerMm() + "mm; margin-right: " + l.innerMm() + "mm; }\n"
                + "@page :right { margin-left: " + l.innerMm() + "mm; margin-right: " + l.outerMm() + "mm; }\n"
                + "@page cover { margin: 0; }\n"
                + "html { font-size: " + l.bodyPt() + "pt; }\n"
                + "@media print { .cover-inner { height: " + (l.heightMm() - 1) + "mm; } }\n";
    }

    private static byte[] bytes(String css) {
        return css.getBytes(StandardCharsets.UTF_8);
    }
}
