package ipweek.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * docs/problems.md, the editors' list of every problem code with its severity, message and hint, is made from
 * {@link Problem} and Messages.properties: this test fails when the two drift apart, and with
 * {@code -Dipweek.docs.write=true} it writes the file anew.
 */
class ProblemReferenceTest {

    static final Path DOC = Path.of("docs/problems.md");

    /** Each {@code {0}}, {@code {1}} … shown as “…”. */
    private static final Object[] BLANKS = {"…", "…", "…", "…", "…", "…"};

    static String reference() {
        StringBuilder sb = new StringBuilder();
        sb.append("# 全部提示代码\n\n");
        sb.append("`ipweek build`、`check` 和 `serve` 报告的每一种错误和警告。每条提示前面是文件、行号和列号，方括号里是下面的代码；\n");
        sb.append("“…”处是提示里填入的具体内容。**错误**会让生成失败（原有的网站不变），**警告**只提示。常见的几种另见\n");
        sb.append("[编辑工作流程](editing.md)的“常见错误与改法”。\n\n");
        sb.append("本文件由测试 `ProblemReferenceTest` 根据程序里的提示文字生成，请不要手工修改。\n\n");
        sb.append("| 代码 | 级别 | 提示 | 怎么改 |\n|---|---|---|---|\n");
        for (Problem p : Problem.values()) {
            sb.append("| `").append(p.name()).append("` | ").append(p.severity().label()).append(" | ")
                    .append(cell(Messages.message(p, BLANKS))).append(" | ").append(cell(Messages.hint(p, BLANKS)))
                    .append(" |\n");
        }
        return sb.toString();
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }

    @Test
    void docsListEveryProblemAsTheToolSaysIt() throws IOException {
        String expected = reference();
        if (Boolean.getBoolean("ipweek.docs.write")) {
            Files.writeString(DOC, expected, StandardCharsets.UTF_8);
        }
        assertEquals(expected, Files.exists(DOC) ? Files.readString(DOC, StandardCharsets.UTF_8) : "",
                "docs/problems.md is out of date: mvn test -Dtest=ProblemReferenceTest -Dipweek.docs.write=true");
    }
}
