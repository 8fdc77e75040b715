package ipweek.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AssetFingerprintsTest {

    private static void write(Path root, String rel, String text) throws Exception {
        Path p = root.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
    }

    @Test
    void renamesStylesheetsAndScriptsByContentAndRewritesEveryPageThatLeadsToThem(@TempDir Path site) throws Exception {
        write(site, "assets/css/site.css", "body{background:url(../img/bg.svg)}");
        write(site, "assets/js/site.js", "1");
        write(site, "assets/img/bg.svg", "<svg/>");
        write(site, "index.html", """
                <link rel="stylesheet" href="assets/css/site.css"><script src="assets/js/site.js?v=1" defer></script>
                <img src="assets/img/bg.svg"><a href="https://example.gov.cn/assets/css/site.css">x</a>
                <a href="other/site.css">same name, other file</a>""");
        write(site, "dongtai/a/index.html", "<link rel=\"stylesheet\" href=\"../../assets/css/site.css\">");
        write(site, "404.html", "<link rel=\"stylesheet\" href=\"/ztzl/2026xcz/assets/css/site.css\">");

        Map<String, String> renamed = AssetFingerprints.apply(site, "/ztzl/2026xcz/");

        String css = AssetFingerprints.fingerprinted("site.css", "body{background:url(../img/bg.svg)}".getBytes(StandardCharsets.UTF_8));
        assertTrue(css.matches("site\\.[0-9a-f]{8}\\.css"), css);
        assertEquals(Map.of("assets/css/site.css", "assets/css/" + css,
                "assets/js/site.js", "assets/js/" + AssetFingerprints.fingerprinted("site.js", new byte[] {'1'})), renamed);
        assertFalse(Files.exists(site.resolve("assets/css/site.css")));
        assertTrue(Files.exists(site.resolve("assets/css/" + css)));
        assertTrue(Files.exists(site.resolve("assets/img/bg.svg")), "images keep their names, so url() in CSS resolves");
        String home = Files.readString(site.resolve("index.html"));
        assertTrue(home.contains("href=\"assets/css/" + css + "\""), home);
        assertTrue(home.contains("src=\"" + renamed.get("assets/js/site.js") + "?v=1\""), home);
        assertTrue(home.contains("href=\"https://example.gov.cn/assets/css/site.css\""), "other sites untouched");
        assertTrue(home.contains("href=\"other/site.css\""), "only links that lead to the renamed file");
        assertTrue(Files.readString(site.resolve("dongtai/a/index.html")).contains("href=\"../../assets/css/" + css + "\""));
        assertTrue(Files.readString(site.resolve("404.html")).contains("href=\"/ztzl/2026xcz/assets/css/" + css + "\""));
    }

    @Test
    void aChangedFileGetsANewName() {
        assertFalse(AssetFingerprints.fingerprinted("a.css", new byte[] {1})
                .equals(AssetFingerprints.fingerprinted("a.css", new byte[] {2})));
    }
}
