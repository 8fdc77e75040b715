package ipweek.build;

import ipweek.diag.Diagnostic;
import ipweek.source.SourceFile;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The outcome of a build: every problem, the files read (to show the lines problems point at), pages written, and the
 * time each stage took.
 */
public record BuildResult(List<Diagnostic> diagnostics, Map<String, SourceFile> sources, int pages, long millis,
                          List<Timings.Stage> stages) {

    public BuildResult {
        diagnostics = List.copyOf(diagnostics);
        sources = Map.copyOf(sources);
        stages = List.copyOf(stages);
    }

    public BuildResult(List<Diagnostic> diagnostics, Map<String, SourceFile> sources, int pages, long millis) {
        this(diagnostics, sources, pages, millis, List.of());
    }

    public boolean failed() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }

    public Optional<String> sourceLine(String file, int line) {
        SourceFile f = sources.get(file);
        return f == null ? Optional.empty() : f.line(line);
    }
}
