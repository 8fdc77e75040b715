package ipweek.site;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ipweek.build.BuildOptions;
import ipweek.build.BuildResult;
import ipweek.build.SiteBuild;
import ipweek.source.SiteFolder;
import ipweek.testing.HandbookPdf;
import ipweek.testing.TestSite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shipped demo's handbook (content/handbook/): eight chapters and two appendices with generated laws, channels,
 * GI products and the 2025 cases, in all three forms; the PDF read back page by page.
 */
class DemoHandbookTest {

    static final String PDF = "shouce/qiyang-weiquan-shouce-2026.pdf";

    @TempDir
    static Path dir;

    static Path out;
    static HandbookPdf pdf;

    @BeforeAll
    static void build() {
        out = dir.resolve("out");
        BuildResult result = new SiteBuild(new BuildOptions(new SiteFolder(Path.of(".")), out, Optional.empty(), false,
                LocalDate.of(2026, 11, 22))).run();
        assertTrue(!result.failed(), () -> TestSite.describe(result.diagnostics()));
        pdf = HandbookPdf.read(out.resolve(PDF));
    }

    @Test
    void buildsAllThreeForms() {
        for (String file : List.of("shouce/index.html", "shouce/basics/index.html", "shouce/cases/index.html",
                "shouce/routes/index.html", "shouce/contacts/index.html", "shouce/print/index.html", PDF,
                "weiquan/index.html", "fagui/index.html")) {
            assertTrue(Files.isRegularFile(out.resolve(file)), "missing " + file);
        }
    }

    @Test
    void contentsPageNumbersAreThePrintedFolios() {
        pdf.assertContentsMatchFolios(List.of("前言", "第一章知识产权基础知识", "第二章商标", "第三章专利", "第四章地理标志",
                "第五章著作权、商业秘密与植物新品种", "第六章法律法规与政策", "第七章典型案例", "第八章维权途径",
                "附录一联系方式一览", "附录二常用查询网站和举报材料参考格式"));
    }

    @Test
    void pdfHasTheGeneratedChaptersAndAHotline() {
        String all = pdf.allText();
        assertTrue(all.contains("案例一"), "cases are numbered");
        assertTrue(all.contains("李某销售侵犯注册商标专用权白酒案"), "a case title");
        assertTrue(all.contains("《中华人民共和国商标法》"), "laws");
        assertTrue(all.contains("范川小米"), "GI products");
        assertTrue(all.contains("12345政务服务便民热线") && all.contains("0392-3326626"), "channels and a hotline");
        String lawsChapter = ipweek.testing.OutputTree.parse(out.resolve("shouce/print/index.html")).selectFirst("#ch-laws").text();
        assertTrue(lawsChapter.contains("《地理标志产品保护办法》") && !lawsChapter.contains("《地理标志产品保护规定》"),
                "the laws chapter lists the law in force, not the repealed one");
    }

    @Test
    void pdfIsABookletWithEmbeddedSubsetFonts() {
        assertEquals(0, pdf.pages().size() % 4, "saddle stitch: " + pdf.pages().size() + " pages");
        assertTrue(HandbookPdf.squeezed(pdf.pages().get(pdf.pages().size() - 1)).contains("免费赠阅"), "back cover last");
        assertTrue(pdf.pages().size() >= 40, "pages: " + pdf.pages().size());
        pdf.assertFontsEmbeddedAsSubsets();
    }

    @Test
    void pagesLeftEmptyForARightHandOpeningCarryNoRunningHeadOrFolio() {
        List<String> pages = pdf.pages().stream().map(HandbookPdf::squeezed).toList();
        int bare = 0;
        for (int i = 0; i + 1 < pages.size(); i++) {
            if (pages.get(i).isEmpty() && !pages.get(i + 1).isEmpty()) {
                bare++;
                assertTrue(pages.get(i + 1).matches("(前言|第[一二三四五六七八九十]+章|附录[一二三四五六七八九十]+).*"),
                        "a bare page " + (i + 1) + " comes before an opening, not " + pages.get(i + 1));
            }
        }
        assertTrue(bare >= 3, "chapters that end on a right-hand page are followed by a bare page: " + bare);
        for (int i = 0; i < pages.size(); i++) {
            String text = pages.get(i);
            assertTrue(!text.matches("(淇阳市市场主体知识产权维权保护手册)?([0-9]+|[ivxlc]+)"),
                    "page " + (i + 1) + " holds only a running head and a folio: " + text);
        }
    }

    @Test
    void isReproducible() throws IOException {
        Path again = dir.resolve("again");
        new SiteBuild(new BuildOptions(new SiteFolder(Path.of(".")), again, Optional.empty(), false,
                LocalDate.of(2026, 11, 22))).run();
        assertArrayEquals(Files.readAllBytes(out.resolve(PDF)), Files.readAllBytes(again.resolve(PDF)));
    }
}
