package ipweek.pdf;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;

/**
 * Characters of the handbook's text that its font cannot draw. OpenHTMLtoPDF has no fallback to other fonts, so
 * such a character (a rare 生僻字 in a name, an emoji) would simply be missing from the printed page.
 */
final class GlyphCheck {

    private GlyphCheck() {
    }

    /** The distinct characters of {@code text} (in order of appearance) that {@code font} has no glyph for. */
    static Set<String> missing(Path font, String text) throws IOException {
        Set<String> out = new LinkedHashSet<>();
        try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBufferedFile(font.toFile()))) {
            CmapLookup cmap = ttf.getUnicodeCmapLookup(false);
            if (cmap == null) {
                return out;
            }
            text.codePoints().filter(cp -> !Character.isWhitespace(cp) && !Character.isISOControl(cp)
                            && Character.getType(cp) != Character.FORMAT && cp != 0xA0)
                    .filter(cp -> cmap.getGlyphId(cp) == 0)
                    .forEach(cp -> out.add(new String(Character.toChars(cp))));
        }
        return out;
    }
}
