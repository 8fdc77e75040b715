package ipweek.diag;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects every problem of a build (never stops at the first). Thread-safe, since files are parsed in parallel;
 * {@link #sorted()} gives a stable order whatever the thread timing was.
 */
public final class Diagnostics {

    private final List<Diagnostic> items = new ArrayList<>();

    public synchronized void add(Diagnostic diagnostic) {
        items.add(diagnostic);
    }

    public synchronized void addAll(Iterable<Diagnostic> diagnostics) {
        diagnostics.forEach(items::add);
    }

    /** Reports {@code problem} with its Chinese message and hint, both filled with {@code args}. */
    public void report(Problem problem, SourceRef where, String field, Object... args) {
        add(new Diagnostic(problem.severity(), problem.name(), where, field,
                Messages.message(problem, args), Messages.hint(problem, args)));
    }

    public synchronized boolean hasErrors() {
        return items.stream().anyMatch(Diagnostic::isError);
    }

    public synchronized long count(Severity severity) {
        return items.stream().filter(d -> d.severity() == severity).count();
    }

    /**
     * Every problem once, in {@link Diagnostic#ORDER}. Equal problems sort next to each other, so repeats are found
     * among neighbours: hashing thousands of messages (a large site has ~7,000 warnings) cost the preview's rebuilds
     * more than sorting them.
     */
    public synchronized List<Diagnostic> sorted() {
        List<Diagnostic> all = new ArrayList<>(items);
        all.sort(Diagnostic.ORDER);
        List<Diagnostic> out = new ArrayList<>(all.size());
        for (Diagnostic d : all) {
            boolean repeat = false;
            for (int i = out.size() - 1; i >= 0 && Diagnostic.ORDER.compare(out.get(i), d) == 0 && !repeat; i--) {
                repeat = out.get(i).equals(d);
            }
            if (!repeat) {
                out.add(d);
            }
        }
        return List.copyOf(out);
    }
}
