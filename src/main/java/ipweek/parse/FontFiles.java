package ipweek.parse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Tells TrueType font files from the others by their first four bytes. OpenHTMLtoPDF embeds TrueType outlines only:
 * OpenType fonts with CFF outlines ({@code OTTO}, the usual Noto/Source Han {@code .otf}) and collections
 * ({@code ttcf}) cannot be used, whatever the file is called.
 */
final class FontFiles {

    private FontFiles() {
    }

    /** Empty when {@code file} is a usable TrueType font, otherwise why not (in Chinese, for the message). */
    static Optional<String> whyNotTrueType(Path file) {
        byte[] head = new byte[4];
        try (InputStream in = Files.newInputStream(file)) {
            if (in.readNBytes(head, 0, 4) < 4) {
                return Optional.of("文件太短，不是字体文件");
            }
        } catch (IOException e) {
            return Optional.of("无法读取（" + e.getClass().getSimpleName() + "）");
        }
        String tag = new String(head, java.nio.charset.StandardCharsets.ISO_8859_1);
        if ((head[0] == 0 && head[1] == 1 && head[2] == 0 && head[3] == 0) || tag.equals("true")) {
            return Optional.empty();
        }
        return Optional.of(switch (tag) {
            case "OTTO" -> "这是 CFF 轮廓的 OpenType 字体";
            case "ttcf" -> "这是字体集合（.ttc），不是单个字体";
            case "wOFF", "wOF2" -> "这是网页字体（WOFF）";
            default -> "不是 TrueType 字体文件";
        });
    }
}
