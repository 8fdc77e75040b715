package ipweek.check;

import ipweek.diag.Diagnostics;
import ipweek.parse.LoadedContent;
import ipweek.parse.ParseCache;
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
        checkAll(content, diagnostics, ParseCache.none());
    }

    /** Runs every rule, except those whose parts of the content {@code cache} finds unchanged since the last build. */
    public static void checkAll(LoadedContent content, Diagnostics diagnostics, ParseCache cache) {
        for (Rule rule : ALL) {
            rule.reads(content).ifPresentOrElse(
                    parts -> cache.derived(rule, parts, found -> {
                        rule.check(content, found);
                        return rule;
                    }, diagnostics),
                    () -> rule.check(content, diagnostics));
        }
    }
}
