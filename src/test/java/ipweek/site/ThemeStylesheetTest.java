package ipweek.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ipweek.testing.TestSite;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The theme colour reaches the pages through a generated, fingerprinted stylesheet, not an inline {@code <style>}:
 * the published pages satisfy {@code style-src 'self'}.
 */
class ThemeStylesheetTest {

    private static final Pattern THEME_LINK = Pattern.compile("<link rel=\"stylesheet\" href=\"(assets/css/site-theme\\.[0-9a-f]{8}\\.css)\">");

    @TempDir
    Path dir;

    @Test
    void theSiteColourIsAStylesheetEveryPageLinks() {
        TestSite.Built built = TestSite.minimal(dir)
                .file("content/site.yaml", TestSite.SITE_YAML + "theme:\n  primary: \"#0B57A4\"\n")
                .build().assertOk();
        String home = built.read("index.html");
        assertFalse(home.contains("<style"), "no inline style");
        Matcher link = THEME_LINK.matcher(home);
        assertTrue(link.find(), home);
        assertEquals(":root{--primary:#0b57a4}\n", built.read(link.group(1)));
        assertTrue(built.read("404.html").contains("/ztzl/2026xcz/" + link.group(1)), "the 404 page links from the base path");
    }

    @Test
    void anotherColourIsAnotherFile() {
        TestSite.Built red = TestSite.minimal(dir.resolve("red")).build().assertOk();
        TestSite.Built blue = TestSite.minimal(dir.resolve("blue"))
                .file("content/site.yaml", TestSite.SITE_YAML + "theme:\n  primary: \"#0b57a4\"\n")
                .build().assertOk();
        Matcher a = THEME_LINK.matcher(red.read("index.html"));
        Matcher b = THEME_LINK.matcher(blue.read("index.html"));
        assertTrue(a.find() && b.find());
        assertFalse(a.group(1).equals(b.group(1)), "a cached old colour cannot outlive a change: " + a.group(1));
        assertEquals(":root{--primary:#b5121b}\n", red.read(a.group(1)), "the default colour");
    }
}
