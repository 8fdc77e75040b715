package ipweek.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ipweek.build.BuildOptions;
import ipweek.source.SiteFolder;
import ipweek.testing.HandbookPdf;
import ipweek.testing.SiteFixture;
import ipweek.testing.TestSite;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The preview server end to end: on a free loopback port, edit a file, see the reload and the new page. */
class PreviewServerTest {

    @TempDir
    Path dir;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private HttpResponse<String> get(PreviewServer server, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(server.url() + path)).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private PreviewServer start(TestSite site) throws Exception {
        return start(site, new ByteArrayOutputStream());
    }

    private PreviewServer start(TestSite site, ByteArrayOutputStream log) throws Exception {
        site.build(); // writes the site's files
        BuildOptions options = new BuildOptions(new SiteFolder(site.siteDir()), dir.resolve("preview"), Optional.empty(),
                true, TestSite.TODAY);
        return new PreviewServer(options, 0, new PrintStream(log, true, StandardCharsets.UTF_8));
    }

    /** Opens the event stream and completes with the first reload event's data. */
    private CompletableFuture<String> nextReload(PreviewServer server) throws Exception {
        HttpResponse<java.io.InputStream> stream = http.send(
                HttpRequest.newBuilder(URI.create(server.url() + "__ipweek/events")).build(),
                HttpResponse.BodyHandlers.ofInputStream());
        BufferedReader reader = new BufferedReader(new InputStreamReader(stream.body(), StandardCharsets.UTF_8));
        assertEquals(": connected", reader.readLine(), "the stream is open before we edit");
        return CompletableFuture.supplyAsync(() -> {
            try {
                String line;
                while ((line = reader.readLine()) != null) {
                    if (line.startsWith("event: reload")) {
                        return reader.readLine();
                    }
                }
                return null;
            } catch (java.io.IOException e) {
                return null;
            }
        });
    }

    @Test
    void servesThePreviewWithDraftsAndTheReloadScript() throws Exception {
        try (PreviewServer server = start(SiteFixture.copy("basic", dir.resolve("s")))) {
            var home = get(server, "");
            assertEquals(200, home.statusCode());
            assertTrue(home.body().contains("/__ipweek/reload.js"));
            assertEquals(200, get(server, "dongtai/2026/draft/").statusCode(), "drafts are visible in preview");
            assertEquals(404, get(server, "no/such/page/").statusCode());
            assertEquals(301, http.send(HttpRequest.newBuilder(URI.create(server.url() + "huodong")).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode());
            assertTrue(server.url().startsWith("http://127.0.0.1:"));
        }
    }

    @Test
    void rebuildsOnlyWhatAnEditChangedAndReloadsOpenPages() throws Exception {
        TestSite site = SiteFixture.copy("basic", dir.resolve("s"));
        try (PreviewServer server = start(site)) {
            int total = server.lastOutcome().total();
            CompletableFuture<String> reload = nextReload(server);
            Path article = site.siteDir().resolve("content/articles/knowledge/fake-goods.md");
            Files.writeString(article, Files.readString(article).replace("如何识别假冒注册商标商品", "教您识别假冒商品"));
            assertTrue(reload.get(20, TimeUnit.SECONDS) != null, "a reload event arrives");
            var page = get(server, "dongtai/2026/fake-goods/");
            assertTrue(page.body().contains("教您识别假冒商品"), "the page shows the edit");
            int rendered = server.lastOutcome().rendered();
            assertTrue(rendered > 0 && rendered < total / 2, "rendered " + rendered + " of " + total);
        }
    }

    /** The PDF's text, or nothing while the preview is writing it anew. */
    private static String pdfText(Path pdf) {
        try {
            return HandbookPdf.read(pdf).allText();
        } catch (RuntimeException e) {
            return "";
        }
    }

    @Test
    void theHandbookPdfFollowsThePagesItWasMadeFrom() throws Exception {
        TestSite site = SiteFixture.copy("handbook", dir.resolve("s"));
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        try (PreviewServer server = start(site, log)) {
            // the first build's PDF is made once the preview is up; asked for meanwhile, it is on its way, not missing
            var early = get(server, "shouce/weiquan-shouce-2026.pdf");
            assertTrue(early.statusCode() == 200 || early.statusCode() == 503 && early.body().contains("正在生成")
                    && early.headers().firstValue("Retry-After").isPresent(), early.statusCode() + " " + early.body());
            server.awaitWarmUp();
            Path pdf = dir.resolve("preview/shouce/weiquan-shouce-2026.pdf");
            assertTrue(Files.isRegularFile(pdf), log.toString(StandardCharsets.UTF_8));

            CompletableFuture<String> reload = nextReload(server);
            Path chapter = site.siteDir().resolve("content/handbook/01-basics.md");
            Files.writeString(chapter, Files.readString(chapter) + "\n维权前先固定证据。\n");
            reload.get(20, TimeUnit.SECONDS);
            assertTrue(get(server, "shouce/basics/").body().contains("维权前先固定证据"), "the chapter page is rebuilt");
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (!pdfText(pdf).contains("维权前先固定证据") && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            assertTrue(pdfText(pdf).contains("维权前先固定证据"), "the PDF follows the edit");
            String said = log.toString(StandardCharsets.UTF_8);
            assertTrue(said.matches("(?s)已更新 \\d+/\\d+ 个页面.*手册 PDF 已更新.*已更新 \\d+/\\d+ 个页面.*手册 PDF 已更新.*"),
                    "pages first, then their PDF, each time: " + said);
        }
    }

    @Test
    void showsContentErrorsInsteadOfAStaleSiteAndRecovers() throws Exception {
        TestSite site = SiteFixture.copy("basic", dir.resolve("s"));
        try (PreviewServer server = start(site)) {
            Path article = site.siteDir().resolve("content/articles/knowledge/fake-goods.md");
            String good = Files.readString(article);
            CompletableFuture<String> reload = nextReload(server);
            Files.writeString(article, good.replace("date: \"2026-04-15\"", "date: \"2026-04-31\""));
            reload.get(20, TimeUnit.SECONDS);
            var page = get(server, "");
            assertEquals(500, page.statusCode());
            assertTrue(page.body().contains("DATE_INVALID") && page.body().contains("fake-goods.md:3:7"), page.body());
            assertTrue(page.body().contains("/__ipweek/reload.js"), "the error page reloads itself");

            CompletableFuture<String> fixed = nextReload(server);
            Files.writeString(article, good);
            fixed.get(20, TimeUnit.SECONDS);
            assertEquals(200, get(server, "").statusCode());
        }
    }
}
