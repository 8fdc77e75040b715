package ipweek.check;

import ipweek.diag.Diagnostics;
import ipweek.diag.Problem;
import ipweek.model.Law;
import ipweek.parse.LoadedContent;
import java.util.HashMap;
import java.util.Map;

/** Law ids are unique, and a repealed law's {@code replaced_by} names a law of the same file. */
final class LawRule implements Rule {

    @Override
    public void check(LoadedContent content, Diagnostics diagnostics) {
        Map<String, Law> byId = new HashMap<>();
        for (Law l : content.laws()) {
            Law first = byId.putIfAbsent(l.id(), l);
            if (first != null) {
                diagnostics.report(Problem.ENTRY_ID_DUPLICATE, l.at(), "id", l.id(), first.at().line());
            }
        }
        for (Law l : content.laws()) {
            if (!l.replacedBy().isEmpty() && !byId.containsKey(l.replacedBy())) {
                diagnostics.report(Problem.DATA_REF_UNKNOWN, l.at(), "replaced_by", "法规", l.replacedBy(),
                        "replaced_by 写 laws.yaml 中另一项的 id");
            }
        }
    }
}
