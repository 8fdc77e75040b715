package ipweek.bake;

/**
 * Encodes text to UTF-8 into a buffer that is kept and reused, as {@code String.getBytes(UTF_8)} would (a lone
 * surrogate becomes {@code ?}), without making a string of the text first or a new array for its bytes.
 */
final class Utf8Buffer {

    private char[] chars = new char[32 * 1024];
    private byte[] bytes = new byte[96 * 1024];

    /** Encodes {@code text}; returns how many of {@link #bytes()} it filled. */
    int encode(StringBuilder text) {
        int n = text.length();
        if (chars.length < n) {
            chars = new char[Math.max(n, chars.length * 2)];
        }
        if (bytes.length < 3 * n) {
            bytes = new byte[Math.max(3 * n, bytes.length * 2)];
        }
        text.getChars(0, n, chars, 0);
        char[] c = chars;
        byte[] b = bytes;
        int out = 0;
        for (int i = 0; i < n; i++) {
            char ch = c[i];
            if (ch < 0x80) {
                b[out++] = (byte) ch;
            } else if (ch < 0x800) {
                b[out++] = (byte) (0xc0 | ch >> 6);
                b[out++] = (byte) (0x80 | ch & 0x3f);
            } else if (Character.isSurrogate(ch)) {
                if (Character.isHighSurrogate(ch) && i + 1 < n && Character.isLowSurrogate(c[i + 1])) {
                    int cp = Character.toCodePoint(ch, c[++i]);
                    b[out++] = (byte) (0xf0 | cp >> 18);
                    b[out++] = (byte) (0x80 | cp >> 12 & 0x3f);
                    b[out++] = (byte) (0x80 | cp >> 6 & 0x3f);
                    b[out++] = (byte) (0x80 | cp & 0x3f);
                } else {
                    b[out++] = '?';
                }
            } else {
                b[out++] = (byte) (0xe0 | ch >> 12);
                b[out++] = (byte) (0x80 | ch >> 6 & 0x3f);
                b[out++] = (byte) (0x80 | ch & 0x3f);
            }
        }
        return out;
    }

    /** The buffer {@link #encode} fills. */
    byte[] bytes() {
        return bytes;
    }
}
