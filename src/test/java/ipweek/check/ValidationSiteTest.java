package ipweek.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ipweek.diag.Diagnostic;
import ipweek.diag.Severity;
import ipweek.testing.TestSite;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every validation rule, each with its bad input and the exact code and position it must report. */
class ValidationSiteTest {

    @TempDir
    Path dir;

    private static final String ARTICLE_HEAD = """
            ---
            title: 测试文章
            date: "2026-04-20"
            source: 测试市市场监督管理局
            """;

    private TestSite.Built buildWithArticle(String frontMatterExtra, String body) {
        return TestSite.minimal(dir)
                .file("content/articles/work_news/a.md", ARTICLE_HEAD + frontMatterExtra + "---\n\n" + body)
                .build();
    }

    @Test
    void reportsYamlSyntaxErrorWithLineAndColumn() {
        var built = TestSite.minimal(dir).file("content/week.yaml", """
                year: 2026
                national_theme: "未闭合的引号
                start: "2026-04-20"
                """).build();
        Diagnostic d = built.assertProblem("YAML_SYNTAX", "content/week.yaml");
        assertTrue(d.where().line() >= 2, d.where().toString());
        assertTrue(d.isError());
    }

    @Test
    void reportsUnknownFieldWithClosestKnownOne() {
        var built = buildWithArticle("titel: 拼错的字段\n", "正文");
        Diagnostic d = built.assertProblem("FIELD_UNKNOWN", "content/articles/work_news/a.md", 5, 1);
        assertTrue(d.message().contains("title"), d.message());
        assertEquals("titel", d.field());
    }

    @Test
    void reportsMissingRequiredField() {
        var built = TestSite.minimal(dir).file("content/articles/work_news/a.md", """
                ---
                title: 没有来源
                date: "2026-04-20"
                ---
                正文
                """).build();
        Diagnostic d = built.assertProblem("FIELD_REQUIRED", "content/articles/work_news/a.md", 2, 1);
        assertEquals("source", d.field());
    }

    @Test
    void reportsBadEnumerationWithAllowedValues() {
        var built = TestSite.minimal(dir).file("content/activities.yaml", """
                - id: launch
                  no: 1
                  title: 启动仪式
                  form: party
                  start: "2026-04-20"
                  lead_unit: 测试局
                """).build();
        Diagnostic d = built.assertProblem("FIELD_ENUM", "content/activities.yaml", 4, 9);
        assertTrue(d.hint().contains("launch_ceremony"), d.hint());
    }

    @Test
    void reportsImpossibleDate() {
        var bad = TestSite.minimal(dir).file("content/articles/work_news/a.md", """
                ---
                title: 日期不存在
                date: "2022-02-30"
                source: 测试局
                ---
                正文
                """).build();
        bad.assertProblem("DATE_INVALID", "content/articles/work_news/a.md", 3, 7);
    }

    @Test
    void reportsNonIsoDateWithSuggestion() {
        var built = TestSite.minimal(dir).file("content/articles/work_news/a.md", """
                ---
                title: 日期格式
                date: 2026年4月20日
                source: 测试局
                ---
                正文
                """).build();
        Diagnostic d = built.assertProblem("DATE_INVALID", "content/articles/work_news/a.md", 3, 7);
        assertTrue(d.message().contains("2026-04-20"), d.message());
    }

    @Test
    void warnsAboutUnquotedDate() {
        var built = TestSite.minimal(dir).file("content/articles/work_news/a.md", """
                ---
                title: 日期没加引号
                date: 2026-04-20
                source: 测试局
                ---
                正文
                """).build();
        Diagnostic d = built.assertProblem("DATE_UNQUOTED", "content/articles/work_news/a.md", 3, 7);
        assertEquals(Severity.WARNING, d.severity());
    }

