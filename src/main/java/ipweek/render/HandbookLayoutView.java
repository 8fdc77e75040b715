package ipweek.render;

import ipweek.model.Handbook;

/**
 * The print page's page box, written into its {@code @page} rules: trim size and margins in millimetres (inner =
 * binding side), body text size in points (10.5 pt, 五号, on A5), and whether chapters open on right-hand pages.
 */
public record HandbookLayoutView(int widthMm, int heightMm, int topMm, int bottomMm, int innerMm, int outerMm,
                                 String bodyPt, boolean chaptersOnRight) {

    /** The layout {@code handbook} asks for. */
    public static HandbookLayoutView of(Handbook handbook) {
        Handbook.Page p = handbook.page();
        return new HandbookLayoutView(p.size().widthMm(), p.size().heightMm(), p.top(), p.bottom(), p.inner(), p.outer(),
                p.size() == Handbook.PageSize.A4 ? "12" : "10.5", handbook.chaptersOnRight());
    }
}
