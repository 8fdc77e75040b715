package ipweek.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ipweek.diag.Diagnostic;
import ipweek.diag.Severity;
import ipweek.testing.TestSite;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rules for channels, laws and the handbook, each with its bad input and the code and position it must report.
 * Most sites here have no handbook (no PDF to make), so they build quickly.
 */
class HandbookValidationTest {

    @TempDir
    Path dir;

    private static final String CHANNEL = """
            - id: hotline
              name: 12345热线
              kind: hotline
              phone: "12345"
              scope: 受理咨询、投诉和举报
              verified_on: "2026-03-01"
            """;

    private static final String LAWS = """
            - id: trademark-law
              title: 中华人民共和国商标法
              level: law
              effective: "2019-11-01"
            - id: old-gi
              title: 地理标志产品保护规定
              level: dept_rule
              effective: "2005-07-15"
              status: repealed
              replaced_by: new-gi
            - id: new-gi
              title: 地理标志产品保护办法
              level: dept_rule
              effective: "2024-02-01"
            """;

    private static final String HANDBOOK_HEAD = """
            title: 测试手册
            compiler: 测试市市场监督管理局
            """;

    private TestSite site() {
        return TestSite.minimal(dir);
    }

    private TestSite withHandbook(String chapters) {
        return site().file("content/channels.yaml", CHANNEL).file("content/laws.yaml", LAWS)
                .file("content/handbook/handbook.yaml", HANDBOOK_HEAD + chapters)
                .file("content/handbook/a.md", "正文。\n");
    }

    @Test
    void warnsWhenAChannelWasVerifiedMoreThanAYearAgo() {
        var built = site().file("content/channels.yaml", CHANNEL.replace("2026-03-01", "2025-04-01")).build();
        Diagnostic d = built.assertProblem("VERIFIED_STALE", "content/channels.yaml", 6, 16);
        assertEquals(Severity.WARNING, d.severity());
        assertTrue(d.message().contains("386 天"), d.message());
    }

    @Test
    void refusesAChannelVerifiedMoreThanTwoYearsAgo() {
        var built = site().file("content/channels.yaml", CHANNEL.replace("2026-03-01", "2024-04-01")).build();
        assertEquals(Severity.ERROR, built.assertProblem("VERIFIED_EXPIRED", "content/channels.yaml", 6, 16).severity());
        built.assertNoProblem("VERIFIED_STALE");
    }

    @Test
    void staleAndFreshDependOnTheBuildDate() {
        var built = site().file("content/channels.yaml", CHANNEL).today(LocalDate.of(2027, 3, 2)).build();
        built.assertProblem("VERIFIED_STALE", "content/channels.yaml", 6, 16);
        var early = TestSite.minimal(dir.resolve("b")).file("content/channels.yaml", CHANNEL)
                .today(LocalDate.of(2026, 2, 1)).build();
        assertEquals(Severity.WARNING, early.assertProblem("VERIFIED_FUTURE", "content/channels.yaml", 6, 16).severity());
    }

    @Test
    void requiresVerifiedOn() {
        var built = site().file("content/channels.yaml", CHANNEL.replace("  verified_on: \"2026-03-01\"\n", "")).build();
        Diagnostic d = built.assertProblem("FIELD_REQUIRED", "content/channels.yaml", 1, 3);
        assertEquals("[1].verified_on", d.field());
    }

    @Test
    void checksPhoneFormatsItemByItem() {
        var built = site().file("content/channels.yaml", CHANNEL.replace("phone: \"12345\"",
                "phone: [\"0392-3326626\", \"0392 3326626\", \"13812345678\", \"110\", \"400-800-1234\"]")).build();
        Diagnostic d = built.assertProblem("PHONE_FORMAT", "content/channels.yaml", 4, 27);
        assertTrue(d.message().contains("0392 3326626"));
        assertEquals(1, built.problems().stream().filter(p -> p.code().equals("PHONE_FORMAT")).count());
    }

