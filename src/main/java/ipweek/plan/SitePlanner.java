package ipweek.plan;

import ipweek.model.Site;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Turns a checked {@link Site} into every file to render, in a fixed order. */
public final class SitePlanner {

    private SitePlanner() {
    }

    public static List<PageJob> plan(Site site) {
        ViewFactory views = new ViewFactory(site);
        Sections sections = new Sections(views);
        ActivityPlanner activities = new ActivityPlanner(views);
        RightsViews rights = new RightsViews(site);
        List<Consumer<List<PageJob>>> planners = List.of(
                new HomePlanner(views, sections)::plan,
                activities::plan,
                new NewsPlanner(views, new Tags(site.articles()))::plan,
                new ChannelPlanner(views, rights)::plan,
                new LawPlanner(views, rights)::plan,
                new HandbookPlanner(views, rights)::plan,
                new CasePlanner(views, new CaseViews(views, new CaseIndex(site)))::plan,
                new GiPlanner(views, new GiViews(views))::plan,
                new InfoPlanner(views, sections, activities)::plan,
                new SearchPlanner(views)::plan);
        // The planners only read the model and their views (built above), so they run side by side; the pages are
        // joined in the order listed, whatever the timing.
        List<PageJob> jobs = new ArrayList<>(planners.parallelStream().flatMap(planner -> {
            List<PageJob> part = new ArrayList<>();
            planner.accept(part);
            return part.stream();
        }).toList());
        new MachineFilesPlanner(views).plan(jobs); // the site map lists the pages planned above
        return List.copyOf(jobs);
    }
}
