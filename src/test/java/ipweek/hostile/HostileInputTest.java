package ipweek.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ipweek.diag.Diagnostic;
import ipweek.testing.OutputTree;
import ipweek.testing.TestSite;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A corpus of broken and hostile inputs, each with the exact problem code it must produce. None may crash a build,
 * print a stack trace, or write anything.
 */
class HostileInputTest {

    @TempDir
    Path dir;

    static final String ARTICLE = "content/articles/work_news/a.md";
    static final String HEAD = "---\ntitle: 测试\ndate: \"2026-04-20\"\nsource: 局\n";

    static Stream<Arguments> corpus() {
        StringBuilder bomb = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x]\n");
        for (char c = 'b'; c <= 'j'; c++) {
            bomb.append(c).append(": &").append(c).append(" [*").append((char) (c - 1)).append(", *")
                    .append((char) (c - 1)).append(", *").append((char) (c - 1)).append("]\n");
        }
        String deep = "year: 2026\nnational_theme: x\nkey_dates: " + "[".repeat(20000) + "]".repeat(20000) + "\n";
        byte[] junk = new byte[4096];
        new java.util.Random(426).nextBytes(junk);
        return Stream.of(
                Arguments.of("invalid UTF-8", ARTICLE, (HEAD + "---\n正文").getBytes(StandardCharsets.UTF_8).length > 0
                        ? withBadByte() : null, "ENCODING_INVALID"),
                Arguments.of("GBK", ARTICLE, (HEAD + "---\n中文正文").getBytes(Charset.forName("GBK")), "ENCODING_GBK"),
                Arguments.of("binary junk named .md", ARTICLE, junk, "ENCODING_INVALID"),
                Arguments.of("empty markdown", ARTICLE, new byte[0], "FRONT_MATTER_MISSING"),
                Arguments.of("empty yaml", "content/activities.yaml", new byte[0], "FILE_EMPTY"),
                Arguments.of("tab in YAML", ARTICLE, (HEAD + "tags:\n\t- a\n---\n").getBytes(StandardCharsets.UTF_8), "YAML_TAB"),
                Arguments.of("full-width colon", ARTICLE, (HEAD + "summary：摘要\n---\n").getBytes(StandardCharsets.UTF_8), "YAML_FULLWIDTH_COLON"),
                Arguments.of("full-width space", ARTICLE, (HEAD + "tags:\n\u3000- a\n---\n").getBytes(StandardCharsets.UTF_8), "YAML_FULLWIDTH_SPACE"),
                Arguments.of("unclosed quote", ARTICLE, (HEAD + "summary: \"没有闭合\n---\n").getBytes(StandardCharsets.UTF_8), "YAML_SYNTAX"),
                Arguments.of("duplicate key", ARTICLE, (HEAD + "source: 又一个\n---\n").getBytes(StandardCharsets.UTF_8), "YAML_DUPLICATE_KEY"),
                Arguments.of("billion laughs", "content/activities.yaml", bomb.toString().getBytes(StandardCharsets.UTF_8), "YAML_ALIAS"),
                Arguments.of("very deep nesting", "content/week.yaml", deep.getBytes(StandardCharsets.UTF_8), "YAML_SYNTAX"),
                Arguments.of("impossible date", ARTICLE, HEAD.replace("2026-04-20", "2026-02-30").concat("---\n").getBytes(StandardCharsets.UTF_8), "DATE_INVALID"),
                Arguments.of("text where a number is expected", "content/activities.yaml",
                        "- {id: a, no: 一, title: 甲, form: other, start: \"2026-04-20\", lead_unit: 局}\n".getBytes(StandardCharsets.UTF_8), "FIELD_TYPE"),
                Arguments.of("a list where text is expected", ARTICLE, (HEAD + "author: [甲, 乙]\n---\n").getBytes(StandardCharsets.UTF_8), "FIELD_TYPE"),
                Arguments.of("image path escaping the content folder", ARTICLE,
                        (HEAD + "cover: {src: ../../../../etc/passwd, alt: x, credit: y}\n---\n").getBytes(StandardCharsets.UTF_8), "PATH_ESCAPES"),
                Arguments.of("absolute image path", ARTICLE,
                        (HEAD + "cover: {src: /etc/passwd, alt: x, credit: y}\n---\n").getBytes(StandardCharsets.UTF_8), "PATH_ESCAPES"),
                Arguments.of("markdown link escaping the content folder", ARTICLE,
                        (HEAD + "---\n[x](../../../../../../etc/passwd)\n").getBytes(StandardCharsets.UTF_8), "PATH_ESCAPES"),
                Arguments.of("javascript: URL in front matter", ARTICLE,
                        (HEAD + "external_url: \"javascript:alert(document.cookie)\"\n---\n").getBytes(StandardCharsets.UTF_8), "URL_UNSAFE"),
                Arguments.of("javascript: URL in markdown", ARTICLE,
                        (HEAD + "---\n[点我](javascript:alert(1))\n").getBytes(StandardCharsets.UTF_8), "URL_UNSAFE"),
                Arguments.of("data: URL image", ARTICLE,
                        (HEAD + "---\n![x](data:image/svg+xml;base64,PHN2Zz4=)\n").getBytes(StandardCharsets.UTF_8), "URL_UNSAFE"),
                Arguments.of("javascript: URL in navigation", "content/site.yaml",
                        (TestSite.SITE_YAML + "nav:\n  - {label: 坏, url: \"javascript:alert(1)\"}\n").getBytes(StandardCharsets.UTF_8), "URL_UNSAFE"),
                Arguments.of("unquoted impossible date", ARTICLE, HEAD.replace("\"2026-04-20\"", "2026-13-45").concat("---\n").getBytes(StandardCharsets.UTF_8), "DATE_INVALID"));
    }

    private static byte[] withBadByte() {
        byte[] ok = (HEAD + "---\n正文").getBytes(StandardCharsets.UTF_8);
        byte[] bad = java.util.Arrays.copyOf(ok, ok.length + 2);
        bad[ok.length] = (byte) 0xC3; // a lead byte followed by ASCII: not UTF-8, not GBK Han either
        bad[ok.length + 1] = (byte) 0x28;
        return bad;
    }

    @ParameterizedTest(name = "{0} → {3}")
    @MethodSource("corpus")
    void reportsTheExactProblemAndWritesNothing(String name, String file, byte[] bytes, String code) {
        var built = TestSite.minimal(dir).bytes(file, bytes).build();
        Diagnostic d = built.assertProblem(code, file);
        assertTrue(d.isError(), name + " must be an error");
        assertFalse(Files.exists(built.output()), "a failed build writes nothing");
    }

    @Test
    void refusesAFiftyMegabyteFileWithoutReadingIt() throws Exception {
        TestSite site = TestSite.minimal(dir);
        site.build();
        Path big = site.siteDir().resolve("content/articles/work_news/big.md");
        Files.createDirectories(big.getParent());
        try (var out = Files.newOutputStream(big)) {
            byte[] chunk = new byte[1024 * 1024];
            java.util.Arrays.fill(chunk, (byte) 'a');
            for (int i = 0; i < 50; i++) {
                out.write(chunk);
            }
        }
        var built = site.build();
        built.assertProblem("FILE_TOO_LARGE", "content/articles/work_news/big.md");
    }

    @Test
    void acceptsFileNamesWithSpacesAndChineseAndPublishesAsciiPaths() throws Exception {
        var built = TestSite.minimal(dir)
                .file("content/articles/work_news/我的 第一篇 文章.md", HEAD + "---\n正文\n")
                .bytes("content/media/现场 照片.png", new byte[] {(byte) 0x89, 'P', 'N', 'G'})
                .build().assertOk();
        built.assertFile("dongtai/2026/wo-de-di-yi-pian-wen-zhang/index.html", "测试");
        assertTrue(Files.isRegularFile(built.output().resolve("media/xian-chang-zhao-pian.png")));
        for (String path : OutputTree.files(built.output()).keySet()) {
            assertTrue(path.chars().allMatch(c -> c < 128), "non-ASCII output path " + path);
        }
    }

    @Test
    void scriptsInYamlTextFieldsAreEscapedNeverRun() {
        var built = TestSite.minimal(dir)
                .file(ARTICLE, "---\ntitle: \"<script>alert('t')</script>标题\"\ndate: \"2026-04-20\"\nsource: \"<img src=x onerror=alert(1)>\"\n"
                        + "summary: \"</title><script>alert(2)</script>\"\n---\n正文 <iframe src=x></iframe>\n")
                .build().assertOk();
        for (Path page : OutputTree.htmlFiles(built.output())) {
            String html = built.read(built.output().relativize(page).toString());
            assertFalse(html.contains("<script>alert"), page + " runs a script from content");
            assertFalse(html.contains("<img src=x"), page + " carries an injected image");
            assertFalse(html.contains("<iframe"), page + " carries an injected frame");
        }
        built.assertFile("dongtai/2026/a/index.html", "&lt;script&gt;alert(");
    }

    @Test
    void duplicateIdsAcrossFilesAreReported() {
        var built = TestSite.minimal(dir)
                .file("content/articles/work_news/same.md", HEAD + "---\n正文\n")
                .file("content/articles/notice/same.md", HEAD + "---\n正文\n")
                .build();
        built.assertProblem("SLUG_DUPLICATE", "content/articles/work_news/same.md");
        assertEquals(List.of(), built.problems().stream().filter(d -> d.where().file().isEmpty()).toList());
    }
}
