package ipweek.parse;

import ipweek.model.Activity;
import ipweek.model.Week;
import java.util.Set;

/**
 * Drops references to articles that exist but are not published in this build (drafts, articles dated after the build
 * date). A site is typically built before its week, while the news of the week is already written and scheduled:
 * those references appear on their own once the articles do.
 */
final class Unpublished {

    private Unpublished() {
    }

    static Activity withoutRelated(Activity a, Set<String> unpublished) {
        if (a.relatedArticles().stream().noneMatch(r -> unpublished.contains(r.slug()))) {
            return a;
        }
        return new Activity(a.id(), a.no(), a.title(), a.form(), a.start(), a.end(), a.time(), a.venue(), a.onlineUrl(),
                a.leadUnit(), a.partnerUnits(), a.audience(), a.summary(), a.cancelled(),
                a.relatedArticles().stream().filter(r -> !unpublished.contains(r.slug())).toList(), a.at());
    }

    static Week withoutPlanArticle(Week w, Set<String> unpublished) {
        if (w.plan().isEmpty() || !unpublished.contains(w.plan().get().articleSlug())) {
            return w;
        }
        Week.PlanDocument p = w.plan().get();
        return new Week(w.year(), w.edition(), w.start(), w.end(), w.nationalTheme(), w.worldTheme(), w.localTheme(),
                java.util.Optional.of(new Week.PlanDocument(p.title(), p.docNumber(), "", p.at())), w.keyDates(), w.at());
    }
}
