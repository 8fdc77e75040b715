package ipweek.parse;

import ipweek.diag.Diagnostics;
import ipweek.diag.Problem;
import ipweek.diag.SourceRef;
import ipweek.source.SourceFile;
import java.util.Optional;

/** Splits {@code ---}-fenced YAML front matter from a Markdown body. */
public final class FrontMatterSplitter {

    private FrontMatterSplitter() {
    }

    public static Optional<FrontMatter> split(SourceFile file, Diagnostics diagnostics) {
        String text = file.text();
        if (!(text.startsWith("---\n") || text.equals("---"))) {
            diagnostics.report(Problem.FRONT_MATTER_MISSING, SourceRef.at(file.rel(), 1, 1), "");
            return Optional.empty();
        }
        int start = 4;
        int pos = start;
        int line = 2;
        while (pos <= text.length()) {
            int end = text.indexOf('\n', pos);
            String current = end < 0 ? text.substring(pos) : text.substring(pos, end);
            if (current.equals("---") || current.equals("...")) {
                String yaml = text.substring(start, pos);
                String body = end < 0 ? "" : text.substring(end + 1);
                return Optional.of(new FrontMatter(yaml, 2, body, line + 1));
            }
            if (end < 0) {
                break;
            }
            pos = end + 1;
            line++;
        }
        diagnostics.report(Problem.FRONT_MATTER_UNCLOSED, SourceRef.at(file.rel(), 1, 1), "");
        return Optional.empty();
    }
}
