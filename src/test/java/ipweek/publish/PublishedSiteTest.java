package ipweek.publish;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ipweek.testing.OutputTree;
import ipweek.testing.PublishedDemo;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The demo site as it is published: fingerprinted stylesheets and scripts, {@code .gz} copies, no request to any
 * other host, and the government and Open Graph metadata in every {@code <head>}.
 */
class PublishedSiteTest {

    private static final Pattern FINGERPRINTED = Pattern.compile(".*\\.[0-9a-f]{8}\\.(css|js)$");
    private static final Pattern CSS_URL = Pattern.compile("(?:url\\(\\s*['\"]?|@import\\s+['\"])([^'\")\\s]+)");

    private static Path out() {
        return PublishedDemo.output();
    }

    @Test
    void everyStylesheetAndScriptHasAFingerprintedNameAndEveryLinkStillLeadsToAFile() {
        List<String> plain = new ArrayList<>();
        for (String f : OutputTree.files(out()).keySet()) {
            if (f.matches(".*\\.(css|js)$") && !FINGERPRINTED.matcher(f).matches()) {
                plain.add(f);
            }
        }
        assertEquals(List.of(), plain, "unfingerprinted assets");
        assertEquals(List.of(), OutputTree.brokenLinks(out()));
        for (Path page : PublishedDemo.pages()) {
            for (Element el : OutputTree.parse(page).select("link[rel=stylesheet], script[src]")) {
                String url = el.hasAttr("href") ? el.attr("href") : el.attr("src");
                assertTrue(FINGERPRINTED.matcher(url).matches(), out().relativize(page) + ": " + url);
            }
        }
        Document home = OutputTree.parse(out().resolve("index.html"));
        assertTrue(home.selectFirst("link[rel=stylesheet]").attr("href").matches("assets/css/site\\.[0-9a-f]{8}\\.css"));
        Document notFound = OutputTree.parse(out().resolve("404.html"));
        String css = notFound.selectFirst("link[rel=stylesheet]").attr("href");
        assertTrue(css.startsWith(PublishedDemo.BASE_PATH + "assets/css/site."), css);
        assertTrue(Files.isRegularFile(out().resolve(css.substring(PublishedDemo.BASE_PATH.length()))), css);
    }

    @Test
    void urlsInsideStylesheetsResolve() throws Exception {
        for (Map.Entry<String, byte[]> f : OutputTree.files(out()).entrySet()) {
            if (!f.getKey().endsWith(".css")) {
                continue;
            }
            Matcher m = CSS_URL.matcher(new String(f.getValue(), StandardCharsets.UTF_8));
            while (m.find()) {
                String url = m.group(1);
                if (url.startsWith("data:") || url.startsWith("#")) {
                    continue;
                }
                Path target = out().resolve(f.getKey()).getParent().resolve(url.replaceAll("[?#].*", "")).normalize();
                assertTrue(Files.isRegularFile(target), f.getKey() + ": " + url);
            }
        }
    }

