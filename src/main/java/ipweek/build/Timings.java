package ipweek.build;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Wall time per build stage, for {@code ipweek build --timings} and the benchmark: where a slow build spends its time
 * should be visible without a profiler. A stage may run on a thread of its own beside others (the search index
 * beside the bake): its processor time then includes theirs.
 */
public final class Timings {

    /**
     * One stage, how long it took, and the processor time the whole process used meanwhile (all threads, the JIT
     * compiler and the garbage collector included): twice the wall time means both cores were busy.
     */
    public record Stage(String name, long millis, long cpuMillis) {
    }

    private static final com.sun.management.OperatingSystemMXBean OS = java.lang.management.ManagementFactory
            .getPlatformMXBean(com.sun.management.OperatingSystemMXBean.class);

    private final List<Stage> stages = java.util.Collections.synchronizedList(new ArrayList<>());

    public <T> T time(String name, Supplier<T> work) {
        long start = System.nanoTime();
        long cpu = cpuNanos();
        try {
            return work.get();
        } finally {
            stages.add(new Stage(name, (System.nanoTime() - start) / 1_000_000, (cpuNanos() - cpu) / 1_000_000));
        }
    }

    public void run(String name, Runnable work) {
        time(name, () -> {
            work.run();
            return null;
        });
    }

    private static long cpuNanos() {
        return OS == null ? 0 : Math.max(0, OS.getProcessCpuTime());
    }

    public List<Stage> stages() {
        synchronized (stages) {
            return List.copyOf(stages);
        }
    }
}
