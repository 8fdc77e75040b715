package ipweek.check;

import ipweek.diag.Diagnostics;
import ipweek.parse.LoadedContent;
import java.util.List;

/** The cross-file rules every build runs after loading. */
public final class Rules {

    private static final List<Rule> ALL = List.of(
            new UniqueArticleSlugRule(),
            new ActivityNumberingRule(),
            new ActivityWeekRule(),
            new ReferenceRule(),
            new PageSlugRule(),
            new ChannelRule(),
            new LawRule(),
            new HandbookRule(),
            new SectionDataRule(),
            new CaseNumberingRule(),
            new CaseDateRule(),
            new CaseFineLimitRule(),
            new ShowcaseIdRule(),
            new ShowcaseNavRule());

    private Rules() {
    }

    public static void checkAll(LoadedContent content, Diagnostics diagnostics) {
        ALL.forEach(rule -> rule.check(content, diagnostics));
    }
}