    @Test
    void warnsAboutTheLegacy12330Hotline() {
        var built = site().file("content/channels.yaml", CHANNEL.replace("\"12345\"", "\"12330\"")).build();
        assertEquals(Severity.WARNING, built.assertProblem("PHONE_LEGACY_12330", "content/channels.yaml", 4, 10).severity());
    }

    @Test
    void warnsAboutPlainHttpWebsites() {
        var built = site().file("content/channels.yaml", CHANNEL + "  url: http://www.12315.cn/\n").build();
        assertEquals(Severity.WARNING, built.assertProblem("URL_INSECURE", "content/channels.yaml", 7, 8).severity());
    }

    @Test
    void reportsDuplicateChannelIds() {
        var built = site().file("content/channels.yaml", CHANNEL + CHANNEL).build();
        built.assertProblem("ENTRY_ID_DUPLICATE", "content/channels.yaml", 7, 3);
    }

    @Test
    void reportsUnknownChannelKindAndLawLevel() {
        var built = site().file("content/channels.yaml", CHANNEL.replace("kind: hotline", "kind: phone"))
                .file("content/laws.yaml", LAWS.replace("level: law", "level: statute")).build();
        built.assertProblem("FIELD_ENUM", "content/channels.yaml", 3, 9);
        built.assertProblem("FIELD_ENUM", "content/laws.yaml", 3, 10);
    }

    @Test
    void reportsAReplacementLawThatDoesNotExist() {
        var built = site().file("content/laws.yaml", LAWS.replace("replaced_by: new-gi", "replaced_by: newer-gi")).build();
        Diagnostic d = built.assertProblem("DATA_REF_UNKNOWN", "content/laws.yaml", 5, 3);
        assertEquals("replaced_by", d.field());
    }

    @Test
    void warnsWhenAmendedIsLaterThanEffective() {
        var built = site().file("content/laws.yaml", LAWS.replace("  effective: \"2019-11-01\"\n",
                "  effective: \"1983-03-01\"\n  amended: \"2019-04-23\"\n")).build();
        assertEquals(Severity.WARNING, built.assertProblem("LAW_DATES", "content/laws.yaml", 5, 12).severity());
    }

    @Test
    void aRepealedLawInTheHandbookIsAnError() {
        var built = withHandbook("""
                chapters:
                  - {id: laws, title: 法律法规, include: {laws: [trademark-law, old-gi]}}
                """).build();
        Diagnostic d = built.assertProblem("LAW_REPEALED_IN_HANDBOOK", "content/handbook/handbook.yaml", 4, 45);
        assertEquals(Severity.ERROR, d.severity());
        assertTrue(d.message().contains("《地理标志产品保护规定》"), d.message());
        assertTrue(d.hint().contains("new-gi"), d.hint());
        assertTrue(built.result().failed());
    }

    @Test
    void allLawsLeavesRepealedOnesOut() {
        var built = withHandbook("""
                chapters:
                  - {id: laws, title: 法律法规, include: {laws: {levels: [dept_rule]}}}
                """).build().assertOk();
        String print = built.read("shouce/print/index.html");
        assertTrue(print.contains("《地理标志产品保护办法》"));
        assertTrue(!print.contains("《地理标志产品保护规定》"));
    }

    @Test
    void anIncludeThatSelectsNothingIsAnError() {
        var built = withHandbook("""
                chapters:
                  - {id: routes, title: 维权途径, include: {channels: {kinds: [court]}}}
                """).build();
        Diagnostic d = built.assertProblem("HANDBOOK_INCLUDE_EMPTY", "content/handbook/handbook.yaml", 4, 51);
        assertTrue(d.message().contains("kinds [court]"), d.message());
    }

    @Test
    void anIncludeNamingAnUnknownIdIsAnError() {
        var built = withHandbook("""
                chapters:
                  - {id: routes, title: 维权途径, include: {channels: [hotline, no-such-channel]}}
                """).build();
        Diagnostic d = built.assertProblem("DATA_REF_UNKNOWN", "content/handbook/handbook.yaml", 4, 51);
        assertTrue(d.message().contains("no-such-channel"), d.message());
    }

