package ipweek.plan;

import ipweek.model.Site;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/** Turns a checked {@link Site} into every file to render, in a fixed order. */
public final class SitePlanner {

    private SitePlanner() {
    }

    public static List<PageJob> plan(Site site) {
        return plan(site, true, PlanMemo.none());
    }

    /**
     * Every page, or every page but the search page and its index ({@code withSearch} false): indexing a large site
     * takes a while, and the preview server reloads the edited page first and brings the index up to date after it
     * ({@link #planSearch}). The planners of the big sections — news, cases, GI products, the rights pages — each
     * see only the parts of the site they show ({@link SitePart}) and keep their pages in {@code memo} while those
     * parts are unchanged; the home, activity and info pages show a bit of everything and are few, so they are
     * always planned again.
     */
    public static List<PageJob> plan(Site site, boolean withSearch, PlanMemo memo) {
        ViewFactory views = new ViewFactory(site);
        memo.useFrame(views.frameInputs());
        Sections sections = new Sections(views);
        ActivityPlanner activities = new ActivityPlanner(views);
        List<Supplier<List<PageJob>>> planners = new ArrayList<>(List.of(
                () -> jobs(new HomePlanner(views, sections)::plan),
                () -> jobs(activities::plan),
                memoized(memo, views, "news", EnumSet.of(SitePart.ARTICLES),
                        v -> new NewsPlanner(v, new Tags(v.site().articles()), memo)::plan),
                memoized(memo, views, "channels", EnumSet.of(SitePart.CHANNELS, SitePart.LAWS, SitePart.HANDBOOK),
                        v -> new ChannelPlanner(v, new RightsViews(v.site()))::plan),
                memoized(memo, views, "laws", EnumSet.of(SitePart.CHANNELS, SitePart.LAWS, SitePart.HANDBOOK),
                        v -> new LawPlanner(v, new RightsViews(v.site()))::plan),
                memoized(memo, views, "handbook", EnumSet.of(SitePart.HANDBOOK, SitePart.CHANNELS, SitePart.LAWS,
                        SitePart.CASES, SitePart.GI), v -> new HandbookPlanner(v, new RightsViews(v.site()))::plan),
                memoized(memo, views, "cases", EnumSet.of(SitePart.CASES), v -> new CasePlanner(v, memo)::plan),
                memoized(memo, views, "gi", EnumSet.of(SitePart.GI), v -> new GiPlanner(v, new GiViews(v))::plan),
                () -> jobs(new InfoPlanner(views, sections, activities)::plan)));
        if (withSearch) {
            planners.add(() -> jobs(new SearchPlanner(views)::plan));
        }
        // The planners only read the model and their views, so they run side by side; the pages are joined in the
        // order listed, whatever the timing.
        List<PageJob> jobs = new ArrayList<>(planners.parallelStream().flatMap(planner -> planner.get().stream()).toList());
        new MachineFilesPlanner(views, memo).plan(jobs, withSearch); // the site map lists the pages planned above
        return List.copyOf(jobs);
    }

    private static List<PageJob> jobs(Consumer<List<PageJob>> planner) {
        List<PageJob> out = new ArrayList<>();
        planner.accept(out);
        return out;
    }

    /** A planner made from the views of the {@code parts} of the site it shows, its pages kept in {@code memo}. */
    private static Supplier<List<PageJob>> memoized(PlanMemo memo, ViewFactory views, String name, Set<SitePart> parts,
                                                    Function<ViewFactory, Consumer<List<PageJob>>> planner) {
        return () -> {
            Site part = SitePart.keep(views.site(), parts);
            return memo.jobs(name, part, () -> jobs(planner.apply(views.narrowed(part))));
        };
    }

    /** The search page and the files of its index. */
    public static List<PageJob> planSearch(Site site) {
        List<PageJob> jobs = new ArrayList<>();
        new SearchPlanner(new ViewFactory(site)).plan(jobs);
        return List.copyOf(jobs);
    }
}
