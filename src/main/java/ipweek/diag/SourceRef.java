package ipweek.diag;

import java.util.Objects;

/**
 * Where a value came from: a file relative to the site folder (always with forward slashes), a 1-based line and
 * column, and -1 where the position is unknown.
 */
public record SourceRef(String file, int line, int column) implements Comparable<SourceRef> {

    public SourceRef {
        Objects.requireNonNull(file, "file");
        if (line < -1 || line == 0 || column < -1 || column == 0) {
            throw new IllegalArgumentException("positions are 1-based or -1: " + line + ":" + column);
        }
    }

    public static SourceRef file(String file) {
        return new SourceRef(file, -1, -1);
    }

    public static SourceRef at(String file, int line, int column) {
        return new SourceRef(file, line, column);
    }

    public boolean hasLine() {
        return line > 0;
    }

    /** The same file, moved down by {@code lines} (front matter sits below the {@code ---} line). */
    public SourceRef shiftLines(int lines) {
        return hasLine() ? new SourceRef(file, line + lines, column) : this;
    }

    @Override
    public int compareTo(SourceRef o) {
        int c = file.compareTo(o.file);
        if (c != 0) {
            return c;
        }
        c = Integer.compare(line, o.line);
        return c != 0 ? c : Integer.compare(column, o.column);
    }

    @Override
    public String toString() {
        if (!hasLine()) {
            return file;
        }
        return column > 0 ? file + ":" + line + ":" + column : file + ":" + line;
    }
}
