package ipweek.plan;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The pages of each memoized planner from the last build, with the inputs they were planned from, for the preview
 * server: after an edit to one article the case library's 7,000 pages are the very same {@link PageJob} objects as
 * before, which makes re-planning them free and comparing them with the written ones an identity check.
 */
public final class PlanMemo {

    private record Entry(Object inputs, List<PageJob> jobs) {
    }

    private final boolean keeps;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    /** Single pages by planner and file, for planners whose part changed: the pages it did not touch are kept. */
    private final Map<String, Map<String, Entry>> pages = new ConcurrentHashMap<>();
    /** Views a planner made last time, for planners that make the same ones again in a changed section. */
    private final Map<String, Map<?, ?>> views = new ConcurrentHashMap<>();
    private volatile Object frame;

    private PlanMemo(boolean keeps) {
        this.keeps = keeps;
    }

    /** Keeps nothing: a one-off build. */
    public static PlanMemo none() {
        return new PlanMemo(false);
    }

    /** Keeps each planner's last pages. */
    public static PlanMemo forRebuilds() {
        return new PlanMemo(true);
    }

    /**
     * Called once per plan, before any planner runs, with what the frame of every page shows (configuration, week,
     * build date): when that changed, nothing is reused.
     */
    void useFrame(Object current) {
        if (keeps && !current.equals(frame)) {
            entries.clear();
            pages.clear();
            views.clear();
            frame = current;
        }
    }

    /**
     * The page {@code planner} made for {@code file} last time if its {@code inputs} (everything the page shows besides
     * the frame) are equal to that time's, or else a new one.
     */
    PageJob page(String planner, String file, Object inputs, Supplier<PageJob> plan) {
        Map<String, Entry> byFile = pages.computeIfAbsent(planner, k -> new ConcurrentHashMap<>());
        return remembered(byFile, file, inputs, () -> List.of(plan.get())).get(0);
    }

    /**
     * Forgets each planner's pages as a whole but keeps the single pages, so that the next plan runs every planner and
     * finds each page in the memo: the preview's warm-up, which runs the code an edit runs before the first edit.
     */
    public void forgetPlanners() {
        entries.clear();
    }

    /**
     * The views {@code planner} kept last time ({@link #keepViews}); empty after a change to the frame, or without a
     * memo. Keys must identify everything a view shows besides the frame.
     */
    @SuppressWarnings("unchecked")
    <K, V> Map<K, V> lastViews(String planner) {
        return keeps ? (Map<K, V>) views.getOrDefault(planner, Map.of()) : Map.of();
    }

    /** Keeps {@code made} for the next plan's {@link #lastViews}, in place of what was kept before. */
    void keepViews(String planner, Map<?, ?> made) {
        if (keeps) {
            views.put(planner, made);
        }
    }

    /** The pages {@code planner} made last time if its {@code inputs} are equal to that time's, or else new ones. */
    List<PageJob> jobs(String planner, Object inputs, Supplier<List<PageJob>> plan) {
        return remembered(entries, planner, inputs, plan);
    }

    /** What {@code memo} holds under {@code key} if it was made from equal {@code inputs}, or else what {@code plan} makes. */
    private List<PageJob> remembered(Map<String, Entry> memo, String key, Object inputs, Supplier<List<PageJob>> plan) {
        if (!keeps) {
            return plan.get();
        }
        Entry last = memo.get(key);
        if (last != null && last.inputs().equals(inputs)) {
            return last.jobs();
        }
        List<PageJob> jobs = List.copyOf(plan.get());
        memo.put(key, new Entry(inputs, jobs));
        return jobs;
    }
}