    @Test
    void anIncludeWithTwoKindsIsAnError() {
        var built = withHandbook("""
                chapters:
                  - {id: x, title: 混合, include: {laws: all, channels: all}}
                """).build();
        built.assertProblem("FIELD_FORMAT", "content/handbook/handbook.yaml", 4, 33);
    }

    @Test
    void casesFromABatchTheSiteDoesNotHaveAreAnError() {
        var built = withHandbook("""
                chapters:
                  - {id: cases, title: 典型案例, include: {cases: {batch: 2025-top10}}}
                """).build();
        Diagnostic d = built.assertProblem("DATA_REF_UNKNOWN", "content/handbook/handbook.yaml", 4, 47);
        assertTrue(d.message().contains("2025-top10"), d.message());
        assertTrue(d.hint().contains("content/cases/"), d.hint());
    }

    @Test
    void gISelectingNothingIsAnError() {
        var built = withHandbook("""
                chapters:
                  - {id: gi, title: 地理标志, file: a.md, include: {gi: all}}
                """).build();
        built.assertProblem("HANDBOOK_INCLUDE_EMPTY", "content/handbook/handbook.yaml", 4, 53);
    }

    @Test
    void aMissingChapterFileIsAnErrorAndAnUnlistedOneAWarning() {
        var built = withHandbook("""
                chapters:
                  - {id: a, title: 甲, file: missing.md}
                """).build();
        built.assertProblem("FILE_MISSING", "content/handbook/handbook.yaml", 4, 29);
        assertEquals(Severity.WARNING, built.assertProblem("HANDBOOK_CHAPTER_UNUSED", "content/handbook/a.md").severity());
    }

    @Test
    void chapterIdsAreUniqueAndCannotTakeThePrintFolder() {
        var built = withHandbook("""
                chapters:
                  - {id: a, title: 甲, file: a.md}
                  - {id: a, title: 乙, file: a.md}
                  - {id: print, title: 丙, file: a.md}
                """).build();
        built.assertProblem("ENTRY_ID_DUPLICATE", "content/handbook/handbook.yaml", 5, 10);
        built.assertProblem("OUTPUT_CLASH", "content/handbook/handbook.yaml", 6, 10);
    }

    @Test
    void aFontTheHandbookNamesMustExist() {
        var built = withHandbook("""
                fonts: {body: media/fonts/none.ttf}
                chapters:
                  - {id: a, title: 甲, file: a.md}
                """).build();
        Diagnostic d = built.assertProblem("HANDBOOK_FONT_MISSING", "content/handbook/handbook.yaml", 3, 15);
        assertEquals(Severity.ERROR, d.severity());
        assertTrue(d.hint().contains("fonts-lxgw-wenkai"), d.hint());
    }

    @Test
    void aFontMustBeTrueType() {
        var built = withHandbook("""
                fonts: {body: media/fonts/NotoSerifCJKsc-Regular.otf}
                chapters:
                  - {id: a, title: 甲, file: a.md}
                """).bytes("content/media/fonts/NotoSerifCJKsc-Regular.otf", "OTTO\0\0\0\0".getBytes(StandardCharsets.ISO_8859_1))
                .file("content/media/fonts/OFL.txt", "SIL Open Font License 1.1\n").build();
        Diagnostic d = built.assertProblem("HANDBOOK_FONT_FORMAT", "content/handbook/handbook.yaml", 3, 15);
        assertTrue(d.message().contains("CFF"), d.message());
    }

