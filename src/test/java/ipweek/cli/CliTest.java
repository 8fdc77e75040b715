package ipweek.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ipweek.testing.SiteFixture;
import ipweek.testing.CliRun;
import ipweek.testing.TestSite;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line, run in-process: exit codes and what stderr says. */
class CliTest {

    @TempDir
    Path dir;

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    @Test
    void buildsAValidSiteAndSaysHowManyPages() {
        TestSite site = SiteFixture.copy("basic", dir);
        site.build().assertOk(); // writes the files
        Path out = dir.resolve("out");
        CliRun r = run("build", "--source", site.siteDir().toString(), "--output", out.toString(), "--today", "2026-04-22");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().matches("(?s).*完成：生成 \\d+ 个页面，用时 [0-9.]+ 秒.*"), r.err());
        assertTrue(Files.isRegularFile(out.resolve("index.html")));
    }

    @Test
    void reportsContentErrorsWithPositionsAndExitsOne() {
        TestSite site = TestSite.minimal(dir).file("content/articles/work_news/a.md", """
                ---
                title: 缺少来源
                date: "2026-04-31"
                ---
                正文
                """);
        site.build();
        Path out = dir.resolve("out");
        CliRun r = run("build", "--source", site.siteDir().toString(), "--output", out.toString(), "--today", "2026-04-22");
        assertEquals(1, r.code(), r.err());
        assertTrue(r.err().contains("content/articles/work_news/a.md:3:7: 错误 [DATE_INVALID]"), r.err());
        assertTrue(r.err().contains("content/articles/work_news/a.md:2:1: 错误 [FIELD_REQUIRED]"), r.err());
        assertTrue(r.err().contains("    date: \"2026-04-31\"\n          ^"), r.err());
        assertTrue(r.err().contains("生成失败：2 个错误"), r.err());
        assertFalse(r.err().contains("Exception"), "no stack trace for content errors");
        assertFalse(Files.exists(out));
    }

    @Test
    void aBrokenTemplateNamesItsLineAndPageAndLeavesTheOutputAlone() throws Exception {
        TestSite site = SiteFixture.copy("basic", dir);
        site.file("templates/about.ftlh", "<!doctype html>\n<p>${page.noSuchField}</p>\n");
        site.build();
        Path out = dir.resolve("out");
        Files.createDirectories(out);
        CliRun r = run("build", "--source", site.siteDir().toString(), "--output", out.toString(), "--today", "2026-04-22");
        assertEquals(1, r.code(), r.err());
        assertTrue(r.err().contains("templates/about.ftlh:2:"), r.err());
        assertTrue(r.err().contains("[TEMPLATE_ERROR]") && r.err().contains("正在生成 guanyu/index.html"), r.err());
        assertFalse(r.err().contains("Exception:"), r.err());
        try (var files = Files.list(out)) {
            assertEquals(0, files.count(), "the empty output folder stays empty");
        }
    }

    @Test
    void rejectsUnknownOptionsWithExitTwo() {
        CliRun r = run("build", "--sauce", "x");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("参数错误"), r.err());
    }

    @Test
    void rejectsABadTodayWithExitTwo() {
        CliRun r = run("build", "--source", dir.toString(), "--today", "2026-4-1");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--today"), r.err());
    }

    @Test
    void withoutACommandPrintsUsageAndExitsTwo() {
        CliRun r = run();
        assertEquals(2, r.code());
        assertTrue(r.err().contains("build"), r.err());
    }

    @Test
    void aMissingSourceFolderIsAContentError() {
        CliRun r = run("build", "--source", dir.resolve("nothing").toString(), "--output", dir.resolve("o").toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("[SOURCE_MISSING]"), r.err());
    }
}
