package ipweek.diag;

import java.io.PrintStream;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * Prints problems like a compiler: {@code file:line:col: 错误 [CODE] message}, the offending source line, a caret
 * under the column, and the hint. Problems come grouped by file because {@link Diagnostics#sorted()} orders by file.
 */
public final class DiagnosticPrinter {

    private final BiFunction<String, Integer, Optional<String>> sourceLine;

    /** @param sourceLine gives the text of a 1-based line of a site file, if it was read */
    public DiagnosticPrinter(BiFunction<String, Integer, Optional<String>> sourceLine) {
        this.sourceLine = sourceLine;
    }

    public void print(List<Diagnostic> diagnostics, PrintStream out) {
        for (Diagnostic d : diagnostics) {
            out.print(format(d));
        }
    }

    public String format(Diagnostic d) {
        StringBuilder sb = new StringBuilder();
        sb.append(d.where()).append(": ").append(d.severity().label())
                .append(" [").append(d.code()).append("] ").append(d.message());
        if (!d.field().isEmpty()) {
            sb.append("（字段：").append(d.field()).append('）');
        }
        sb.append('\n');
        if (d.where().hasLine()) {
            sourceLine.apply(d.where().file(), d.where().line()).ifPresent(line -> {
                sb.append("    ").append(line).append('\n');
                if (d.where().column() > 0) {
                    sb.append("    ").append(caretPad(line, d.where().column())).append("^\n");
                }
            });
        }
        if (!d.hint().isEmpty()) {
            sb.append("    提示：").append(d.hint()).append('\n');
        }
        return sb.toString();
    }

    /** Spaces up to the column; CJK characters take two cells in a terminal, so they get two spaces. */
    private static String caretPad(String line, int column) {
        StringBuilder pad = new StringBuilder();
        int limit = Math.min(column - 1, line.length());
        for (int i = 0; i < limit; i++) {
            char c = line.charAt(i);
            if (c == '\t') {
                pad.append('\t');
            } else {
                pad.append(isWide(c) ? "  " : " ");
            }
        }
        return pad.toString();
    }

    private static boolean isWide(char c) {
        Character.UnicodeBlock block = Character.UnicodeBlock.of(c);
        return block == Character.UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS
                || block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                || block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS
                || block == Character.UnicodeBlock.CJK_COMPATIBILITY_IDEOGRAPHS;
    }

    /** The closing line: how many errors and warnings. */
    public static String summary(long errors, long warnings) {
        return Messages.text("summary.problems", errors, warnings);
    }
}