    @Test
    void aBundledFontNeedsItsLicenceBesideIt() throws Exception {
        byte[] ttf = Files.readAllBytes(Path.of("/usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Regular.ttf"));
        var built = withHandbook("""
                fonts: {body: media/fonts/body.ttf}
                chapters:
                  - {id: a, title: 甲, file: a.md}
                """).bytes("content/media/fonts/body.ttf", ttf).build();
        assertEquals(Severity.WARNING,
                built.assertProblem("HANDBOOK_FONT_LICENSE", "content/handbook/handbook.yaml", 3, 15).severity());
        built.assertOk();
    }

    @Test
    void warnsAboutCharactersTheFontCannotDraw() {
        var built = withHandbook("""
                chapters:
                  - {id: a, title: 甲, file: a.md}
                """).file("content/handbook/a.md", "含有字体里没有的字符：\uD83D\uDE00。\n").build().assertOk();
        Diagnostic d = built.assertProblem("HANDBOOK_FONT_GLYPHS", "content/handbook/handbook.yaml");
        assertTrue(d.message().contains("\uD83D\uDE00"), d.message());
    }

    @Test
    void a4PerfectBoundWithChaptersOnAnyPageNeedsNoPadding() throws Exception {
        var built = withHandbook("""
                page: {size: A4, margin_mm: {top: 20, bottom: 20, inner: 25, outer: 20}}
                binding: perfect
                chapter_start: any
                chapters:
                  - {id: a, title: 甲, file: a.md}
                  - {id: b, title: 乙, file: a.md}
                """).build().assertOk();
        built.assertNoProblem("HANDBOOK_PAGES_PADDED");
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(built.output().resolve("shouce/weiquan-shouce-2026.pdf").toFile())) {
            assertEquals(595, Math.round(pdf.getPage(0).getMediaBox().getWidth()));
            assertEquals(842, Math.round(pdf.getPage(0).getMediaBox().getHeight()));
            // cover, colophon, contents, two chapters (no blank page between them), back cover
            assertEquals(6, pdf.getNumberOfPages());
        }
        try (var css = java.nio.file.Files.list(built.output().resolve("assets/css"))) {
            String pageBox = css.filter(p -> p.getFileName().toString().matches("handbook-page\\.[0-9a-f]{8}\\.css"))
                    .map(p -> built.read("assets/css/" + p.getFileName())).findFirst().orElse("");
            assertTrue(pageBox.contains("size: 210mm 297mm"), "the print page's stylesheet: " + pageBox);
        }
    }

    @Test
    void notesPagesFillASaddleStitchedBookletWithoutAWarning() throws Exception {
        var built = withHandbook("""
                padding: notes
                chapter_start: any
                chapters:
                  - {id: a, title: 甲, file: a.md}
                """).build().assertOk();
        built.assertNoProblem("HANDBOOK_PAGES_PADDED");
        var pdf = ipweek.testing.HandbookPdf.read(built.output().resolve("shouce/weiquan-shouce-2026.pdf"));
        assertEquals(8, pdf.pages().size(), "cover, colophon, contents, chapter, 3 notes pages, back cover");
        assertTrue(ipweek.testing.HandbookPdf.squeezed(pdf.pages().get(6)).contains("笔记"));
    }

    @Test
    void blankPaddingWarnsUnlessChosen() {
        var built = withHandbook("""
                chapter_start: any
                chapters:
                  - {id: a, title: 甲, file: a.md}
                """).build().assertOk();
        Diagnostic d = built.assertProblem("HANDBOOK_PAGES_PADDED", "content/handbook/handbook.yaml");
        assertEquals(Severity.WARNING, d.severity());
        assertTrue(d.message().contains("共 5 页") && d.message().contains("补 3 个空白页"), d.message());
    }

    @Test
    void navigationCannotPointAtAHandbookThatDoesNotExist() {
        var built = site().file("content/site.yaml", TestSite.SITE_YAML + """
                nav:
                  - {label: 首页, page: home}
                  - {label: 维权手册, page: handbook}
                """).build();
        Diagnostic d = built.assertProblem("NAV_UNKNOWN_PAGE", "content/site.yaml", 14, 5);
        assertTrue(d.message().contains("handbook.yaml"), d.message());
    }
}
