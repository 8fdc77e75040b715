package ipweek.check;

import ipweek.diag.Diagnostics;
import ipweek.diag.Problem;
import ipweek.model.Activity;
import ipweek.parse.LoadedContent;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;

/** Activity ids are unique, and numbers ({@code no}) run 1, 2, 3 … without gaps or repeats, as plans print them. */
final class ActivityNumberingRule implements Rule {

    @Override
    public void check(LoadedContent content, Diagnostics diagnostics) {
        Map<String, Activity> ids = new HashMap<>();
        Map<Integer, Activity> numbers = new HashMap<>();
        for (Activity a : content.activities()) {
            Activity first = ids.putIfAbsent(a.id(), a);
            if (first != null) {
                diagnostics.report(Problem.ID_DUPLICATE, a.at(), "id", a.id(), first.at().line());
            }
            Activity sameNo = numbers.putIfAbsent(a.no(), a);
            if (sameNo != null) {
                diagnostics.report(Problem.NUMBER_SEQUENCE, a.at(), "no", a.no(), "与第 " + sameNo.at().line() + " 行的活动重复");
            }
        }
        TreeSet<Integer> sorted = new TreeSet<>(numbers.keySet());
        int expected = 1;
        for (int no : sorted) {
            if (no != expected) {
                diagnostics.report(Problem.NUMBER_SEQUENCE, numbers.get(no).at(), "no", no, "应为 " + expected + "（序号须从 1 开始连续编排）");
                break;
            }
            expected++;
        }
    }
}