    @Test
    void everyTextFileThatGainsHasAnIdenticalGzipCopy() throws Exception {
        Map<String, byte[]> files = OutputTree.files(out());
        int checked = 0;
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            String name = f.getKey();
            if (!name.matches(".*\\.(html|css|js|xml|txt|svg|json)$")) {
                assertFalse(name.endsWith(".gz") && !files.containsKey(name.substring(0, name.length() - 3)), name);
                continue;
            }
            byte[] gz = files.get(name + ".gz");
            if (f.getValue().length > 1024) {
                assertNotNull(gz, "no " + name + ".gz");
            }
            if (gz != null) {
                assertTrue(gz.length < f.getValue().length, name);
                assertArrayEquals(new byte[] {0, 0, 0, 0}, new byte[] {gz[4], gz[5], gz[6], gz[7]}, "mtime 0: " + name);
                try (var in = new GZIPInputStream(new ByteArrayInputStream(gz))) {
                    assertArrayEquals(f.getValue(), in.readAllBytes(), name);
                }
                checked++;
            }
        }
        assertTrue(checked > 50, "gz files: " + checked);
    }

    /** domain.md §5.3: no remote script, stylesheet, font, image or frame on any page or in any stylesheet. */
    @Test
    void noPageOrStylesheetRequestsAnythingFromAnotherHost() {
        List<String> remote = new ArrayList<>();
        for (Path page : PublishedDemo.pages()) {
            Document doc = OutputTree.parse(page);
            String where = out().relativize(page).toString();
            for (Element el : doc.select("script[src], img[src], iframe, frame, embed[src], object[data], source[src], "
                    + "source[srcset], img[srcset], video[src], video[poster], audio[src], track[src], input[src]")) {
                for (String attr : List.of("src", "srcset", "data", "poster")) {
                    if (isRemote(el.attr(attr)) || el.tagName().equals("iframe") || el.tagName().equals("frame")) {
                        remote.add(where + ": <" + el.tagName() + " " + attr + "=" + el.attr(attr) + ">");
                    }
                }
            }
            for (Element link : doc.select("link[href]")) {
                String rel = link.attr("rel");
                boolean own = link.attr("href").startsWith("https://scjg.qiyang.example/");
                if (isRemote(link.attr("href")) && !((rel.equals("canonical") || rel.equals("alternate")) && own)) {
                    remote.add(where + ": <link rel=" + rel + " href=" + link.attr("href") + ">");
                }
            }
            for (Element style : doc.select("style, [style]")) {
                String css = style.tagName().equals("style") ? style.data() : style.attr("style");
                Matcher m = CSS_URL.matcher(css);
                while (m.find()) {
                    if (isRemote(m.group(1))) {
                        remote.add(where + ": inline CSS " + m.group(1));
                    }
                }
            }
        }
        for (Map.Entry<String, byte[]> f : OutputTree.files(out()).entrySet()) {
            if (f.getKey().endsWith(".css")) {
                Matcher m = CSS_URL.matcher(new String(f.getValue(), StandardCharsets.UTF_8));
                while (m.find()) {
                    if (isRemote(m.group(1))) {
                        remote.add(f.getKey() + ": " + m.group(1));
                    }
                }
            }
        }
        assertEquals(List.of(), remote);
    }

    private static boolean isRemote(String url) {
        String u = url.trim().toLowerCase(java.util.Locale.ROOT);
        return u.startsWith("http://") || u.startsWith("https://") || u.startsWith("//") || u.contains(" http") || u.contains(",http");
    }

    @Test
    void articlePagesCarryTheGovernmentMetadataAndOpenGraph() {
        Document doc = OutputTree.parse(out().resolve("dongtai/2026/2026-launch-ceremony/index.html"));
        assertEquals("2026年淇阳市知识产权宣传周", meta(doc, "SiteName"));
        assertEquals("scjg.qiyang.example", meta(doc, "SiteDomain"), "the bare domain, as 政府网站网页设计规范 shows it");
        assertEquals("4199000017", meta(doc, "SiteIDCode"));
        assertEquals("工作动态", meta(doc, "ColumnName"));
        assertFalse(meta(doc, "ColumnType").isBlank());
        assertEquals(doc.selectFirst("h1").text(), meta(doc, "ArticleTitle"));
        assertTrue(meta(doc, "PubDate").matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}"), meta(doc, "PubDate"));
        assertFalse(meta(doc, "ContentSource").isBlank());
        assertEquals(doc.selectFirst("h1").text(), og(doc, "og:title"));
        assertEquals("article", og(doc, "og:type"));
        assertEquals("https://scjg.qiyang.example/ztzl/2026xcz/dongtai/2026/2026-launch-ceremony/", og(doc, "og:url"));
        assertEquals(og(doc, "og:url"), doc.selectFirst("link[rel=canonical]").attr("href"));
    }

    @Test
    void anArticleWithACoverSharesItAsAnAbsoluteImage() {
        int withCover = 0;
        for (Path page : PublishedDemo.pages()) {
            Document doc = OutputTree.parse(page);
            if (doc.selectFirst("meta[name=ArticleTitle]") == null) {
                continue;
            }
            Element image = doc.selectFirst("meta[property=og:image]");
            if (image != null) {
                withCover++;
                String url = image.attr("content");
                assertTrue(url.startsWith("https://scjg.qiyang.example/ztzl/2026xcz/"), url);
                assertTrue(Files.isRegularFile(out().resolve(url.substring("https://scjg.qiyang.example/ztzl/2026xcz/".length()))), url);
                assertEquals(url, meta(doc, "Image"));
            }
        }
        assertTrue(withCover > 0, "the demo has articles with a cover");
    }

    @Test
    void everyPageHasTheSiteMetadataAndOneColumn() {
        for (Path page : PublishedDemo.pages()) {
            Document doc = OutputTree.parse(page);
            if (doc.selectFirst("body[class^=kind-]") == null) {
                continue; // not a page of the layout (the handbook's print page)
            }
            String where = out().relativize(page).toString();
            assertEquals("zh-CN", doc.selectFirst("html").attr("lang"), where);
            assertEquals("2026年淇阳市知识产权宣传周", meta(doc, "SiteName"), where);
            assertEquals("scjg.qiyang.example", meta(doc, "SiteDomain"), where);
            assertEquals("4199000017", meta(doc, "SiteIDCode"), where);
            assertFalse(meta(doc, "ColumnName").isBlank(), where);
            assertFalse(meta(doc, "ColumnType").isBlank(), where);
            assertFalse(og(doc, "og:title").isBlank(), where);
            assertFalse(og(doc, "og:type").isBlank(), where);
        }
        assertEquals("首页", meta(OutputTree.parse(out().resolve("index.html")), "ColumnType"));
    }

    private static String meta(Document doc, String name) {
        Element el = doc.selectFirst("meta[name=" + name + "]");
        assertNotNull(el, "no meta " + name + " in " + doc.title());
        return el.attr("content");
    }

    private static String og(Document doc, String property) {
        Element el = doc.selectFirst("meta[property=" + property + "]");
        assertNotNull(el, "no " + property + " in " + doc.title());
        return el.attr("content");
    }
}
