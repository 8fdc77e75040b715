package ipweek.site;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ipweek.testing.HandbookPdf;
import ipweek.testing.OutputTree;
import ipweek.testing.SiteFixture;
import ipweek.testing.TestSite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Builds the {@code sites/handbook} fixture (channels, laws and a handbook with Markdown chapters, generated laws,
 * a channel directory, a contact table and a cases include) and checks all three forms of the handbook, above all
 * the PDF: its text, contents page numbers against the printed folios, fonts, bookmarks and page count.
 */
class HandbookSiteTest {

    static final String PDF = "shouce/weiquan-shouce-2026.pdf";

    @TempDir
    static Path dir;

    static TestSite.Built built;
    static HandbookPdf pdf;
    static List<String> pages;

    @BeforeAll
    static void build() {
        built = SiteFixture.copy("handbook", dir.resolve("one")).build().assertOk();
        pdf = HandbookPdf.read(built.output().resolve(PDF));
        pages = pdf.pages();
    }

    private static String squeezed(String text) {
        return HandbookPdf.squeezed(text);
    }

    private static int indexOf(String text) {
        return pdf.indexOf(text);
    }

    @Test
    void buildsTheWebVersionThePrintPageAndThePdf() {
        for (String file : List.of("shouce/index.html", "shouce/preface/index.html", "shouce/basics/index.html",
                "shouce/laws/index.html", "shouce/cases/index.html", "shouce/routes/index.html",
                "shouce/contacts/index.html", "shouce/print/index.html", PDF, "weiquan/index.html",
                "weiquan/hotline-12345/index.html", "weiquan/protection-center/index.html", "fagui/index.html")) {
            assertTrue(Files.isRegularFile(built.output().resolve(file)), "missing " + file);
        }
        assertEquals(List.of(), OutputTree.brokenLinks(built.output()));
        built.assertNoProblem("HANDBOOK_PDF_NOTE"); // the layout engine had nothing to complain about (PDF/UA included)
        built.assertNoProblem("HANDBOOK_FONT_GLYPHS");
    }

    /** The print page's page box is a generated stylesheet (no inline style), which the PDF's layout follows. */
    @Test
    void thePrintPageTakesItsPageSizeFromAStylesheet() throws IOException {
        String print = built.read("shouce/print/index.html");
        assertFalse(print.contains("<style"), "no inline style");
        java.util.regex.Matcher link = java.util.regex.Pattern.compile("href=\"([./]*assets/css/handbook-page\\.[0-9a-f]{8}\\.css)\"")
                .matcher(print);
        assertTrue(link.find(), print);
        String css = Files.readString(built.output().resolve("shouce/print").resolve(link.group(1)).normalize());
        assertTrue(css.startsWith("@page { size: 148mm 210mm;"), css);
        try (PDDocument doc = Loader.loadPDF(built.output().resolve(PDF).toFile())) {
            var box = doc.getPage(0).getMediaBox();
            assertEquals(148, Math.round(box.getWidth() / 72 * 25.4), "width in mm");
            assertEquals(210, Math.round(box.getHeight() / 72 * 25.4), "height in mm");
        }
    }

    @Test
    void pdfCountIsPaddedToAMultipleOfFourForSaddleStitching() {
        assertEquals(0, pages.size() % 4, "pages: " + pages.size());
        built.problems().stream().filter(d -> d.code().equals("HANDBOOK_PAGES_PADDED")).findFirst()
                .ifPresent(padded -> assertTrue(padded.message().contains("共 " + pages.size() + " 页"), padded.message()));
        String back = squeezed(pages.get(pages.size() - 1));
        assertTrue(back.contains("免费赠阅") && back.contains("12345"), "the back cover stays the last page: " + back);
    }

    @Test
    void pdfContentsGiveThePagesTheChaptersArePrintedOn() {
        var listed = pdf.assertContentsMatchFolios(List.of("前言", "第一章知识产权基础知识", "第二章法律法规",
                "第三章典型案例", "第四章维权途径", "附录联系方式一览"));
        assertEquals(1, listed.get("前言"));
    }

