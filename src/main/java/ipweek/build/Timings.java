package ipweek.build;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Wall time per build stage, for {@code ipweek build --timings} and the benchmark: where a slow build spends its time
 * should be visible without a profiler. Used by the one thread that drives a build.
 */
public final class Timings {

    /** One stage and how long it took. */
    public record Stage(String name, long millis) {
    }

    private final List<Stage> stages = new ArrayList<>();

    public <T> T time(String name, Supplier<T> work) {
        long start = System.nanoTime();
        try {
            return work.get();
        } finally {
            stages.add(new Stage(name, (System.nanoTime() - start) / 1_000_000));
        }
    }

    public void run(String name, Runnable work) {
        time(name, () -> {
            work.run();
            return null;
        });
    }

    public List<Stage> stages() {
        return List.copyOf(stages);
    }
}
