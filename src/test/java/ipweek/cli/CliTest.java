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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
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
        assertTrue(r.err().contains("模板出错：“page.noSuchField”不存在或为空"), "said in Chinese: " + r.err());
        assertFalse(r.err().contains("Exception:"), r.err());
        try (var files = Files.list(out)) {
            assertEquals(0, files.count(), "the empty output folder stays empty");
        }
    }

    @Test
    void aValueOfTheWrongTypeInATemplateIsSaidInChinese() {
        TestSite site = SiteFixture.copy("basic", dir);
        site.file("templates/about.ftlh", "<!doctype html>\n<#if page.title>x</#if>\n");
        site.build();
        CliRun r = run("check", "--source", site.siteDir().toString(), "--today", "2026-04-22");
        assertEquals(1, r.code(), r.err());
        assertTrue(r.err().contains("templates/about.ftlh:2:") && r.err().contains("“page.title”应当是真假值（true 或 false）"),
                r.err());
    }

    @Test
    void rejectsUnknownOptionsWithExitTwo() {
        CliRun r = run("build", "--sauce", "x");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("参数错误"), r.err());
    }

    @Test
    void everyCommandHasItsHelpInChinese() {
        for (String command : new String[] {"build", "check", "serve", "new"}) {
            CliRun r = run(command, "--help");
            assertEquals(0, r.code(), command + ": " + r.err());
            assertTrue(r.out().startsWith("用法：ipweek " + command), r.out());
            assertTrue(r.out().contains("选项：") && r.out().contains("显示帮助后退出"), r.out());
            assertFalse(r.out().contains("Usage") || r.out().contains("Show this help"), r.out());
        }
        CliRun top = run("--help");
        assertTrue(top.out().contains("命令：") && top.out().contains("显示版本号后退出"), top.out());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "bld | 没有这个命令：bld（可用的命令：build、check、serve、new）。是不是想输入 build？",
        "build --sauce x | 没有这个选项：--sauce",
        "check --format xml | 选项 --format：“xml”不是有效的取值（可选：text、json）",
        "build --source | 选项 --source 后面缺少取值（DIR）",
        "new case | 缺少参数：标题",
        "new | 缺少参数：类型、标题",
        "new case 甲 乙 | ipweek new 用不到这个参数：乙",
        "new cas 甲 | 参数“类型”：没有这种类型：cas",
        "build --output a --output b | 选项 --output 只能写一次",
    })
    void mistakesOnTheCommandLineAreExplainedInChinese(String args, String expected) {
        CliRun r = run(args.split(" "));
        assertEquals(2, r.code(), r.err());
        String first = r.err().lines().findFirst().orElse("");
        assertTrue(first.startsWith("参数错误：" + expected), first);
        for (String english : new String[] {"Missing", "Unknown", "Unmatched", "Invalid", "should be specified", "Did you mean"}) {
            assertFalse(first.contains(english), first);
        }
        assertTrue(r.err().contains("用法：ipweek"), "the usage follows: " + r.err());
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
