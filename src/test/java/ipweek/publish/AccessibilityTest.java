package ipweek.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import ipweek.testing.NginxServer;
import ipweek.testing.PublishedDemo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * axe-core (npm, {@code tools/a11y/}) in Debian's headless Chromium, driven by playwright-core, on one page of every
 * kind of the demo served by nginx with the example configuration (so its Content-Security-Policy is in force), at
 * 1280 and 375 px; then the keyboard and the large-text and high-contrast modes. One browser run for the whole
 * class ({@code tools/a11y/check.mjs} writes a report; the assertions are here). Skipped where Chromium, nginx, Node
 * or the npm packages are missing; {@code .ci/run} installs all of them.
 */
class AccessibilityTest {

    static final Path TOOL = Path.of("tools/a11y");
    private static JsonNode report;

    @BeforeAll
    static void runBrowser() throws Exception {
        Optional<Path> nginx = NginxServer.find();
        Path node = Path.of("/usr/bin/node");
        if (nginx.isEmpty() || !Files.isExecutable(Path.of("/usr/bin/chromium"))
                || !Files.isDirectory(TOOL.resolve("node_modules/axe-core")) || !Files.isDirectory(TOOL.resolve("node_modules/playwright-core"))) {
            return;
        }
        String nodeBin = Files.isExecutable(node) ? node.toString() : "node";
        ObjectMapper json = new ObjectMapper();
        Path dir = Files.createTempDirectory("ipweek-a11y-");
        try (NginxServer server = NginxServer.start(nginx.get(), PublishedDemo.output())) {
            ObjectNode input = json.createObjectNode();
            input.put("base", server.subPathUrl());
            input.put("chromium", "/usr/bin/chromium");
            ArrayNode pages = input.putArray("pages");
            for (Map.Entry<String, String> kind : PublishedDemo.pageKinds().entrySet()) {
                String file = kind.getValue();
                boolean notFound = file.equals("404.html");
                pages.addObject().put("kind", kind.getKey())
                        .put("path", notFound ? "no-such-page/" : file.replaceAll("index\\.html$", ""))
                        .put("status", notFound ? 404 : 200);
            }
            Path in = dir.resolve("pages.json");
            Path out = Path.of("target/a11y-report.json").toAbsolutePath();
            Files.deleteIfExists(out);
            json.writeValue(in.toFile(), input);
            Process p = new ProcessBuilder(nodeBin, TOOL.resolve("check.mjs").toAbsolutePath().toString(), in.toString(), out.toString())
                    .redirectErrorStream(true).redirectOutput(dir.resolve("node.log").toFile()).start();
            if (!p.waitFor(150, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
            assertTrue(Files.isRegularFile(out) && p.exitValue() == 0, () -> "check.mjs failed:\n" + read(dir.resolve("node.log")));
            report = json.readTree(out.toFile());
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (java.io.IOException e) {
            return e.toString();
        }
    }

    private static JsonNode report() {
        assumeTrue(report != null, "Chromium, nginx, Node or tools/a11y/node_modules missing (.ci/run installs them)");
        return report;
    }

    @Test
    void axeFindsNoSeriousOrCriticalViolationOnAnyPageKind() {
        List<String> found = new ArrayList<>();
        int pages = 0;
        for (JsonNode page : report().path("pages")) {
            pages++;
            assertEquals(page.path("expected").asInt(), page.path("status").asInt(), page.path("path").asText());
            assertEquals("zh-CN", page.path("lang").asText(), page.path("path").asText());
            for (JsonNode v : page.path("violations")) {
                found.add(page.path("width").asText() + "px " + page.path("kind").asText() + " (" + page.path("path").asText() + "): "
                        + v.path("impact").asText() + " " + v.path("id").asText() + " — " + v.path("help").asText() + " " + v.path("nodes"));
            }
        }
        assertTrue(pages >= 2 * 12, "pages checked: " + pages);
        assertEquals(List.of(), found, () -> String.join("\n", found));
    }

    @Test
    void pagesLoadNothingFromElsewhereAndBreakNoContentSecurityPolicy() {
        assertEquals(List.of(), strings(report().path("requests")));
        // Console errors and warnings, Content-Security-Policy violations among them; failed loads are the requests above.
        assertEquals(List.of(), strings(report().path("console")));
    }

    @Test
    void theSkipLinkIsTheFirstStopAndEveryStopShowsFocus() {
        JsonNode kb = report().path("keyboard");
        assertTrue(kb.path("firstIsSkip").asBoolean(), kb.toString());
        int stops = 0;
        for (JsonNode stop : kb.path("stops")) {
            if (stop.isNull()) {
                continue;
            }
            stops++;
            assertTrue(stop.path("outline").asBoolean() || stop.path("shadow").asBoolean(), "no visible focus: " + stop);
            assertTrue(stop.path("onScreen").asBoolean(), "focused but not shown: " + stop);
        }
        assertTrue(stops > 20, kb.toString());
        assertEquals("#main", kb.path("afterSkip").path("hash").asText());
        assertEquals("main", kb.path("afterSkip").path("focused").asText(), "the skip link moves focus to <main>");
    }

    @Test
    void largeTextAndHighContrastPersistAcrossPagesAndStayAccessible() {
        JsonNode prefs = report().path("prefs");
        for (String when : List.of("set", "afterLink", "onArticle")) {
            List<String> classes = strings(prefs.path(when));
            assertTrue(classes.containsAll(List.of("font-xlarge", "contrast-high")), when + ": " + classes);
        }
        assertTrue(!prefs.path("afterLinkUrl").asText().isEmpty());
        assertTrue(prefs.path("fontSize").asDouble() > prefs.path("standardFontSize").asDouble() * 1.3, prefs.toString());
        assertEquals(List.of("特大", "高对比度"), strings(prefs.path("pressed")));
        List<String> reset = strings(prefs.path("reset"));
        assertTrue(!reset.contains("font-xlarge") && !reset.contains("contrast-high"), reset.toString());
        assertEquals(List.of(), strings(prefs.path("highContrastViolations")), "axe in high contrast, contrast included");
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.isTextual() ? n.asText() : n.toString()));
        return out;
    }
}
