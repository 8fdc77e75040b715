package ipweek.check;

import ipweek.diag.Diagnostics;
import ipweek.diag.Problem;
import ipweek.model.CaseBatch;
import ipweek.model.CaseSequence;
import ipweek.model.TypicalCase;
import ipweek.parse.LoadedContent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The cases of a batch are numbered as the publisher numbered them. A {@code sequence} written in a case is that
 * official number (案例三), so its values run 1, 2, 3 … without gaps or repeats — an error otherwise. The number a
 * file name starts with only orders the files: it may start at 0 or 1 and must not repeat or skip, but the page numbers
 * cases by their place either way, so that is a warning. A batch's {@code expected_count} is compared with the cases
 * it really has, and a batch without cases (as {@code ipweek new batch} makes it) is pointed out: it would publish an
 * empty batch page.
 */
final class CaseNumberingRule implements Rule {

    @Override
    public void check(LoadedContent content, Diagnostics diagnostics) {
        for (CaseBatch batch : content.caseBatches()) {
            if (batch.cases().isEmpty()) {
                diagnostics.report(Problem.CASE_BATCH_EMPTY, batch.at(), "", batch.title(), batch.id());
            }
            declared(batch, CaseSequence.Origin.FIELD, diagnostics);
            declared(batch, CaseSequence.Origin.FILE_NAME, diagnostics);
            unnumberedFiles(batch, diagnostics);
            batch.expectedCount().ifPresent(expected -> {
                if (expected.count() != batch.cases().size()) {
                    diagnostics.report(Problem.CASE_COUNT_MISMATCH, expected.at(), "expected_count", expected.count(),
                            batch.cases().size());
                }
            });
        }
    }

    private static void declared(CaseBatch batch, CaseSequence.Origin origin, Diagnostics diagnostics) {
        boolean field = origin == CaseSequence.Origin.FIELD;
        Problem problem = field ? Problem.CASE_SEQUENCE : Problem.CASE_FILE_ORDER;
        String fieldName = field ? "sequence" : "";
        Map<Integer, TypicalCase> byNumber = new TreeMap<>();
        for (TypicalCase c : batch.cases()) {
            if (c.sequence().isEmpty() || c.sequence().get().origin() != origin) {
                continue;
            }
            CaseSequence s = c.sequence().get();
            TypicalCase first = byNumber.putIfAbsent(s.number(), c);
            if (first != null) {
                diagnostics.report(problem, s.at(), fieldName, s.number(), "与 " + name(first, field) + " 重复");
            }
        }
        if (byNumber.isEmpty()) {
            return;
        }
        List<Integer> numbers = new ArrayList<>(byNumber.keySet());
        int start = field ? 1 : Math.min(1, Math.max(0, numbers.get(0)));
        int expected = start;
        for (int number : numbers) {
            if (number != expected) {
                String why = expected == start
                        ? "应为 " + expected + "（" + (field ? "序号从 1 开始" : "文件名序号从 0 或 1 开始") + "，依次加 1）"
                        : "应为 " + expected + "（前面的序号到 " + (expected - 1) + " 为止，中间不能跳号）";
                diagnostics.report(problem, byNumber.get(number).sequence().orElseThrow().at(), fieldName, number, why);
                return;
            }
            expected++;
        }
    }

    /** In a folder of case files, a file without a number has no place the editors chose. */
    private static void unnumberedFiles(CaseBatch batch, Diagnostics diagnostics) {
        for (TypicalCase c : batch.cases()) {
            boolean ownFile = !c.at().file().equals(batch.at().file());
            if (ownFile && c.sequence().isEmpty()) {
                diagnostics.report(Problem.CASE_FILE_ORDER, ipweek.diag.SourceRef.file(c.at().file()), "", "（无）",
                        "文件名开头没有序号，已按文件名排在有序号的案例之后，显示为第 " + c.position() + " 件");
            }
        }
    }

    private static String name(TypicalCase c, boolean field) {
        return field ? c.at().file() + " 第 " + c.sequence().orElseThrow().at().line() + " 行" : c.at().file();
    }

    @Override
    public Optional<Object> reads(LoadedContent content) {
        return Optional.of(content.caseBatches());
    }
}
