package ipweek.pdf;

import java.io.IOException;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageTree;
import org.apache.pdfbox.pdmodel.PageMode;
import org.apache.pdfbox.pdmodel.common.PDPageLabelRange;
import org.apache.pdfbox.pdmodel.common.PDPageLabels;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

/**
 * Turns the rendered pages into a booklet: blank pages before the back cover until the count is a multiple of 4
 * (a saddle-stitched booklet is folded sheets of 4 pages), and page labels that match the printed folios (front
 * matter i, ii …; the body from 1), so a reader's "go to page 12" lands on the page numbered 12.
 */
final class Booklet {

    private Booklet() {
    }

    /** Pads to a multiple of 4 by inserting blank pages before the last one (the back cover); returns how many. */
    static int padForSaddleStitch(PDDocument doc) {
        int pages = doc.getNumberOfPages();
        int missing = (4 - pages % 4) % 4;
        if (missing == 0 || pages == 0) {
            return 0;
        }
        PDPageTree tree = doc.getPages();
        PDPage last = tree.get(pages - 1);
        for (int i = 0; i < missing; i++) {
            PDPage blank = new PDPage(last.getMediaBox());
            tree.insertBefore(blank, last);
        }
        return missing;
    }

    /** Viewers open the PDF with its bookmarks panel and show the title, not the file name; the text is Chinese. */
    static void openWithBookmarks(PDDocument doc) {
        PDViewerPreferences prefs = doc.getDocumentCatalog().getViewerPreferences();
        if (prefs == null) {
            prefs = new PDViewerPreferences(new COSDictionary());
        }
        prefs.setDisplayDocTitle(true);
        doc.getDocumentCatalog().setViewerPreferences(prefs);
        doc.getDocumentCatalog().setPageMode(PageMode.USE_OUTLINES);
        doc.getDocumentCatalog().setLanguage("zh-CN");
    }

    /** Front matter up to {@code firstBodyPage} (0-based) in lower-case roman numerals, then 1, 2, 3 … */
    static void label(PDDocument doc, int firstBodyPage) throws IOException {
        PDPageLabels labels = new PDPageLabels(doc);
        PDPageLabelRange front = new PDPageLabelRange();
        front.setStyle(PDPageLabelRange.STYLE_ROMAN_LOWER);
        labels.setLabelItem(0, front);
        if (firstBodyPage > 0) {
            PDPageLabelRange body = new PDPageLabelRange();
            body.setStyle(PDPageLabelRange.STYLE_DECIMAL);
            body.setStart(1);
            labels.setLabelItem(firstBodyPage, body);
        }
        doc.getDocumentCatalog().setPageLabels(labels);
    }
}
