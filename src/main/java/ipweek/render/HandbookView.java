package ipweek.render;

import java.util.List;

/**
 * The handbook's cover data and table of contents, for its contents page, its chapters, the print page and the home
 * page's download block. URLs are relative to the page; {@code pdfUrl} points at the PDF the build makes.
 */
public record HandbookView(
        String title,
        String subtitle,
        String edition,
        String compiler,
        String dateDisplay,
        String permitNo,
        String coverNote,
        String backCover,
        String pageSizeLabel,
        String bindingLabel,
        String webUrl,
        String printUrl,
        String pdfUrl,
        String pdfFileName,
        List<TocEntry> toc) {

    public HandbookView {
        toc = List.copyOf(toc);
    }

    /**
     * One line of the contents: {@code label} 第一章 / 附录一 / "" (unnumbered), the chapter's web page ({@code url})
     * and its anchor on the print page ({@code anchor}, where the PDF's contents take their page numbers from).
     */
    public record TocEntry(String id, String label, String title, String url, String anchor, boolean appendix,
                           boolean current) {
    }
}
