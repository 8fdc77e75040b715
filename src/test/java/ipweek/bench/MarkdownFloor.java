package ipweek.bench;

import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * A floor under a cold build of a small site (run by {@code bench/benchmark.sh}, in a fresh JVM with the launcher's
 * options): turn every Markdown file of a content folder into HTML with flexmark on every core, and nothing else — no
 * front matter, YAML, checks, templates, search index, PDF or files written. The process's wall time, which the
 * script measures, is what the JVM's start and the cold Markdown library cost before ipweek's own work begins.
 *
 * <pre>java -cp target/test-classes:target/ipweek.jar ipweek.bench.MarkdownFloor CONTENT_FOLDER</pre>
 */
public final class MarkdownFloor {

    private MarkdownFloor() {
    }

    public static void main(String[] args) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(Path.of(args[0]))) {
            files = walk.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create()));
        Parser parser = Parser.builder(options).build();
        HtmlRenderer renderer = HtmlRenderer.builder(options).build();
        long chars = files.parallelStream().mapToLong(file -> {
            try {
                return renderer.render(parser.parse(Files.readString(file))).length();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).sum();
        System.out.printf("Markdown floor: %d files, %d characters of HTML%n", files.size(), chars);
    }
}
