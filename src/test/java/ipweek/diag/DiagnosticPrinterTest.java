package ipweek.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class DiagnosticPrinterTest {

    @Test
    void printsLikeACompilerWithTheLineAndACaret() {
        Diagnostic d = new Diagnostic(Severity.ERROR, "FIELD_REQUIRED", SourceRef.at("content/a.md", 3, 7), "source",
                "缺少必填字段“source”", "补上");
        DiagnosticPrinter printer = new DiagnosticPrinter((file, line) -> Optional.of("date: x"));
        assertEquals("""
                content/a.md:3:7: 错误 [FIELD_REQUIRED] 缺少必填字段“source”（字段：source）
                    date: x
                          ^
                    提示：补上
                """, printer.format(d));
    }

    @Test
    void givesWideCharactersTwoColumns() {
        Diagnostic d = new Diagnostic(Severity.WARNING, "X", SourceRef.at("a", 1, 4), "", "m", "");
        DiagnosticPrinter printer = new DiagnosticPrinter((file, line) -> Optional.of("标题：x"));
        assertEquals("a:1:4: 警告 [X] m\n    标题：x\n          ^\n", printer.format(d));
    }

    @Test
    void everyProblemHasAMessageAndAHint() {
        for (Problem p : Problem.values()) {
            Messages.message(p, "a", "b", "c");
            assertEquals(false, Messages.hint(p, "a", "b", "c").isEmpty(), p + " has no hint");
        }
    }
}
