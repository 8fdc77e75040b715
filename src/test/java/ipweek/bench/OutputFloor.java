package ipweek.bench;

import ipweek.write.AssetFingerprints;
import ipweek.write.OutputFinish;
import ipweek.write.PreviousOutput;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.Stream;

/**
 * A floor under a cold build's wall time (run by {@code bench/benchmark.sh}): ipweek's own writer writing the files
 * of a site it built once more, with the {@code .gz} copies issue 6 asks for, from bytes already in memory, on every
 * core, in a warm JVM. No loading, templates, search index or PDF: whatever else a build does comes on top of this.
 * Prints the file count and size and the median time of the runs.
 *
 * <pre>java -cp target/test-classes:target/ipweek.jar ipweek.bench.OutputFloor SITE_OUTPUT SCRATCH_FOLDER [RUNS]</pre>
 */
public final class OutputFloor {

    private OutputFloor() {
    }

    public static void main(String[] args) throws Exception {
        Path site = Path.of(args[0]);
        Path scratch = Path.of(args[1]);
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        Map<Path, byte[]> files = read(site);
        long bytes = files.values().stream().mapToLong(b -> b.length).sum();
        OutputFinish finish = new OutputFinish(AssetFingerprints.none(), true, PreviousOutput.none());
        List<Long> times = new ArrayList<>();
        ForkJoinPool pool = new ForkJoinPool(Runtime.getRuntime().availableProcessors());
        for (int run = 0; run <= runs; run++) { // run 0 warms the JVM up and is not counted
            Path out = scratch.resolve("run" + run);
            long start = System.nanoTime();
            pool.submit(() -> files.entrySet().parallelStream().forEach(e -> {
                Path file = out.resolve(e.getKey());
                try {
                    Files.createDirectories(file.getParent());
                } catch (IOException x) {
                    throw new UncheckedIOException(x);
                }
                finish.write(file, e.getValue(), e.getValue().length);
            })).get();
            if (run > 0) {
                times.add(System.nanoTime() - start);
            }
            delete(out);
        }
        pool.shutdown();
        times.sort(null);
        System.out.printf("output floor: %d files, %.1f MB, written again with their .gz copies in %.2f s (median of %d)%n",
                files.size(), bytes / 1e6, times.get(times.size() / 2) / 1e9, runs);
    }

    /** Every file of the built site but the {@code .gz} copies and ipweek's marker, by relative path. */
    private static Map<Path, byte[]> read(Path site) throws IOException {
        Map<Path, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(site)) {
            for (Path p : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
                String name = p.getFileName().toString();
                if (!name.endsWith(".gz") && !name.startsWith(".")) {
                    files.put(site.relativize(p), Files.readAllBytes(p));
                }
            }
        }
        return files;
    }

    private static void delete(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : (Iterable<Path>) walk.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(p);
            }
        }
    }
}
