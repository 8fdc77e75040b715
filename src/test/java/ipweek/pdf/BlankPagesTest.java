package ipweek.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.junit.jupiter.api.Test;

/** Pages that paint only artifact text and lines (running heads, folios, backgrounds) lose their content. */
class BlankPagesTest {

    private static final String FOLIO = "/Artifact <</Type /Pagination>> BDC BT /F1 9 Tf 40 40 Td (12) Tj ET EMC\n";
    private static final String BACKGROUND = "/Artifact BMC 1 1 1 rg 0 0 100 100 re f EMC\n";

    private static PDPage page(PDDocument doc, String content) throws IOException {
        PDPage page = new PDPage(PDRectangle.A5);
        PDStream stream = new PDStream(doc);
        try (OutputStream out = stream.createOutputStream()) {
            out.write(content.getBytes(StandardCharsets.US_ASCII));
        }
        page.setContents(stream);
        doc.addPage(page);
        return page;
    }

    private static String content(PDPage page) throws IOException {
        return new String(page.getContents().readAllBytes(), StandardCharsets.US_ASCII);
    }

    @Test
    void emptiesAPageOfRunningHeadsAndFoliosOnly() throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage blank = page(doc, FOLIO + BACKGROUND + "/Artifact BMC /Artifact BMC BT (x) Tj ET EMC EMC\n");
            PDPage text = page(doc, FOLIO + "/P <</MCID 0>> BDC BT /F1 9 Tf 40 300 Td (a) Tj ET EMC\n");
            PDPage figure = page(doc, FOLIO + "/Figure <</MCID 0>> BDC /Im1 Do EMC\n");
            PDPage decoration = page(doc, FOLIO + "/Artifact BMC /Im1 Do EMC\n");
            PDPage untagged = page(doc, FOLIO + "0 0 10 10 re f\n");
            PDPage nothing = page(doc, "q Q\n");
            assertEquals(1, BlankPages.clear(doc));
            assertTrue(content(blank).isBlank(), "the blank page is bare: " + content(blank));
            for (PDPage kept : new PDPage[] {text, figure, decoration, untagged, nothing}) {
                assertFalse(content(kept).isBlank(), "a page with tagged, untagged or pictured content keeps it");
            }
        }
    }
}
