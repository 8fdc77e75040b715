package ipweek.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import ipweek.build.BuildOptions;
import ipweek.build.Preparation;
import ipweek.source.SiteFolder;
import ipweek.testing.SiteFixture;
import ipweek.testing.CliRun;
import ipweek.testing.TestSite;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ipweek new} and {@code ipweek check}, end to end in-process. */
class NewAndCheckCommandTest {

    @TempDir
    Path dir;

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    private TestSite writtenMinimalSite() {
        TestSite site = TestSite.minimal(dir);
        site.build();
        return site;
    }

    private boolean validates(TestSite site) {
        var prepared = Preparation.prepare(new BuildOptions(new SiteFolder(site.siteDir()), dir.resolve("o"), Optional.empty(),
                true, TestSite.TODAY));
        assertTrue(prepared.ok(), () -> TestSite.describe(prepared.diagnostics().sorted()));
        return prepared.ok();
    }

    @Test
    void newArticleWritesAValidDraftWithAnAsciiSlug() throws Exception {
        TestSite site = writtenMinimalSite();
        CliRun r = run("new", "article", "我市启动2026年知识产权宣传周：活动覆盖全市", "--column", "notice",
                "--source", site.siteDir().toString(), "--today", "2026-04-20");
        assertEquals(0, r.code(), r.err());
        Path file = site.siteDir().resolve("content/articles/notice/wo-shi-qi-dong-2026-nian.md");
        assertTrue(Files.isRegularFile(file), r.err());
        String text = Files.readString(file);
        assertTrue(text.contains("title: 我市启动2026年知识产权宣传周：活动覆盖全市 "), text);
        assertTrue(text.contains("date: \"2026-04-20\""), text);
        assertTrue(text.contains("source: 测试市市场监督管理局"), text);
        assertTrue(validates(site));

        CliRun again = run("new", "article", "我市启动2026年知识产权宣传周：活动覆盖全市", "--column", "notice",
                "--source", site.siteDir().toString(), "--today", "2026-04-20");
        assertEquals(0, again.code());
        assertTrue(Files.isRegularFile(site.siteDir().resolve("content/articles/notice/wo-shi-qi-dong-2026-nian-2.md")),
                "a second article with the same title gets its own slug");
    }

    @Test
    void newActivityAppendsTheNextNumber() throws Exception {
        TestSite site = writtenMinimalSite();
        assertEquals(0, run("new", "activity", "启动仪式", "--source", site.siteDir().toString(), "--today", "2026-04-20").code());
        assertEquals(0, run("new", "activity", "广场宣传", "--source", site.siteDir().toString(), "--today", "2026-04-21").code());
        String yaml = Files.readString(site.siteDir().resolve("content/activities.yaml"));
        assertTrue(yaml.contains("id: qi-dong-yi-shi") && yaml.contains("no: 1"), yaml);
        assertTrue(yaml.contains("id: guang-chang-xuan-chuan") && yaml.contains("no: 2"), yaml);
        assertTrue(validates(site));
    }

    @Test
    void newRejectsAnUnknownColumnOrSlug() {
        TestSite site = writtenMinimalSite();
        assertEquals(2, run("new", "article", "标题", "--column", "news", "--source", site.siteDir().toString()).code());
        assertEquals(2, run("new", "article", "标题", "--slug", "大写", "--source", site.siteDir().toString()).code());
    }

    @Test
    void checkPassesACleanSiteWithoutWritingOutput() {
        TestSite site = SiteFixture.copy("basic", dir);
        site.build();
        Path before = site.output();
        CliRun r = run("check", "--source", site.siteDir().toString(), "--today", "2026-04-22");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("检查通过"), r.err());
        assertTrue(Files.exists(before), "check leaves an existing output alone");
    }

    @Test
    void checkReportsJsonWithEveryProblem() throws Exception {
        TestSite site = TestSite.minimal(dir).file("content/articles/work_news/a.md", """
                ---
                title: 例
                date: 2026-04-20
                source: 局
                titel: x
                ---
                """);
        site.build();
        CliRun r = run("check", "--source", site.siteDir().toString(), "--today", "2026-04-22", "--format", "json");
        assertEquals(1, r.code());
        JsonNode report = new ObjectMapper().readTree(r.out());
        assertEquals("ipweek", report.get("tool").asText());
        assertEquals(1, report.get("version").asInt());
        assertFalse(report.get("passed").asBoolean());
        assertEquals(1, report.get("errors").asInt());
        assertEquals(1, report.get("warnings").asInt());
        JsonNode first = report.get("problems").get(0);
        assertEquals("warning", first.get("severity").asText());
        assertEquals("DATE_UNQUOTED", first.get("code").asText());
        assertEquals("content/articles/work_news/a.md", first.get("file").asText());
        assertEquals(3, first.get("line").asInt());
        assertEquals(7, first.get("column").asInt());
        assertEquals("FIELD_UNKNOWN", report.get("problems").get(1).get("code").asText());
    }

    @Test
    void strictCheckFailsOnWarnings() {
        TestSite site = SiteFixture.copy("basic", dir);
        site.file("content/articles/work_news/unquoted.md", "---\ntitle: 例\ndate: 2026-04-20\nsource: 局\n---\n正文\n");
        site.build();
        assertEquals(0, run("check", "--source", site.siteDir().toString(), "--today", "2026-04-22").code());
        assertEquals(1, run("check", "--strict", "--source", site.siteDir().toString(), "--today", "2026-04-22").code());
    }

    @Test
    void checkFindsBrokenAnchorsThatTemplatesWrite() {
        TestSite site = SiteFixture.copy("basic", dir);
        site.file("templates/page.ftlh", "<!doctype html><html lang=\"zh-CN\"><body><a href=\"#nowhere\">x</a>"
                + "<a href=\"${page.root}guanyu/#contact-none\">y</a></body></html>\n");
        site.build();
        CliRun r = run("check", "--source", site.siteDir().toString(), "--today", "2026-04-22");
        assertEquals(1, r.code(), r.err());
        assertTrue(r.err().contains("[ANCHOR_MISSING]") && r.err().contains("zhinan/index.html"), r.err());
    }
}
