package ipweek.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;

class BookletTest {

    private static PDDocument pages(int n) {
        PDDocument doc = new PDDocument();
        for (int i = 0; i < n; i++) {
            doc.addPage(new PDPage(PDRectangle.A5));
        }
        return doc;
    }

    @Test
    void padsToAMultipleOfFourBeforeTheBackCover() throws IOException {
        try (PDDocument doc = pages(13)) {
            PDPage back = doc.getPage(12);
            assertEquals(3, Booklet.padForSaddleStitch(doc));
            assertEquals(16, doc.getNumberOfPages());
            assertEquals(back, doc.getPage(15), "the back cover stays last");
            assertEquals(PDRectangle.A5.getWidth(), doc.getPage(12).getMediaBox().getWidth(), "blanks have the page size");
        }
    }

    @Test
    void leavesAMultipleOfFourAlone() throws IOException {
        try (PDDocument doc = pages(16)) {
            assertEquals(0, Booklet.padForSaddleStitch(doc));
            assertEquals(16, doc.getNumberOfPages());
        }
    }

    @Test
    void labelsFrontMatterInRomanAndTheBodyFromOne() throws IOException {
        try (PDDocument doc = pages(8)) {
            Booklet.label(doc, 4);
            String[] labels = doc.getDocumentCatalog().getPageLabels().getLabelsByPageIndices();
            assertEquals(java.util.List.of("i", "ii", "iii", "iv", "1", "2", "3", "4"), java.util.List.of(labels));
        }
    }
}
