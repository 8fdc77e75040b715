package ipweek.render;

/**
 * The print page's page box, written into its {@code @page} rules: trim size and margins in millimetres (inner =
 * binding side), body text size in points (10.5 pt, 五号, on A5), and whether chapters open on right-hand pages.
 */
public record HandbookLayoutView(int widthMm, int heightMm, int topMm, int bottomMm, int innerMm, int outerMm,
                                 String bodyPt, boolean chaptersOnRight) {
}
