package ipweek.pdf;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDStream;

/**
 * The pages the layout engine leaves empty so that a chapter opens on a right-hand page still carry the running head
 * and folio of their page box; a printed book leaves such a page bare, and CSS would say so with {@code @page :blank},
 * which OpenHTMLtoPDF does not support. In the tagged PDF ipweek makes, running heads, folios and box backgrounds are
 * marked as artifacts and everything a reader reads is tagged content, so a page that paints nothing but artifact text
 * and lines is one of those empty pages: its content is removed. A page with a picture on it is kept, even when the
 * picture is decorative (an artifact too): a designer put it there.
 */
final class BlankPages {

    /** Operators that put text and paths on the page. */
    private static final Set<String> PAINTING = Set.of("Tj", "TJ", "'", "\"", "f", "F", "f*", "B", "B*", "b", "b*", "S",
            "s");
    /** Operators that draw images, forms and shadings. */
    private static final Set<String> PICTURES = Set.of("Do", "BI", "sh");

    private BlankPages() {
    }

    /** Empties every page that paints only artifacts; returns how many. */
    static int clear(PDDocument doc) throws IOException {
        int cleared = 0;
        for (PDPage page : doc.getPages()) {
            if (page.hasContents() && paintsOnlyArtifacts(page)) {
                page.setContents(new PDStream(doc));
                cleared++;
            }
        }
        return cleared;
    }

    /** Whether the page paints artifact text or lines and nothing else: no tagged content, no picture. */
    static boolean paintsOnlyArtifacts(PDPage page) throws IOException {
        PDFStreamParser parser = new PDFStreamParser(page);
        Deque<Boolean> inArtifact = new ArrayDeque<>(); // one entry per open marked-content sequence
        List<COSBase> operands = new ArrayList<>();
        boolean painted = false;
        for (Object token = parser.parseNextToken(); token != null; token = parser.parseNextToken()) {
            if (!(token instanceof Operator operator)) {
                operands.add((COSBase) token);
                continue;
            }
            String name = operator.getName();
            boolean artifact = Boolean.TRUE.equals(inArtifact.peek());
            if (name.equals("BDC") || name.equals("BMC")) {
                boolean opensArtifact = !operands.isEmpty() && COSName.ARTIFACT.equals(operands.get(0));
                if (!artifact && !opensArtifact) {
                    return false; // tagged content: a paragraph, heading, figure …
                }
                inArtifact.push(true);
            } else if (name.equals("EMC")) {
                inArtifact.poll();
            } else if (PICTURES.contains(name)) {
                return false; // an image or shading, even a decorative one, is something a designer put there
            } else if (PAINTING.contains(name)) {
                if (!artifact) {
                    return false;
                }
                painted = true;
            }
            operands.clear();
        }
        return painted;
    }
}
