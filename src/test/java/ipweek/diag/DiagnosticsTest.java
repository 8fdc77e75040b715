package ipweek.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The problems of a build come out sorted by place, each once however often it was reported. */
class DiagnosticsTest {

    private static Diagnostic warning(String file, int line, String message, String hint) {
        return new Diagnostic(Severity.WARNING, "X", SourceRef.at(file, line, 1), "", message, hint);
    }

    @Test
    void sortsByPlaceAndDropsRepeatsWhereverTheyWereReported() {
        Diagnostics diagnostics = new Diagnostics();
        Diagnostic b = warning("b.md", 1, "乙", "");
        Diagnostic a2 = warning("a.md", 2, "甲二", "");
        Diagnostic a1 = warning("a.md", 1, "甲一", "提示一");
        Diagnostic a1OtherHint = warning("a.md", 1, "甲一", "提示二"); // same place and message, not the same problem
        diagnostics.addAll(List.of(b, a1, a2, a1OtherHint));
        diagnostics.addAll(List.of(warning("a.md", 1, "甲一", "提示一"), b)); // a cached file's problems replayed
        assertEquals(List.of(a1, a1OtherHint, a2, b), diagnostics.sorted());
    }
}
