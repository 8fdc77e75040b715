package ipweek.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import ipweek.build.BuildOptions;
import ipweek.build.BuildResult;
import ipweek.build.SiteBuild;
import ipweek.source.SiteFolder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The comparison anchor: Pagefind (npm, prebuilt binary) indexes the built demo and answers the same fixture queries
 * in the same Chromium. Runs only where {@code tools/pagefind} was installed ({@code npm ci --prefix tools/pagefind}),
 * so CI does not need it; it reports and asserts nothing about Pagefind's quality. Pagefind cannot point at a law's
 * row on 法律法规 (it indexes pages, and sub-results follow headings only), so for it an expected
 * {@code fagui/#law-x} counts as found when {@code fagui/} is returned — a lenient reading in its favour.
 */
class PagefindComparisonTest {

    static final Path PAGEFIND = Path.of("tools/pagefind/node_modules/.bin/pagefind");
    static final Path SITE = Path.of("target/pagefind-site");

    @Test
    void pagefindOnTheSameQueries() throws Exception {
        Optional<Path> chromium = Chromium.find();
        assumeTrue(chromium.isPresent(), "Chromium is not installed");
        assumeTrue(Files.isExecutable(PAGEFIND), "tools/pagefind is not installed (npm ci --prefix tools/pagefind)");
        BuildResult r = new SiteBuild(new BuildOptions(new SiteFolder(Path.of(".")), SITE, Optional.empty(), false,
                LocalDate.of(2026, 4, 30))).run();
        assertFalse(r.failed(), r.diagnostics().toString());
        Process p = new ProcessBuilder(PAGEFIND.toAbsolutePath().toString(), "--site", SITE.toString(),
                "--glob", "**/index.html").redirectErrorStream(true).redirectOutput(Path.of("target/pagefind.log").toFile())
                .start();
        assumeTrue(p.waitFor(120, TimeUnit.SECONDS), "pagefind did not finish");
        assertEquals(0, p.exitValue(), Files.readString(Path.of("target/pagefind.log")));
        var queries = SearchQuality.fixture();
        List<SearchQuality.Query> lenient = queries.stream()
                .map(q -> new SearchQuality.Query(q.text(), q.expected().stream().map(u -> u.replaceAll("#.*", "")).toList()))
                .toList();
        try (StaticServer server = StaticServer.serve(SITE); DevTools browser = DevTools.start(chromium.get(), 375, 900)) {
            browser.open(server.url() + "sousuo/");
            browser.eval("import('/pagefind/pagefind.js').then(function(pf){window.pf=pf;return pf.init();})");
            SearchQuality q = SearchQuality.measure(lenient, text -> {
                JsonNode urls = browser.eval("pf.search(" + SearchBrowserTest.js(text) + ").then(function(r){"
                        + "return Promise.all(r.results.slice(0,10).map(function(x){return x.data();}));})"
                        + ".then(function(d){return d.map(function(x){return x.url;});})");
                List<String> out = new ArrayList<>();
                urls.forEach(u -> out.add(u.asText().replaceFirst("^/", "").replaceAll("index\\.html$", "")));
                return out;
            });
            long bytes;
            try (var files = Files.walk(SITE.resolve("pagefind"))) {
                bytes = files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
            }
            String report = "Pagefind on " + queries.size() + " queries: " + q.summary() + "; pagefind/ folder "
                    + bytes + " bytes\n" + String.join("\n", q.misses()) + "\n";
            Files.writeString(Path.of("target/pagefind-quality.txt"), report, StandardCharsets.UTF_8);
            System.out.print(report);
        }
    }
}
