package ipweek.check;

import ipweek.diag.Diagnostics;
import ipweek.diag.Problem;
import ipweek.model.Activity;
import ipweek.model.Article;
import ipweek.parse.LoadedContent;
import java.util.Set;
import java.util.stream.Collectors;

/** Slugs named in YAML (an activity's related articles, the week's plan article) must be published articles. */
final class ReferenceRule implements Rule {

    @Override
    public void check(LoadedContent content, Diagnostics diagnostics) {
        Set<String> slugs = content.articles().stream().map(Article::slug).collect(Collectors.toSet());
        for (Activity a : content.activities()) {
            for (Activity.ArticleRef ref : a.relatedArticles()) {
                if (!slugs.contains(ref.slug())) {
                    diagnostics.report(Problem.REF_UNKNOWN, ref.at(), "related.articles", ref.slug());
                }
            }
        }
        content.week().flatMap(w -> w.plan()).ifPresent(plan -> {
            if (!plan.articleSlug().isEmpty() && !slugs.contains(plan.articleSlug())) {
                diagnostics.report(Problem.REF_UNKNOWN, plan.at(), "plan_document.article", plan.articleSlug());
            }
        });
    }
}
