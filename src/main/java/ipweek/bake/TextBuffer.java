package ipweek.bake;

import java.io.Writer;

/**
 * A writer into a {@link StringBuilder}, kept and cleared between pages. FreeMarker writes a page in thousands of small
 * pieces; {@link java.io.StringWriter} takes a lock on every one and starts each page from an empty buffer.
 */
final class TextBuffer extends Writer {

    private final StringBuilder text = new StringBuilder(64 * 1024);

    void clear() {
        text.setLength(0);
    }

    /** What was written, to finish in place. */
    StringBuilder text() {
        return text;
    }

    @Override
    public void write(char[] chars, int off, int len) {
        text.append(chars, off, len);
    }

    @Override
    public void write(int c) {
        text.append((char) c);
    }

    @Override
    public void write(String s) {
        text.append(s);
    }

    @Override
    public void write(String s, int off, int len) {
        text.append(s, off, off + len);
    }

    @Override
    public Writer append(CharSequence s) {
        text.append(s);
        return this;
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
