package ipweek.parse;

import ipweek.diag.Diagnostics;
import ipweek.diag.Problem;
import ipweek.diag.SourceRef;
import ipweek.source.SourceFile;

/**
 * The text {@code ipweek new} puts where an editor still has to write something. Cases and GI products have no draft
 * flag, so a file with blanks left would otherwise go live with them: every line that still holds the marker gets a
 * warning (in YAML, only before a comment: the scaffolds' own comments name the marker).
 */
public final class Placeholders {

    public static final String MARKER = "【待填写】";

    private Placeholders() {
    }

    static void check(SourceFile file, Diagnostics diagnostics) {
        String text = file.text();
        if (!text.contains(MARKER)) {
            return;
        }
        boolean yaml = file.rel().endsWith(".yaml") || file.rel().endsWith(".yml");
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            int at = lines[i].indexOf(MARKER);
            int comment = yaml ? lines[i].indexOf('#') : -1;
            if (at >= 0 && (comment < 0 || at < comment)) {
                diagnostics.report(Problem.PLACEHOLDER_LEFT, SourceRef.at(file.rel(), i + 1, at + 1), "", MARKER);
            }
        }
    }
}
