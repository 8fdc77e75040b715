package ipweek.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;

/** A built handbook PDF read back with PDFBox: the text of each page, and the checks every handbook must pass. */
public final class HandbookPdf {

    private final Path file;
    private final List<String> pages;

    private HandbookPdf(Path file, List<String> pages) {
        this.file = file;
        this.pages = List.copyOf(pages);
    }

    public static HandbookPdf read(Path file) {
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            List<String> out = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            for (int i = 1; i <= pdf.getNumberOfPages(); i++) {
                stripper.setStartPage(i);
                stripper.setEndPage(i);
                out.add(stripper.getText(pdf));
            }
            return new HandbookPdf(file, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<String> pages() {
        return pages;
    }

    /** Text without any spaces (letter-spaced headings come out as 第 一 章). */
    public static String squeezed(String text) {
        return text.replaceAll("[\\s\\u3000\\u00a0]+", "");
    }

    public String allText() {
        return squeezed(String.join("\n", pages));
    }

    /** The first page (0-based) whose text contains {@code text}, spaces ignored. */
    public int indexOf(String text) {
        for (int i = 0; i < pages.size(); i++) {
            if (squeezed(pages.get(i)).contains(text)) {
                return i;
            }
        }
        throw new AssertionError(text + " is on no page of " + file);
    }

    /**
     * Reads the contents page for each heading (label and title, spaces removed: 第一章知识产权基础知识) and checks that
     * the chapter opens on a right-hand page whose printed folio is the number the contents give, counting from the
     * first heading's page. Returns the numbers read.
     */
    public Map<String, Integer> assertContentsMatchFolios(List<String> headings) {
        int tocIndex = indexOf("目录");
        String toc = squeezed(pages.get(tocIndex));
        Map<String, Integer> listed = new LinkedHashMap<>();
        for (String heading : headings) {
            Matcher m = Pattern.compile(Pattern.quote(heading) + "\\.*(\\d+)").matcher(toc);
            assertTrue(m.find(), heading + " not in the contents: " + toc);
            listed.put(heading, Integer.parseInt(m.group(1)));
        }
        int firstBody = -1;
        for (Map.Entry<String, Integer> e : listed.entrySet()) {
            int opening = -1;
            for (int p = tocIndex + 1; p < pages.size(); p++) {
                if (squeezed(pages.get(p)).contains(e.getKey())) {
                    opening = p;
                    break;
                }
            }
            assertTrue(opening > 0, e.getKey() + " is printed nowhere");
            if (firstBody < 0) {
                firstBody = opening;
            }
            List<String> lines = pages.get(opening).lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
            assertEquals(Integer.toString(e.getValue()), lines.get(lines.size() - 1),
                    e.getKey() + ": the folio printed on its first page is the number in the contents");
            assertEquals(e.getValue(), opening - firstBody + 1, e.getKey() + ": folios count from the first chapter");
            assertEquals(0, opening % 2, e.getKey() + " opens on a right-hand page (odd page number, 0-based even)");
        }
        return listed;
    }

    /** Every font of every page is a CID TrueType font, embedded, as a subset ({@code ABCDEF+Name}); returns them. */
    public List<String> assertFontsEmbeddedAsSubsets() {
        List<String> names = new ArrayList<>();
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            for (PDPage page : pdf.getPages()) {
                PDResources res = page.getResources();
                for (COSName name : res.getFontNames()) {
                    PDFont font = res.getFont(name);
                    assertTrue(font instanceof PDType0Font, font.getName() + " is a CID font (CJK)");
                    assertTrue(((PDType0Font) font).getDescendantFont().isEmbedded(), font.getName() + " embedded");
                    assertTrue(font.getName().matches("[A-Z]{6}\\+.+"), font.getName() + " is a subset");
                    if (!names.contains(font.getName())) {
                        names.add(font.getName());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertTrue(!names.isEmpty(), "no fonts");
        return names;
    }
}
