package ipweek.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import ipweek.build.BuildOptions;
import ipweek.build.BuildResult;
import ipweek.build.SiteBuild;
import ipweek.source.SiteFolder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * 站内搜索 in headless Chromium on the demo site served over HTTP: the quality fixture through the page's own
 * search code, typing into the search page and the header box, the type filter, highlighting and the live count.
 * Skipped where Chromium is not installed ({@code .ci/run} installs it).
 */
class SearchBrowserTest {

    /** Floors for the fixture (measured: see docs/search.md); a change that lowers them must say why. */
    static final double RECALL_FLOOR = 0.95;
    static final double MRR_FLOOR = 0.90;

    static final Path SITE = Path.of("target/search-site");
    static Optional<Path> chromium = Chromium.find();
    static StaticServer server;
    static DevTools browser;

    @BeforeAll
    static void buildAndServe() throws Exception {
        if (chromium.isEmpty()) {
            return;
        }
        BuildResult r = new SiteBuild(new BuildOptions(new SiteFolder(Path.of(".")), SITE, Optional.empty(), false,
                LocalDate.of(2026, 4, 30))).run();
        assertFalse(r.failed(), r.diagnostics().toString());
        server = StaticServer.serve(SITE);
        browser = DevTools.start(chromium.get(), 375, 900);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        if (server != null) {
            server.close();
        }
    }

    private static List<String> urls(JsonNode results) {
        List<String> out = new ArrayList<>();
        results.forEach(r -> out.add(r.path("url").asText()));
        return out;
    }

    static String js(String s) {
        return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }

    @Test
    void fixtureQueriesKeepTheirRecallAndRank() throws Exception {
        assumeTrue(chromium.isPresent(), "Chromium is not installed");
        browser.open(server.url() + "sousuo/");
        browser.waitFor("window.ipweekSearch", Duration.ofSeconds(10));
        var queries = SearchQuality.fixture();
        assertTrue(queries.size() >= 40, "at least 40 queries");
        SearchQuality q = SearchQuality.measure(queries, text -> urls(browser.eval("ipweekSearch.run(" + js(text) + ")")));
        String report = "ipweek search on " + queries.size() + " queries: " + q.summary() + "\n"
                + String.join("\n", q.misses()) + "\n";
        Files.writeString(Path.of("target/search-quality.txt"), report, StandardCharsets.UTF_8);
        System.out.print(report);
        assertTrue(q.recallAt10() >= RECALL_FLOOR, report);
        assertTrue(q.mrr() >= MRR_FLOOR, report);
    }

    @Test
    void findsATwoCharacterWordInsideALongRunAndAnExactPhrase() {
        assumeTrue(chromium.isPresent(), "Chromium is not installed");
        browser.open(server.url() + "sousuo/");
        browser.waitFor("window.ipweekSearch", Duration.ofSeconds(10));
        // 商标 stands inside 侵犯注册商标专用权 in the case title.
        assertTrue(urls(browser.eval("ipweekSearch.run('商标')")).contains("anli/2025-top10-01/"));
        List<String> phrase = urls(browser.eval("ipweekSearch.run('\"销售假冒注册商标的商品\"')"));
        assertEquals("anli/2026-xcz-03/", phrase.get(0), phrase.toString());
        assertTrue(urls(browser.eval("ipweekSearch.run('\"商标小米\"')")).isEmpty(), "no page has that phrase");
    }

    @Test
    void typingOnTheSearchPageListsHighlightedResultsAndAnnouncesTheCount() {
        assumeTrue(chromium.isPresent(), "Chromium is not installed");
        browser.open(server.url() + "sousuo/");
        browser.eval("document.getElementById('search-q').focus()");
        browser.type("地理标志");
        browser.waitFor("document.querySelectorAll('#search-results li').length > 0", Duration.ofSeconds(10));
        String status = browser.eval("document.getElementById('search-status').textContent").asText();
        assertTrue(status.matches("找到 \\d+ 条结果"), status);
        assertEquals("polite", browser.eval("document.getElementById('search-status').getAttribute('aria-live')").asText());
        assertTrue(browser.eval("document.querySelector('#search-results mark').textContent").asText().contains("地理"));
        assertTrue(browser.eval("location.search").asText().contains("q="), "the query is in the address");
        // Every result is a link to a page that exists, with its type shown.
        JsonNode first = browser.eval("(function(){var li=document.querySelector('#search-results li');"
                + "return {href: li.querySelector('a').href, type: li.querySelector('.search-type').textContent};})()");
        assertFalse(first.path("type").asText().isEmpty());
        String path = first.path("href").asText().substring(server.url().length()).replaceAll("#.*", "");
        assertTrue(Files.isRegularFile(SITE.resolve(path.isEmpty() ? "index.html" : path + "index.html")), path);
    }

    @Test
    void theTypeFilterKeepsOneKindOfResult() {
        assumeTrue(chromium.isPresent(), "Chromium is not installed");
        browser.open(server.url() + "sousuo/?q=" + java.net.URLEncoder.encode("商标", StandardCharsets.UTF_8));
        browser.waitFor("document.querySelectorAll('#search-results li').length > 0", Duration.ofSeconds(10));
        browser.eval("document.querySelector('input[name=type][value=law]').click()");
        browser.waitFor("location.search.indexOf('type=law') >= 0 && document.getElementById('search-status')"
                + ".textContent.indexOf('法规') >= 0", Duration.ofSeconds(10));
        JsonNode types = browser.eval("Array.prototype.map.call(document.querySelectorAll('#search-results .search-type'),"
                + " function(e){return e.textContent;})");
        assertTrue(types.size() > 0);
        types.forEach(t -> assertEquals("法规", t.asText()));
    }

    @Test
    void theHeaderBoxSubmitsToTheSearchPageByKeyboard() {
        assumeTrue(chromium.isPresent(), "Chromium is not installed");
        browser.open(server.url() + "dongtai/2026/2026-launch-ceremony/");
        browser.eval("document.getElementById('site-search-q').focus()");
        browser.type("12315");
        browser.press("Enter", 13);
        browser.waitFor("location.pathname.indexOf('/sousuo/') >= 0 && document.readyState === 'complete'",
                Duration.ofSeconds(10));
        browser.waitFor("document.querySelectorAll('#search-results li').length > 0", Duration.ofSeconds(10));
        assertEquals("12315", browser.eval("document.getElementById('search-q').value").asText());
        assertTrue(urls(browser.eval("ipweekSearch.run('12315')")).contains("weiquan/platform-12315/"));
    }
}
