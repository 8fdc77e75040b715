package ipweek.source;

import ipweek.diag.Diagnostics;
import ipweek.diag.Problem;
import ipweek.diag.SourceRef;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Reads a text file strictly as UTF-8. Files from Windows editors are the usual trouble: a GBK file gets its own
 * message saying how to re-save it, a BOM is dropped with a warning, CRLF line ends are normalised with a warning
 * (once per file, at the first one) that says how to switch the editor to LF.
 */
public final class SourceReader {

    /** Larger text files are refused: nobody writes a 10 MB article, and it keeps a bad file from eating memory. */
    public static final long MAX_BYTES = 10L * 1024 * 1024;

    private static final Charset GBK = Charset.forName("GBK");

    private final Diagnostics diagnostics;

    public SourceReader(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    public Optional<SourceFile> read(Path path, String rel) {
        SourceRef where = SourceRef.file(rel);
        byte[] bytes;
        try {
            long size = Files.size(path);
            if (size > MAX_BYTES) {
                diagnostics.report(Problem.FILE_TOO_LARGE, where, "", size / 1024 / 1024, MAX_BYTES / 1024 / 1024);
                return Optional.empty();
            }
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            diagnostics.report(Problem.FILE_UNREADABLE, where, "", e.getClass().getSimpleName());
            return Optional.empty();
        }
        int offset = 0;
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
            diagnostics.report(Problem.ENCODING_BOM, where, "");
            offset = 3;
        }
        String text;
        try {
            text = strict(StandardCharsets.UTF_8, bytes, offset);
        } catch (CharacterCodingException e) {
            diagnostics.report(looksLikeGbk(bytes) ? Problem.ENCODING_GBK : Problem.ENCODING_INVALID,
                    firstBadLine(bytes, offset, rel), "");
            return Optional.empty();
        }
        if (text.indexOf('\0') >= 0) {
            diagnostics.report(Problem.ENCODING_INVALID, where, "");
            return Optional.empty();
        }
        int cr = text.indexOf('\r');
        if (cr >= 0) {
            diagnostics.report(Problem.LINE_ENDINGS_CRLF, SourceRef.at(rel, lineOf(text, cr), 1), "");
            text = text.replace("\r\n", "\n").replace('\r', '\n');
        }
        return Optional.of(new SourceFile(rel, path, text));
    }

    /** The 1-based line that holds {@code index}. */
    private static int lineOf(String text, int index) {
        return (int) text.substring(0, index).chars().filter(c -> c == '\n').count() + 1;
    }

    private static String strict(Charset charset, byte[] bytes, int offset) throws CharacterCodingException {
        return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
                .toString();
    }

    private static boolean looksLikeGbk(byte[] bytes) {
        try {
            String text = strict(GBK, bytes, 0);
            return text.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** The line of the first byte that is not UTF-8, so the editor knows where to look. */
    private static SourceRef firstBadLine(byte[] bytes, int offset, String rel) {
        int line = 1;
        int i = offset;
        while (i < bytes.length) {
            int b = bytes[i] & 0xff;
            int len = b < 0x80 ? 1 : (b >> 5) == 0x6 ? 2 : (b >> 4) == 0xE ? 3 : (b >> 3) == 0x1E ? 4 : -1;
            if (len < 0 || i + len > bytes.length) {
                break;
            }
            boolean ok = true;
            for (int k = 1; k < len; k++) {
                ok &= (bytes[i + k] & 0xC0) == 0x80;
            }
            if (!ok) {
                break;
            }
            if (b == '\n') {
                line++;
            }
            i += len;
        }
        return SourceRef.at(rel, line, 1);
    }
}
