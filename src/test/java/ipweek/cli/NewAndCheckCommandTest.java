package ipweek.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import ipweek.build.BuildOptions;
import ipweek.build.Preparation;
import ipweek.build.SiteBuild;
import ipweek.source.SiteFolder;
import ipweek.testing.SiteFixture;
import ipweek.testing.CliRun;
import ipweek.testing.TestSite;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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

    private static final java.util.regex.Pattern ASCII_NAME = java.util.regex.Pattern.compile("[a-z0-9][a-z0-9._-]*");

    private static CliRun newIn(TestSite site, String... args) {
        String[] all = java.util.stream.Stream.concat(java.util.stream.Stream.of("new"), java.util.stream.Stream.concat(
                java.util.Arrays.stream(args), java.util.stream.Stream.of("--source", site.siteDir().toString(), "--today", "2026-04-22")))
                .toArray(String[]::new);
        return run(all);
    }

    private static CliRun check(TestSite site) {
        return run("check", "--source", site.siteDir().toString(), "--today", "2026-04-22", "--format", "json");
    }

    private static JsonNode problems(CliRun checked) throws Exception {
        return new ObjectMapper().readTree(checked.out()).get("problems");
    }

    /** Runs {@code check}, asserts its exit code and returns the codes of the problems it reported. */
    private static List<String> checkCodes(TestSite site, int exitCode) throws Exception {
        CliRun checked = check(site);
        assertEquals(exitCode, checked.code(), checked.err());
        List<String> codes = new java.util.ArrayList<>();
        problems(checked).forEach(p -> codes.add(p.get("code").asText()));
        return codes;
    }

    /** The text of {@code file} (in the site), which {@code run} of {@code ipweek new} succeeded in writing. */
    private static String written(TestSite site, String file, CliRun run) throws java.io.IOException {
        assertEquals(0, run.code(), run.err());
        Path path = site.siteDir().resolve(file);
        assertTrue(Files.isRegularFile(path), run.err());
        return Files.readString(path);
    }

    /** A scaffold checks clean but for warnings on the blanks it leaves for the editor ({@code PLACEHOLDER_LEFT}). */
    private static void assertOnlyBlanksLeft(List<String> codes) {
        assertFalse(codes.isEmpty(), "the blanks are pointed out");
        assertEquals(List.of(), codes.stream().filter(c -> !c.equals("PLACEHOLDER_LEFT")).toList());
    }

    private TestSite writtenFixture(String name) {
        TestSite site = SiteFixture.copy(name, dir);
        site.build();
        return site;
    }

    @Test
    void newCaseAddsTheNextFileToTheNewestBatchFolderAndTheSiteStillChecks() throws Exception {
        TestSite site = SiteFixture.copy("showcase", dir);
        // Sorts after 2025-top10 by name but was published earlier: the default goes by the publishing date.
        site.file("content/cases/zhuanxiang/_batch.yaml", "title: 专项行动案例\npublisher: 测试市市场监督管理局\npublished: \"2025-12-01\"\n");
        site.build();
        CliRun first = newIn(site, "case", "王某销售假冒注册商标的白酒案");
        assertEquals(0, first.code(), first.err());
        Path folder = site.siteDir().resolve("content/cases/2025-top10");
        Path file = folder.resolve("04-wang-mou-xiao-shou-jia-mao.yaml");
        assertTrue(Files.isRegularFile(file), first.err());
        assertTrue(ASCII_NAME.matcher(file.getFileName().toString()).matches());
        assertTrue(first.err().contains("2025-top10") && first.err().contains("expected_count 改为 4"), first.err());
        String text = Files.readString(file);
        assertTrue(text.contains("title: 王某销售假冒注册商标的白酒案"), text);
        assertTrue(text.contains("ip_types: [trademark]") && text.contains("counterfeit_goods 假冒伪劣商品"), text);
        assertTrue(text.contains("proceeding: administrative_penalty") && text.contains("civil 民事诉讼"), text);
        assertTrue(text.contains("handling_unit: 测试市市场监督管理局"), text);
        assertTrue(text.contains("2026-04-22"), text);
        assertFalse(text.contains("sequence:"), "the batch numbers its cases by file name only");

        CliRun second = newIn(site, "case", "某公司假冒专利案");
        assertEquals(0, second.code(), second.err());
        assertTrue(Files.isRegularFile(folder.resolve("05-mou-gong-si-jia-mao-zhuan.yaml")), second.err());

        assertEquals(List.of("CASE_COUNT_MISMATCH", "CASE_BATCH_EMPTY"),
                checkCodes(site, 0).stream().filter(c -> !c.equals("PLACEHOLDER_LEFT")).toList(),
                "but for the blanks, only the batch's own count is off, and the other batch has no cases yet");
        assertTrue(validates(site));
    }

    @Test
    void newCaseAppendsToAWholeBatchFileWithTheNextSequence() throws Exception {
        TestSite site = writtenFixture("showcase");
        Path file = site.siteDir().resolve("content/cases/2026-xcz.yaml");
        String before = Files.readString(file);
        CliRun r = newIn(site, "case", "某公司销售侵权运动鞋案", "--batch", "2026-xcz");
        assertEquals(0, r.code(), r.err());
        String after = Files.readString(file);
        assertTrue(after.startsWith(before), "the editor's lines stay as they were");
        String added = after.substring(before.length());
        assertTrue(added.contains("  - sequence: 3") && added.contains("    title: 某公司销售侵权运动鞋案"), added);
        assertTrue(added.contains("    facts: |") && added.contains("      【待填写】基本案情。"), added);
        assertOnlyBlanksLeft(checkCodes(site, 0));
        assertTrue(validates(site));
    }

    @Test
    void newBatchMakesAFolderThatNewCaseFillsByDefault() throws Exception {
        TestSite site = writtenFixture("showcase");
        CliRun made = newIn(site, "batch", "2026年度测试市知识产权保护典型案例");
        String text = written(site, "content/cases/2026-nian-du-ce-shi-shi/_batch.yaml", made);
        Path header = site.siteDir().resolve("content/cases/2026-nian-du-ce-shi-shi/_batch.yaml");
        assertTrue(text.contains("title: \"2026年度测试市知识产权保护典型案例\""), text); // quoted: it starts with a digit
        assertTrue(text.contains("publisher: 测试市市场监督管理局（测试市知识产权局）") && text.contains("published: \"2026-04-22\""), text);
        assertTrue(text.contains("occasion: ip_week") && text.contains("annual 年度发布"), text);
        assertTrue(made.err().contains("--batch 2026-nian-du-ce-shi-shi"), made.err());
        assertEquals(List.of("CASE_BATCH_EMPTY"), checkCodes(site, 0).stream().filter(c -> !c.equals("PLACEHOLDER_LEFT")).toList(),
                "an empty batch is pointed out");

        CliRun added = newIn(site, "case", "王某销售假冒注册商标的白酒案"); // the newest batch by date: the new one
        assertEquals(0, added.code(), added.err());
        assertTrue(Files.isRegularFile(header.resolveSibling("01-wang-mou-xiao-shou-jia-mao.yaml")), added.err());
        assertOnlyBlanksLeft(checkCodes(site, 0));
        assertTrue(validates(site));

        CliRun again = newIn(site, "batch", "2026年度测试市知识产权保护典型案例");
        assertEquals(0, again.code(), again.err());
        assertTrue(Files.isRegularFile(site.siteDir().resolve("content/cases/2026-nian-du-ce-shi-shi-2/_batch.yaml")),
                "a second batch of the same title gets a folder of its own: " + again.err());
        assertTrue(newIn(site, "batch", "同名文件", "--slug", "2026-xcz").err().contains("2026-xcz-2"),
                "a whole-batch file of that name is the same batch");
    }

    @Test
    void newCaseExplainsAnUnknownBatch() {
        TestSite site = writtenFixture("showcase");
        CliRun r = newIn(site, "case", "某案", "--batch", "2027");
        assertEquals(1, r.code());
        assertTrue(r.err().contains("没有批次“2027”") && r.err().contains("2025-top10、2026-xcz"), r.err());
    }

    @Test
    void newGiWritesAPgiProductThatValidates() throws Exception {
        TestSite site = writtenFixture("showcase");
        String text = written(site, "content/gi/qi-he-ji-yu.yaml", newIn(site, "gi", "淇河鲫鱼"));
        assertTrue(text.contains("name: 淇河鲫鱼") && text.contains("  - type: pgi"), text);
        assertTrue(text.contains("approved: \"2026-04-22\"") && text.contains("herb 中药材"), text);
        assertOnlyBlanksLeft(checkCodes(site, 0));
        assertTrue(validates(site));
    }

    @Test
    void newGiLeavesTheAgiNumbersForTheEditorOnPurpose() throws Exception {
        TestSite site = writtenFixture("showcase");
        CliRun r = newIn(site, "gi", "淇河鲫鱼", "--regime", "agi");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("certificate_no") && r.err().contains("spec_no"), r.err());
        CliRun checked = check(site);
        assertEquals(1, checked.code());
        List<JsonNode> problems = new java.util.ArrayList<>();
        problems(checked).forEach(p -> {
            if (!p.get("code").asText().equals("PLACEHOLDER_LEFT")) {
                problems.add(p);
            }
        });
        assertEquals(2, problems.size(), problems::toString);
        for (JsonNode p : problems) {
            assertEquals("FIELD_REQUIRED", p.get("code").asText());
            assertEquals("content/gi/qi-he-ji-yu.yaml", p.get("file").asText());
        }
        List<String> lines = Files.readAllLines(site.siteDir().resolve("content/gi/qi-he-ji-yu.yaml"));
        assertTrue(lines.get(problems.get(0).get("line").asInt() - 1).contains("certificate_no: \"\""), problems::toString);
        assertTrue(lines.get(problems.get(1).get("line").asInt() - 1).contains("spec_no: \"\""), problems::toString);
        assertEquals(2, newIn(site, "gi", "x", "--regime", "pdo").code(), "an unknown regime is a usage error");
    }

    @Test
    void newChapterTwiceGivesUniqueIdsBeforeTheAppendicesAndTheHandbookStillBuilds() throws Exception {
        TestSite site = writtenFixture("handbook");
        Path book = site.siteDir().resolve("content/handbook/handbook.yaml");
        String before = Files.readString(book);
        assertEquals(0, newIn(site, "chapter", "电子商务平台维权").code());
        CliRun again = newIn(site, "chapter", "电子商务平台维权");
        assertEquals(0, again.code(), again.err());
        Path folder = site.siteDir().resolve("content/handbook");
        assertTrue(Files.isRegularFile(folder.resolve("04-dian-zi-shang-wu-ping-tai.md")));
        assertTrue(Files.isRegularFile(folder.resolve("05-dian-zi-shang-wu-ping-tai-2.md")), again.err());
        String after = Files.readString(book);
        String added = """
                  - id: dian-zi-shang-wu-ping-tai
                    title: 电子商务平台维权
                    file: 04-dian-zi-shang-wu-ping-tai.md
                  - id: dian-zi-shang-wu-ping-tai-2
                    title: 电子商务平台维权
                    file: 05-dian-zi-shang-wu-ping-tai-2.md
                """;
        assertEquals(before.replace("appendices:\n", added + "appendices:\n"), after);
        assertOnlyBlanksLeft(checkCodes(site, 0));
        Path out = dir.resolve("built");
        var built = new SiteBuild(new BuildOptions(new SiteFolder(site.siteDir()), out, Optional.empty(), false, TestSite.TODAY)).run();
        assertFalse(built.failed(), () -> TestSite.describe(built.diagnostics()));
        assertTrue(Files.readString(out.resolve("shouce/dian-zi-shang-wu-ping-tai-2/index.html")).contains("【待填写】本章正文"));
        try (var pdfs = Files.list(out.resolve("shouce"))) {
            assertEquals(1, pdfs.filter(p -> p.toString().endsWith(".pdf")).count(), "the PDF is made with the new chapters");
        }
    }

    @Test
    void newChapterNeedsAHandbook() {
        TestSite site = writtenMinimalSite();
        CliRun r = newIn(site, "chapter", "前言");
        assertEquals(1, r.code());
        assertTrue(r.err().contains("handbook.yaml"), r.err());
        assertFalse(Files.exists(site.siteDir().resolve("content/handbook")), "nothing written");
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
