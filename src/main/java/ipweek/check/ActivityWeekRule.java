package ipweek.check;

import ipweek.diag.Diagnostics;
import ipweek.diag.Problem;
import ipweek.model.Activity;
import ipweek.model.Week;
import ipweek.parse.LoadedContent;

/** Activities outside the week are allowed (some run longer) but are usually a typo in the year or month. */
final class ActivityWeekRule implements Rule {

    @Override
    public void check(LoadedContent content, Diagnostics diagnostics) {
        if (content.week().isEmpty()) {
            return;
        }
        Week week = content.week().get();
        for (Activity a : content.activities()) {
            if (a.end().isBefore(week.start()) || a.start().isAfter(week.end())) {
                diagnostics.report(Problem.ACTIVITY_OUTSIDE_WEEK, a.at(), "start", a.start(), week.start(), week.end());
            }
        }
    }
}
