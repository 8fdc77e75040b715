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

    /** The pages {@code planner} made last time if its {@code inputs} are equal to that time's, or else new ones. */
    List<PageJob> jobs(String planner, Object inputs, Supplier<List<PageJob>> plan) {
        if (!keeps) {
            return plan.get();
        }
        Entry last = entries.get(planner);
        if (last != null && last.inputs().equals(inputs)) {
            return last.jobs();
        }
        List<PageJob> jobs = List.copyOf(plan.get());
        entries.put(planner, new Entry(inputs, jobs));
        return jobs;
    }
}
