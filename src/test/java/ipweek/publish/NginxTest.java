package ipweek.publish;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ipweek.testing.NginxServer;
import ipweek.testing.OutputTree;
import ipweek.testing.PublishedDemo;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The demo output in Debian's nginx with {@code deploy/nginx.conf.example}: under {@code /ztzl/2026xcz/} and at the
 * domain root, without rebuilding. Skipped where nginx is not installed; {@code .ci/run} installs it.
 */
class NginxTest {

    private static final Optional<Path> NGINX = NginxServer.find();
    private static NginxServer server;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeAll
    static void start() throws Exception {
        if (NGINX.isPresent()) {
            server = NginxServer.start(NGINX.get(), PublishedDemo.output());
        }
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    private static NginxServer server() {
        assumeTrue(NGINX.isPresent(), "nginx is not installed (.ci/run installs it)");
        return server;
    }

    @Test
    void everyPageReachableFromTheHomePageUnderTheSubPathIsServed() throws Exception {
        Crawl crawl = crawl(server().subPathUrl());
        assertEquals(List.of(), crawl.failures, () -> "nginx error log:\n" + server.errorLog());
        long pages = OutputTree.htmlFiles(PublishedDemo.output()).stream()
                .filter(p -> !p.getFileName().toString().equals("404.html")).count();
        assertTrue(crawl.pages >= pages - 1, "crawled " + crawl.pages + " of " + pages + " pages");
        assertTrue(crawl.fetched > crawl.pages, "assets and media are fetched too: " + crawl.fetched);
    }

    @Test
    void theSameOutputWorksAtTheDomainRoot() throws Exception {
        Crawl crawl = crawl(server().rootUrl());
        assertEquals(List.of(), crawl.failures);
        assertTrue(crawl.pages > 100, "pages: " + crawl.pages);
    }

    @Test
    void anUnknownAddressGetsThe404PageWithItsStylesheetAtAnyDepth() throws Exception {
        for (String path : List.of("no-such-page", "dongtai/2026/no-such-article/", "a/b/c/d.html")) {
            HttpResponse<String> r = get(server().subPathUrl() + path, false);
            assertEquals(404, r.statusCode(), path);
            Document doc = Jsoup.parse(r.body(), r.uri().toString());
            assertEquals("404", doc.body().className().replace("kind-", ""), path);
            int checked = 0;
            for (Element el : doc.select("link[rel=stylesheet], script[src], header a[href]")) {
                String url = el.hasAttr("href") ? el.absUrl("href") : el.absUrl("src");
                if (url.startsWith(server.subPathUrl())) {
                    assertEquals(200, get(url, false).statusCode(), path + " → " + url);
                    checked++;
                }
            }
            assertTrue(checked > 3, path + ": links checked " + checked);
        }
    }

    @Test
    void precompressedFilesAreServedToBrowsersThatAcceptGzip() throws Exception {
        Path out = PublishedDemo.output();
        String css = OutputTree.parse(out.resolve("index.html")).selectFirst("link[rel=stylesheet]").attr("href");
        for (String rel : List.of("index.html", css, "feed.xml")) {
            String url = server().subPathUrl() + rel.replace("index.html", "");
            HttpResponse<byte[]> gz = getBytes(url, true);
            assertEquals(200, gz.statusCode(), rel);
            assertEquals(Optional.of("gzip"), gz.headers().firstValue("Content-Encoding"), rel);
            assertArrayEquals(Files.readAllBytes(out.resolve(rel + ".gz")), gz.body(), rel + ": the .gz file as is");
            assertTrue(gz.headers().allValues("Vary").contains("Accept-Encoding"), rel);
            HttpResponse<byte[]> plain = getBytes(url, false);
            assertEquals(Optional.empty(), plain.headers().firstValue("Content-Encoding"), rel);
            assertArrayEquals(Files.readAllBytes(out.resolve(rel)), plain.body(), rel);
        }
    }

    @Test
    void fingerprintedAssetsAreCachedForAYearAndPagesBriefly() throws Exception {
        Path out = PublishedDemo.output();
        String css = OutputTree.parse(out.resolve("index.html")).selectFirst("link[rel=stylesheet]").attr("href");
        HttpResponse<String> asset = get(server().subPathUrl() + css, false);
        assertEquals(Optional.of("max-age=31536000"), asset.headers().firstValue("Cache-Control"));
        assertEquals(Optional.of("text/css; charset=utf-8"), asset.headers().firstValue("Content-Type"));
        HttpResponse<String> page = get(server().subPathUrl(), false);
        assertEquals(Optional.of("max-age=600"), page.headers().firstValue("Cache-Control"));
        assertEquals(Optional.of("text/html; charset=utf-8"), page.headers().firstValue("Content-Type"));
        String csp = page.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(csp.contains("script-src 'self'") && csp.contains("default-src 'self'"), csp);
        assertEquals(Optional.of("nosniff"), page.headers().firstValue("X-Content-Type-Options"));
        assertEquals(Optional.of("max-age=86400"), get(server().subPathUrl() + "assets/img/favicon.svg", false)
                .headers().firstValue("Cache-Control"));
        assertEquals(404, get(server().subPathUrl() + ".ipweek-output", false).statusCode());
    }

    /** What a crawl from a home page found: pages, all fetches, and every fetch that was not a 200. */
    private record Crawl(int pages, int fetched, List<String> failures) {
    }

    private static Crawl crawl(String home) throws Exception {
        Set<String> seen = new LinkedHashSet<>();
        Deque<String[]> queue = new ArrayDeque<>();
        queue.add(new String[] {home, "(start)"});
        seen.add(home);
        List<String> failures = new ArrayList<>();
        int pages = 0;
        while (!queue.isEmpty()) {
            String[] next = queue.poll();
            HttpResponse<byte[]> r = getBytes(next[0], true);
            if (r.statusCode() != 200) {
                failures.add(r.statusCode() + " " + next[0] + " (linked from " + next[1] + ")");
                continue;
            }
            String type = r.headers().firstValue("Content-Type").orElse("");
            if (!type.startsWith("text/html")) {
                continue;
            }
            pages++;
            byte[] body = r.body();
            if (r.headers().firstValue("Content-Encoding").orElse("").equals("gzip")) {
                try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(body))) {
                    body = in.readAllBytes();
                }
            }
            Document doc = Jsoup.parse(new String(body, StandardCharsets.UTF_8), next[0]);
            for (Element el : doc.select("a[href], link[href], img[src], script[src], source[src], video[src], video[poster]")) {
                for (String attr : List.of("href", "src", "poster")) {
                    if (!el.hasAttr(attr)) {
                        continue;
                    }
                    String url = el.absUrl(attr).replaceAll("#.*$", "");
                    if (url.startsWith(home) && seen.add(url)) {
                        queue.add(new String[] {url, next[0]});
                    }
                }
            }
        }
        return new Crawl(pages, seen.size(), failures);
    }

    private static HttpResponse<String> get(String url, boolean gzip) throws Exception {
        return HTTP.send(request(url, gzip), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static HttpResponse<byte[]> getBytes(String url, boolean gzip) throws Exception {
        return HTTP.send(request(url, gzip), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static HttpRequest request(String url, boolean gzip) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10));
        if (gzip) {
            b.header("Accept-Encoding", "gzip");
        }
        return b.GET().build();
    }
}
