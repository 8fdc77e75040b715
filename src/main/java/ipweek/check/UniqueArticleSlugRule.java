package ipweek.check;

import ipweek.diag.Diagnostics;
import ipweek.diag.Problem;
import ipweek.model.Article;
import ipweek.parse.LoadedContent;
import java.util.HashMap;
import java.util.Map;

/** Two articles with one slug would be one URL (or two URLs editors cannot tell apart): each slug once. */
final class UniqueArticleSlugRule implements Rule {

    @Override
    public void check(LoadedContent content, Diagnostics diagnostics) {
        Map<String, Article> seen = new HashMap<>();
        for (Article a : content.articles()) {
            Article first = seen.putIfAbsent(a.slug(), a);
            if (first != null) {
                diagnostics.report(Problem.SLUG_DUPLICATE, a.at(), "slug", a.slug(), first.at().file());
            }
        }
    }
}
