package ipweek.pdf;

import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The built print page ({@code shouce/print/index.html}) prepared for OpenHTMLtoPDF: parsed as HTML5 by jsoup (so
 * the page stays ordinary HTML for browsers) and handed over as a W3C DOM, with the PDF's bookmarks added: the
 * contents, then each chapter ({@code section.chapter} with {@code data-title}) and its sections ({@code h3}).
 */
final class PrintDocument {

    private final Document html;

    private PrintDocument(Document html) {
        this.html = html;
    }

    static PrintDocument load(String html, Path printPage) {
        Document doc = Jsoup.parse(html, printPage.toFile().getAbsolutePath());
        Element bookmarks = new Element("bookmarks");
        Element toc = doc.selectFirst("nav.toc[id]");
        if (toc != null) {
            bookmarks.appendChild(bookmark("目录", toc.id()));
        }
        for (Element chapter : doc.select("section.chapter[id]")) {
            Element mark = bookmark(chapter.attr("data-title"), chapter.id());
            int n = 0;
            for (Element heading : chapter.select("h3")) {
                n++;
                if (heading.id().isEmpty()) {
                    heading.id(chapter.id() + "-" + n);
                }
                mark.appendChild(bookmark(heading.text(), heading.id()));
            }
            bookmarks.appendChild(mark);
        }
        doc.head().appendChild(bookmarks);
        return new PrintDocument(doc);
    }

    private static Element bookmark(String name, String id) {
        return new Element("bookmark").attr("name", name).attr("href", "#" + id);
    }

    /** All the text a reader will see, for checking that the font has every character. */
    String text() {
        return html.body().text() + html.title();
    }

    /**
     * Puts {@code count} copies of the page's notes page (the hidden {@code section.notes-page} the template
     * provides) before the back cover; false when the template has none.
     */
    boolean addNotesPages(int count) {
        Element template = html.selectFirst("section.notes-page[hidden]");
        if (template == null) {
            return false;
        }
        for (int i = 0; i < count; i++) {
            Element page = template.clone().removeAttr("hidden");
            template.before(page);
        }
        return true;
    }

    org.w3c.dom.Document toW3c() {
        return W3CDom.convert(html);
    }
}
