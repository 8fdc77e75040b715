package ipweek.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AssetFingerprintsTest {

    private static final Map<String, String> ASSETS = Map.of(
            "css/site.css", "body{background:url(../img/bg.svg)}", "js/site.js", "1", "img/bg.svg", "<svg/>");
    private final AssetFingerprints fingerprints = AssetFingerprints.of(List.of("css/site.css", "img/bg.svg", "js/site.js"),
            rel -> ASSETS.get(rel).getBytes(StandardCharsets.UTF_8), "/ztzl/2026xcz/");
    private final String css = AssetFingerprints.fingerprinted("site.css", ASSETS.get("css/site.css").getBytes(StandardCharsets.UTF_8));
    private final String js = AssetFingerprints.fingerprinted("site.js", new byte[] {'1'});

    @Test
    void renamesStylesheetsAndScriptsByContentOnly() {
        assertTrue(css.matches("site\\.[0-9a-f]{8}\\.css"), css);
        assertEquals(Map.of("assets/css/site.css", "assets/css/" + css, "assets/js/site.js", "assets/js/" + js),
                fingerprints.renamed());
        assertEquals("assets/css/" + css, fingerprints.outputOf("css/site.css"));
        assertEquals("assets/img/bg.svg", fingerprints.outputOf("img/bg.svg"), "images keep their names, so url() in CSS resolves");
    }

    @Test
    void rewritesEveryLinkThatLeadsToARenamedFileAndNothingElse() {
        String home = fingerprints.rewrite("index.html", """
                <link rel="stylesheet" href="assets/css/site.css"><script src="assets/js/site.js?v=1" defer></script>
                <img src="assets/img/bg.svg"><a href="https://example.gov.cn/assets/css/site.css">x</a>
                <a href="other/site.css">same name, other file</a><a href="../assets/css/site.css">above the site</a>""");
        assertTrue(home.contains("href=\"assets/css/" + css + "\""), home);
        assertTrue(home.contains("src=\"assets/js/" + js + "?v=1\""), home);
        assertTrue(home.contains("src=\"assets/img/bg.svg\""), home);
        assertTrue(home.contains("href=\"https://example.gov.cn/assets/css/site.css\""), "other sites untouched");
        assertTrue(home.contains("href=\"other/site.css\""), "only links that lead to the renamed file");
        assertTrue(home.contains("href=\"../assets/css/site.css\""), "a link above the site root leads nowhere of ours");
        assertEquals("<link href=\"../../assets/css/" + css + "\">",
                fingerprints.rewrite("dongtai/a/index.html", "<link href=\"../../assets/css/site.css\">"));
        assertEquals("<link href=\"/ztzl/2026xcz/assets/css/" + css + "\">",
                fingerprints.rewrite("404.html", "<link href=\"/ztzl/2026xcz/assets/css/site.css\">"), "root-relative from the base path");
        assertEquals("<link href=\"/other/assets/css/site.css\">",
                fingerprints.rewrite("404.html", "<link href=\"/other/assets/css/site.css\">"), "outside the base path");
    }

    @Test
    void aPageWithoutAssetLinksIsReturnedAsItIs() {
        String page = "<a href=\"dongtai/\">动态</a>";
        assertSame(page, fingerprints.rewrite("index.html", page));
        String link = "<link href=\"assets/css/site.css\">";
        assertSame(link, AssetFingerprints.none().rewrite("index.html", link), "the preview renames nothing");
    }

    @Test
    void aChangedFileGetsANewName() {
        assertFalse(AssetFingerprints.fingerprinted("a.css", new byte[] {1})
                .equals(AssetFingerprints.fingerprinted("a.css", new byte[] {2})));
    }
}
