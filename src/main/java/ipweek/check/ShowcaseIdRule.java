package ipweek.check;

import ipweek.diag.Diagnostics;
import ipweek.diag.Problem;
import ipweek.model.GiProduct;
import ipweek.model.Paths;
import ipweek.model.TypicalCase;
import ipweek.parse.LoadedContent;
import java.util.HashMap;
import java.util.Map;

/**
 * Cases are published at {@code anli/<id>/} and GI products at {@code dlbz/<id>/}: ids are unique, and none may take
 * the folder of a facet page ({@code anli/pici/}, {@code dlbz/baohu/} …).
 */
final class ShowcaseIdRule implements Rule {

    @Override
    public void check(LoadedContent content, Diagnostics diagnostics) {
        Map<String, TypicalCase> cases = new HashMap<>();
        content.caseBatches().stream().flatMap(b -> b.cases().stream()).forEach(c -> {
            TypicalCase first = cases.putIfAbsent(c.id(), c);
            if (first != null) {
                diagnostics.report(Problem.CASE_ID_DUPLICATE, c.at(), "id", c.id(), where(first.at()));
            } else if (Paths.CASE_FOLDERS.contains(c.id())) {
                diagnostics.report(Problem.OUTPUT_CLASH, c.at(), "id", Paths.typicalCase(c.id()), "典型案例的分类页");
            }
        });
        Map<String, GiProduct> products = new HashMap<>();
        for (GiProduct g : content.giProducts()) {
            GiProduct first = products.putIfAbsent(g.id(), g);
            if (first != null) {
                diagnostics.report(Problem.GI_ID_DUPLICATE, g.at(), "id", g.id(), where(first.at()));
            } else if (Paths.GI_FOLDERS.contains(g.id())) {
                diagnostics.report(Problem.OUTPUT_CLASH, g.at(), "id", Paths.giProduct(g.id()), "地理标志产品网上展的分类页");
            }
        }
    }

    private static String where(ipweek.diag.SourceRef at) {
        return at.hasLine() ? at.file() + " 第 " + at.line() + " 行" : at.file();
    }
}