    @Test
    void reportsEndBeforeStart() {
        var built = TestSite.minimal(dir).file("content/activities.yaml", """
                - id: launch
                  no: 1
                  title: 启动仪式
                  form: launch_ceremony
                  start: "2026-04-22"
                  end: "2026-04-20"
                  lead_unit: 测试局
                """).build();
        built.assertProblem("DATE_RANGE", "content/activities.yaml", 6, 8);
    }

    @Test
    void reportsDuplicateSlugAcrossColumns() {
        var built = TestSite.minimal(dir)
                .file("content/articles/work_news/same.md", ARTICLE_HEAD + "---\n正文")
                .file("content/articles/notice/same.md", ARTICLE_HEAD + "---\n正文")
                .build();
        built.assertProblem("SLUG_DUPLICATE", "content/articles/work_news/same.md");
    }

    @Test
    void reportsLinkToMissingPage() {
        var built = buildWithArticle("", "第一段。\n\n见[方案](../notice/missing.md)。\n");
        Diagnostic d = built.assertProblem("LINK_BROKEN", "content/articles/work_news/a.md", 9, 2);
        assertTrue(d.message().contains("articles/notice/missing.md"), d.message());
    }

    @Test
    void reportsLinkToDraft() {
        var built = TestSite.minimal(dir)
                .file("content/articles/notice/draft.md", ARTICLE_HEAD + "draft: true\n---\n正文")
                .file("content/articles/work_news/a.md", ARTICLE_HEAD + "---\n见[草稿](../notice/draft.md)。\n")
                .build();
        built.assertProblem("LINK_UNPUBLISHED", "content/articles/work_news/a.md", 6, 2);
    }

    @Test
    void reportsMissingImageInMarkdownAndFrontMatter() {
        var built = buildWithArticle("cover: {src: media/none.png, alt: 图, credit: 测试局}\n", "![现场](../../media/gone.png)\n");
        built.assertProblem("IMAGE_MISSING", "content/articles/work_news/a.md", 5, 14);
        built.assertProblem("IMAGE_MISSING", "content/articles/work_news/a.md", 8, 1);
    }

    @Test
    void reportsImageWithoutAltTextOrCredit() {
        var built = TestSite.minimal(dir)
                .bytes("content/media/a.png", TestImages.png(4, 3))
                .file("content/articles/work_news/a.md", ARTICLE_HEAD + "cover: {src: media/a.png}\n---\n正文")
                .build();
        built.assertProblem("IMAGE_ALT_MISSING", "content/articles/work_news/a.md", 5, 8);
        built.assertProblem("IMAGE_CREDIT_MISSING", "content/articles/work_news/a.md", 5, 8);
    }

    @Test
    void reportsPathThatEscapesTheContentFolder() {
        var built = buildWithArticle("cover: {src: ../../etc/passwd, alt: 图, credit: 某}\n", "[x](../../../../etc/passwd)\n");
        built.assertProblem("PATH_ESCAPES", "content/articles/work_news/a.md", 5, 14);
        built.assertProblem("PATH_ESCAPES", "content/articles/work_news/a.md", 8, 1);
    }

    @Test
    void rejectsJavascriptUrls() {
        var built = buildWithArticle("external_url: javascript:alert(1)\n", "[点我](javascript:alert(1))\n");
        built.assertProblem("URL_UNSAFE", "content/articles/work_news/a.md", 5, 15);
        built.assertProblem("URL_UNSAFE", "content/articles/work_news/a.md", 8, 1);
    }

    @Test
    void reportsTabIndentation() {
        var built = TestSite.minimal(dir).file("content/site.yaml", TestSite.SITE_YAML.replace("  site_code", "\tsite_code")).build();
        built.assertProblem("YAML_TAB", "content/site.yaml", 5, 1);
    }

    @Test
    void reportsFullWidthColonAfterKey() {
        var built = TestSite.minimal(dir).file("content/week.yaml", TestSite.WEEK_YAML.replace("national_theme: ", "national_theme：")).build();
        Diagnostic d = built.assertProblem("YAML_FULLWIDTH_COLON", "content/week.yaml", 5, 15);
        assertTrue(d.hint().contains("national_theme: "), d.hint());
    }

