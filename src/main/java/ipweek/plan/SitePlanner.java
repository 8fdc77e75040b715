package ipweek.plan;

import ipweek.model.Site;
import java.util.ArrayList;
import java.util.List;

/** Turns a checked {@link Site} into every file to render, in a fixed order. */
public final class SitePlanner {

    private SitePlanner() {
    }

    public static List<PageJob> plan(Site site) {
        ViewFactory views = new ViewFactory(site);
        Sections sections = new Sections(views);
        ActivityPlanner activities = new ActivityPlanner(views);
        List<PageJob> jobs = new ArrayList<>();
        new HomePlanner(views, sections).plan(jobs);
        activities.plan(jobs);
        new NewsPlanner(views, new Tags(site.articles())).plan(jobs);
        RightsViews rights = new RightsViews(site);
        new ChannelPlanner(views, rights).plan(jobs);
        new LawPlanner(views, rights).plan(jobs);
        new HandbookPlanner(views, rights).plan(jobs);
        new CasePlanner(views, new CaseViews(views, new CaseIndex(site))).plan(jobs);
        new GiPlanner(views, new GiViews(views)).plan(jobs);
        new InfoPlanner(views, sections, activities).plan(jobs);
        new SearchPlanner(views).plan(jobs);
        new MachineFilesPlanner(views).plan(jobs);
        return List.copyOf(jobs);
    }
}
