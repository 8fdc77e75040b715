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
        return plan(site, true);
    }

    /**
     * Every page, or every page but the search page and its index ({@code withSearch} false): indexing a large site
     * takes a while, and the preview server reloads the edited page first and brings the index up to date after it
     * ({@link #planSearch}).
     */
    public static List<PageJob> plan(Site site, boolean withSearch) {
        ViewFactory views = new ViewFactory(site);
        Sections sections = new Sections(views);
        ActivityPlanner activities = new ActivityPlanner(views);
        RightsViews rights = new RightsViews(site);
        List<Consumer<List<PageJob>>> planners = new ArrayList<>(List.of(
                new HomePlanner(views, sections)::plan,
                activities::plan,
                new NewsPlanner(views, new Tags(site.articles()))::plan,
                new ChannelPlanner(views, rights)::plan,
                new LawPlanner(views, rights)::plan,
                new HandbookPlanner(views, rights)::plan,
                new CasePlanner(views, new CaseViews(views, new CaseIndex(site)))::plan,
                new GiPlanner(views, new GiViews(views))::plan,
                new InfoPlanner(views, sections, activities)::plan));
        if (withSearch) {
            planners.add(new SearchPlanner(views)::plan);
        }
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

    /** The search page and the files of its index. */
    public static List<PageJob> planSearch(Site site) {
        List<PageJob> jobs = new ArrayList<>();
        new SearchPlanner(new ViewFactory(site)).plan(jobs);
        return List.copyOf(jobs);
    }
}