    @Test
    void pdfCarriesTheChaptersGeneratedContentAndAHotline() {
        String all = squeezed(String.join("\n", pages));
        assertTrue(all.contains("《中华人民共和国商标法》"), "laws included");
        assertTrue(all.contains("《地理标志产品保护办法》"), "the law in force");
        assertFalse(all.contains("《地理标志产品保护规定》"), "a repealed law is never printed");
        assertTrue(all.contains("测试市知识产权保护中心") && all.contains("0393-7654321"), "channel directory");
        assertTrue(all.contains("12345政务服务便民热线"), "a hotline");
        assertTrue(all.contains("信息核实日期：2026年3月10日"), "when a channel was checked");
        assertTrue(all.contains("联系方式一览") && all.contains("名称电话地址/网址时间"), "the contact table");
        assertTrue(all.contains("案例一李某销售侵犯注册商标专用权白酒案"), "a case title, numbered as its batch numbers it");
        assertTrue(all.contains("【基本案情】") && all.contains("【典型意义】"), "the parts of a case");
        assertTrue(all.contains("《中华人民共和国商标法》第五十七条第（三）项、第六十条第二款"), "its legal basis");
        assertTrue(all.contains("范川小米") && all.contains("国家质检总局公告2016"), "GI products");
    }

    @Test
    void pdfEmbedsItsFontsAsSubsets() {
        for (String font : pdf.assertFontsEmbeddedAsSubsets()) {
            assertTrue(font.matches("[A-Z]{6}\\+LXGWWenKai-(Regular|Bold)"), font);
        }
    }

    @Test
    void pdfHasABookmarkPerChapterAndPageLabelsLikeItsFolios() throws IOException {
        try (PDDocument doc = Loader.loadPDF(built.output().resolve(PDF).toFile())) {
            List<String> titles = new ArrayList<>();
            for (PDOutlineItem item : doc.getDocumentCatalog().getDocumentOutline().children()) {
                titles.add(item.getTitle());
            }
            assertEquals(List.of("目录", "前言", "第一章 知识产权基础知识", "第二章 法律法规", "第三章 典型案例",
                    "第四章 维权途径", "附录 联系方式一览"), titles);
            String[] labels = doc.getDocumentCatalog().getPageLabels().getLabelsByPageIndices();
            assertEquals("i", labels[0]);
            int preface = indexOf("为帮助市场主体");
            assertEquals("1", labels[preface]);
            assertEquals("zh-CN", doc.getDocumentCatalog().getLanguage());
            assertEquals("测试市知识产权维权保护手册（2026年版）", doc.getDocumentInformation().getTitle());
            assertNotNull(doc.getDocumentCatalog().getStructureTreeRoot(), "tagged PDF for screen readers");
        }
    }

    @Test
    void buildingTwiceGivesAByteIdenticalPdf() throws IOException {
        var again = SiteFixture.copy("handbook", dir.resolve("two")).build().assertOk();
        assertArrayEquals(Files.readAllBytes(built.output().resolve(PDF)), Files.readAllBytes(again.output().resolve(PDF)));
        assertArrayEquals(Files.readAllBytes(built.output().resolve("shouce/print/index.html")),
                Files.readAllBytes(again.output().resolve("shouce/print/index.html")));
    }

    @Test
    void printPageIsTheWholeBookWithoutTheSiteNavigation() {
        Document doc = OutputTree.parse(built.output().resolve("shouce/print/index.html"));
        assertEquals(1, doc.select("h1").size());
        assertTrue(doc.select(".site-nav, header.masthead").isEmpty(), "no navigation chrome");
        assertEquals(6, doc.select("section.chapter").size());
        assertEquals(List.of("#ch-preface", "#ch-basics", "#ch-laws", "#ch-cases", "#ch-routes", "#ch-contacts"),
                doc.select("nav.toc a").eachAttr("href"));
        assertEquals("h3", doc.selectFirst("#ch-basics .prose h3").tagName(), "chapter headings sit below the h2");
        assertTrue(doc.selectFirst("#ch-basics .prose h3").text().startsWith("一、"));
        built.assertFile("shouce/print/index.html", "豫ICP备12345678号-1", "screen-only");
    }

