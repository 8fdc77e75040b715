package ipweek.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ipweek.testing.Inodes;
import ipweek.testing.SiteFixture;
import ipweek.testing.TestSite;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A build into the published site reuses its handbook PDF while everything the PDF is made from is unchanged. */
class HandbookPdfReuseTest {

    static final String PDF = "shouce/weiquan-shouce-2026.pdf";
    static final String CHAPTER = "content/handbook/01-basics.md";

    @TempDir
    Path dir;
    private TestSite site;
    private Path out;

    @BeforeEach
    void publishOnce() {
        site = SiteFixture.published("handbook", dir);
        out = site.output();
    }

    private Object pdfInode() {
        return Inodes.of(out.resolve(PDF));
    }

    private String marker() throws Exception {
        return Files.readString(out.resolve(".ipweek-output"), StandardCharsets.UTF_8);
    }

    private void editChapter(String from, String to) throws Exception {
        String text = Files.readString(site.siteDir().resolve(CHAPTER), StandardCharsets.UTF_8);
        assertTrue(text.contains(from));
        site.file(CHAPTER, text.replace(from, to));
    }

    @Test
    void theSameHandbookKeepsItsPdfAndAnEditedOneGetsANewOne() throws Exception {
        Object first = pdfInode();
        assertTrue(marker().contains("handbook-pdf: " + PDF + " "), marker());
        site.build().assertOk();
        assertEquals(first, pdfInode(), "nothing the PDF is made from changed");

        editChapter("期满前十二个月内", "期满前十二个月内（可延长六个月宽展期）");
        site.build().assertOk();
        assertNotEquals(first, pdfInode(), "the chapter changed");
        site.assertOutputEqualsAFreshBuild(dir.resolve("fresh"));
    }

    @Test
    void anImageChangedUnderTheSameNameMakesANewPdf() throws Exception {
        String text = Files.readString(site.siteDir().resolve(CHAPTER), StandardCharsets.UTF_8);
        site.file(CHAPTER, text + "\n![维权流程图](../media/flow.png)\n");
        site.bytes("content/media/flow.png", png(java.awt.Color.RED));
        site.build().assertOk();
        assertTrue(marker().contains("media/"), "the image is one of the PDF's inputs: " + marker());
        Object red = pdfInode();
        site.build().assertOk();
        assertEquals(red, pdfInode());

        site.bytes("content/media/flow.png", png(java.awt.Color.BLUE));
        site.build().assertOk();
        assertNotEquals(red, pdfInode(), "same name, same print page, other picture");
    }

    private static byte[] png(java.awt.Color color) throws Exception {
        var image = new java.awt.image.BufferedImage(40, 30, java.awt.image.BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(color);
        g.fillRect(0, 0, 40, 30);
        g.dispose();
        var out = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    @Test
    void aPdfWhoseMakingWarnedIsMadeAgainAndWarnsAgain() throws Exception {
        editChapter("期满前十二个月内", "期满前十二个月内\uD83D\uDE00");
        site.build().assertOk().assertProblem("HANDBOOK_FONT_GLYPHS", "content/handbook/handbook.yaml");
        assertFalse(marker().contains("handbook-pdf"), marker());
        Object warned = pdfInode();
        site.build().assertOk().assertProblem("HANDBOOK_FONT_GLYPHS", "content/handbook/handbook.yaml");
        assertNotEquals(warned, pdfInode());
    }
}