    @Test
    void reportsFullWidthSpaceIndentation() {
        var built = TestSite.minimal(dir).file("content/site.yaml", TestSite.SITE_YAML.replace("  icp", "\u3000icp")).build();
        built.assertProblem("YAML_FULLWIDTH_SPACE", "content/site.yaml", 6, 1);
    }

    @Test
    void reportsGbkEncodedFile() {
        byte[] gbk = (ARTICLE_HEAD + "---\n正文是GBK编码\n").getBytes(Charset.forName("GBK"));
        var built = TestSite.minimal(dir).bytes("content/articles/work_news/a.md", gbk).build();
        built.assertProblem("ENCODING_GBK", "content/articles/work_news/a.md", 2, 1);
    }

    @Test
    void dropsByteOrderMarkWithWarning() {
        byte[] text = (ARTICLE_HEAD + "---\n正文\n").getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[text.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(text, 0, withBom, 3, text.length);
        var built = TestSite.minimal(dir).bytes("content/articles/work_news/a.md", withBom).build();
        Diagnostic d = built.assertProblem("ENCODING_BOM", "content/articles/work_news/a.md");
        assertEquals(Severity.WARNING, d.severity());
        built.assertNoProblem("FRONT_MATTER_MISSING");
    }

    @Test
    void acceptsWindowsLineEndsWithOneWarningSayingHowToSwitchToLf() {
        var built = TestSite.minimal(dir)
                .file("content/articles/work_news/a.md", (ARTICLE_HEAD + "---\n正文\n").replace("\n", "\r\n"))
                .build();
        assertTrue(built.errors().stream().noneMatch(d -> d.where().file().endsWith("a.md")), TestSite.describe(built.errors()));
        Diagnostic d = built.assertProblem("LINE_ENDINGS_CRLF", "content/articles/work_news/a.md", 1, 1);
        assertEquals(Severity.WARNING, d.severity());
        assertTrue(d.hint().contains("LF"), d.hint());
        assertEquals(1, built.problems().stream().filter(p -> p.code().equals("LINE_ENDINGS_CRLF")).count(),
                () -> "one warning per file, not per line:\n" + TestSite.describe(built.problems()));
    }

    @Test
    void warnsAboutEveryLineThatStillHoldsTheScaffoldsPlaceholder() {
        var built = TestSite.minimal(dir)
                .file("content/articles/work_news/a.md", ARTICLE_HEAD + "---\n第一段。\n\n【待填写】第二段。\n")
                .build();
        Diagnostic d = built.assertProblem("PLACEHOLDER_LEFT", "content/articles/work_news/a.md", 8, 1);
        assertEquals(Severity.WARNING, d.severity());
        assertTrue(d.message().contains("【待填写】"), d.message());
    }

    @Test
    void aPlaceholderNamedInAYamlCommentIsNotABlank() {
        var built = TestSite.minimal(dir)
                .file("content/channels.yaml", "# 标有“【待填写】”的地方请换成实际内容\n- {id: x12345, name: 市场监管投诉举报, kind: hotline, phone: \"12315\", verified_on: \"2026-04-01\"}\n")
                .build();
        built.assertNoProblem("PLACEHOLDER_LEFT");
    }

    @Test
    void pointsTheLineEndingWarningAtTheFirstCrlfLine() {
        var built = TestSite.minimal(dir)
                .file("content/articles/work_news/a.md", ARTICLE_HEAD + "---\n正文\r\n第二段\r\n")
                .build();
        built.assertProblem("LINE_ENDINGS_CRLF", "content/articles/work_news/a.md", 6, 1);
        assertEquals(1, built.problems().stream().filter(p -> p.code().equals("LINE_ENDINGS_CRLF")).count(),
                "the files written with LF get no warning");
    }

    @Test
    void reportsDuplicateKey() {
        var built = buildWithArticle("title: 又一个标题\n", "正文");
        Diagnostic d = built.assertProblem("YAML_DUPLICATE_KEY", "content/articles/work_news/a.md", 5, 1);
        assertTrue(d.message().contains("2"), d.message());
    }

    @Test
    void reportsMissingFrontMatter() {
        var built = TestSite.minimal(dir).file("content/articles/work_news/a.md", "# 标题\n\n正文\n").build();
        built.assertProblem("FRONT_MATTER_MISSING", "content/articles/work_news/a.md", 1, 1);
    }

    @Test
    void reportsUnclosedFrontMatter() {
        var built = TestSite.minimal(dir).file("content/articles/work_news/a.md", ARTICLE_HEAD + "正文\n").build();
        built.assertProblem("FRONT_MATTER_UNCLOSED", "content/articles/work_news/a.md", 1, 1);
    }

    @Test
    void reportsBadIdentityFormats() {
        var built = TestSite.minimal(dir).file("content/site.yaml", TestSite.SITE_YAML
                .replace("\"4109000012\"", "\"41090\"").replace("豫ICP备12345678号-1", "ICP 12345")).build();
        built.assertProblem("IDENTITY_FORMAT", "content/site.yaml", 5, 14);
        built.assertProblem("IDENTITY_FORMAT", "content/site.yaml", 6, 8);
    }

    @Test
    void reportsUnknownNavigationPage() {
        var built = TestSite.minimal(dir).file("content/site.yaml", TestSite.SITE_YAML + """
                nav:
                  - {label: 首页, page: home}
                  - {label: 案例, page: casez}
                """).build();
        Diagnostic d = built.assertProblem("NAV_UNKNOWN_PAGE", "content/site.yaml", 14, 23);
        assertTrue(d.hint().contains("activities"), d.hint());
    }

    @Test
    void reportsBadBaseUrl() {
        var built = TestSite.minimal(dir).file("content/site.yaml", TestSite.SITE_YAML
                .replace("https://scjg.test.example/ztzl/2026xcz/", "scjg.test.example/ztzl")).build();
        built.assertProblem("BASE_URL_INVALID", "content/site.yaml", 2, 11);
    }

    @Test
    void reportsMissingSiteYaml() {
        var built = TestSite.empty(dir).file("content/week.yaml", TestSite.WEEK_YAML).build();
        built.assertProblem("FILE_MISSING", "content/site.yaml");
    }

    @Test
    void reportsArticleOutsideAColumnFolder() {
        var built = TestSite.minimal(dir).file("content/articles/news/a.md", ARTICLE_HEAD + "---\n正文").build();
        Diagnostic d = built.assertProblem("COLUMN_UNKNOWN", "content/articles/news/a.md");
        assertTrue(d.hint().contains("work_news"), d.hint());
    }

    @Test
    void reportsColumnThatContradictsItsFolder() {
        var built = buildWithArticle("column: notice\n", "正文");
        built.assertProblem("COLUMN_MISMATCH", "content/articles/work_news/a.md", 5, 9);
    }

    @Test
    void reportsActivityNumberingGapsAndDuplicates() {
        var built = TestSite.minimal(dir).file("content/activities.yaml", """
                - {id: a, no: 1, title: 甲, form: other, start: "2026-04-20", lead_unit: 局}
                - {id: a, no: 3, title: 乙, form: other, start: "2026-04-21", lead_unit: 局}
                """).build();
        built.assertProblem("ID_DUPLICATE", "content/activities.yaml", 2, 3);
        built.assertProblem("NUMBER_SEQUENCE", "content/activities.yaml", 2, 3);
    }

    @Test
    void warnsAboutActivityOutsideTheWeekAndMissingOnlineLink() {
        var built = TestSite.minimal(dir).file("content/activities.yaml", """
                - {id: a, no: 1, title: 直播, form: livestream, start: "2026-05-20", lead_unit: 局}
                """).build();
        assertEquals(Severity.WARNING, built.assertProblem("ACTIVITY_OUTSIDE_WEEK", "content/activities.yaml", 1, 3).severity());
        assertEquals(Severity.WARNING, built.assertProblem("ACTIVITY_ONLINE_URL", "content/activities.yaml", 1, 35).severity());
    }

    @Test
    void reportsUnknownRelatedArticle() {
        var built = TestSite.minimal(dir).file("content/activities.yaml", """
                - id: a
                  no: 1
                  title: 甲
                  form: other
                  start: "2026-04-20"
                  lead_unit: 局
                  related: {articles: [no-such-article]}
                """).build();
        built.assertProblem("REF_UNKNOWN", "content/activities.yaml", 7, 24);
    }

    @Test
    void warnsAboutDocumentNumberWithWrongBrackets() {
        var built = buildWithArticle("doc_number: 淇市监[2026]12号\n", "正文");
        Diagnostic d = built.assertProblem("DOC_NUMBER_BRACKETS", "content/articles/work_news/a.md", 5, 13);
        assertEquals(Severity.WARNING, d.severity());
        assertTrue(d.hint().contains("淇市监〔2026〕12号"), d.hint());
    }

    @Test
    void warnsAboutOverlongTitle() {
        var built = TestSite.minimal(dir).file("content/articles/work_news/a.md",
                ARTICLE_HEAD.replace("测试文章", "很长".repeat(31)) + "---\n正文").build();
        assertEquals(Severity.WARNING, built.assertProblem("TITLE_TOO_LONG", "content/articles/work_news/a.md", 2, 8).severity());
    }

    @Test
    void reportsInvalidExplicitSlug() {
        var built = buildWithArticle("slug: 中文别名\n", "正文");
        Diagnostic d = built.assertProblem("SLUG_INVALID", "content/articles/work_news/a.md", 5, 7);
        assertTrue(d.hint().contains("zhong-wen-bie-ming"), d.hint());
    }

    @Test
    void reportsWrongValueKind() {
        var built = TestSite.minimal(dir).file("content/articles/work_news/a.md", """
                ---
                title: [不是, 文本]
                date: "2026-04-20"
                source: 局
                ---
                正文
                """).build();
        built.assertProblem("FIELD_TYPE", "content/articles/work_news/a.md", 2, 8);
    }

    @Test
    void collectsEveryProblemInsteadOfStoppingAtTheFirst() {
        var built = TestSite.minimal(dir)
                .file("content/articles/work_news/a.md", ARTICLE_HEAD + "titel: x\n---\n[坏](b.md)\n")
                .file("content/articles/notice/b.md", "---\ntitle: 缺日期\nsource: 局\n---\n")
                .file("content/activities.yaml", "- {id: a, no: 2, title: 甲, form: bad, start: \"2026-04-20\", lead_unit: 局}\n")
                .build();
        var codes = built.errors().stream().map(Diagnostic::code).distinct().sorted().toList();
        assertTrue(codes.containsAll(java.util.List.of("FIELD_UNKNOWN", "LINK_BROKEN", "FIELD_REQUIRED", "FIELD_ENUM")), codes.toString());
    }

    @Test
    void failedBuildWritesNothing() {
        var built = buildWithArticle("date: oops\n", "正文");
        assertFalse(built.errors().isEmpty());
        assertFalse(Files.exists(built.output()));
    }

    @Test
    void refusesSymbolicLinksInContent() throws Exception {
        TestSite site = TestSite.minimal(dir);
        site.build();
        Path media = site.siteDir().resolve("content/media");
        Files.createDirectories(media);
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "机密");
        Files.createSymbolicLink(media.resolve("leak.txt"), secret);
        var built = site.build();
        built.assertProblem("SYMLINK_IGNORED", "content/media/leak.txt");
        assertFalse(Files.exists(built.output().resolve("media/leak.txt")));
    }
}