    @Test
    void webVersionHasContentsChaptersAndDownloadLinks() {
        Document contents = OutputTree.parse(built.output().resolve("shouce/index.html"));
        assertEquals("测试市知识产权维权保护手册", contents.selectFirst("h1").text());
        assertEquals("../shouce/weiquan-shouce-2026.pdf", contents.selectFirst("a[type=application/pdf]").attr("href"));
        assertEquals("../shouce/print/", contents.select("a.button").get(1).attr("href"));
        assertEquals(6, contents.select(".handbook-toc-list li").size());
        Document chapter = OutputTree.parse(built.output().resolve("shouce/routes/index.html"));
        assertEquals("第四章 维权途径", chapter.selectFirst("h1").text());
        assertEquals("../../weiquan/hotline-12345/", chapter.selectFirst("#qudao-hotline-12345 h2 a").attr("href"));
        assertEquals("tel:12345", chapter.selectFirst("#qudao-hotline-12345 a.phone").attr("href"));
        assertEquals("../../shouce/contacts/", chapter.selectFirst("a[rel=next]").attr("href"));
        Document laws = OutputTree.parse(built.output().resolve("shouce/laws/index.html"));
        assertEquals(List.of("法律", "部门规章"), laws.select(".law-group-title").eachText());
        Document cases = OutputTree.parse(built.output().resolve("shouce/cases/index.html"));
        assertEquals(List.of("案例一 李某销售侵犯注册商标专用权白酒案", "案例二 某电器经营部假冒专利案"),
                cases.select(".hb-case-title").eachText());
        assertEquals("../../anli/2025-top10-01/", cases.selectFirst(".hb-case-title a").attr("href"));
        assertEquals("范川小米", cases.selectFirst(".gi-table tbody th a").text());
        built.assertFile("index.html", "handbook-card", "shouce/weiquan-shouce-2026.pdf");
        built.assertFile("dongtai/2026/plan/index.html", "../../../shouce/preface/");
    }

    @Test
    void casesOfABatchNotOutYetAreNotPrintedBeforeTheirDay() {
        var early = SiteFixture.copy("handbook", dir.resolve("early")).today(java.time.LocalDate.of(2026, 4, 10))
                .build().assertOk();
        String print = early.read("shouce/print/index.html");
        assertTrue(print.contains("本章收入的典型案例尚未发布"), "a note instead of the cases");
        assertFalse(print.contains("李某销售侵犯注册商标专用权白酒案"), "unreleased cases never leak into the handbook");
        assertTrue(Files.isRegularFile(early.output().resolve(PDF)));
    }

    @Test
    void channelAndLawPagesShowVerificationDatesAndStatus() {
        built.assertFile("weiquan/index.html", "服务热线", "网上平台", "海关", "信息核实于2026年3月10日",
                "weiquan/protection-center/".substring("weiquan/".length()));
        Document center = OutputTree.parse(built.output().resolve("weiquan/protection-center/index.html"));
        assertEquals("测试市知识产权保护中心", center.selectFirst("h1").text());
        assertEquals(List.of("tel:03937654321", "tel:03937654322"), center.select("a.phone").eachAttr("href"));
        Document laws = OutputTree.parse(built.output().resolve("fagui/index.html"));
        assertEquals("已废止", laws.selectFirst("#law-gi-rules-2005 .status").text());
        assertTrue(laws.selectFirst("#law-gi-rules-2005").text().contains("《地理标志产品保护办法》"));
        assertEquals("现行有效", laws.selectFirst("#law-trademark-law .status").text());
        built.assertFile("ditu/index.html", "维权指南", "法律法规", "维权手册", "PDF版下载");
    }
}
