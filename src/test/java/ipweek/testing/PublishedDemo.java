package ipweek.testing;

import ipweek.build.BuildOptions;
import ipweek.build.BuildResult;
import ipweek.build.SiteBuild;
import ipweek.source.SiteFolder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The shipped demo site built once per test run, as it is published (fingerprinted assets, {@code .gz} files), for
 * the publishing tests: web server, browsers, validators. Built on a day of the week, when every page kind exists.
 */
public final class PublishedDemo {

    public static final LocalDate DAY = LocalDate.of(2026, 4, 23);
    public static final String BASE_PATH = "/ztzl/2026xcz/";

    private static Path output;

    private PublishedDemo() {
    }

    /** The output folder ({@code target/published-demo}), built on first use. */
    public static synchronized Path output() {
        if (output == null) {
            Path out = Path.of("target/published-demo").toAbsolutePath();
            BuildResult r = new SiteBuild(new BuildOptions(new SiteFolder(Path.of(".")), out, Optional.empty(), false, DAY)).run();
            if (r.failed()) {
                throw new AssertionError("the demo did not build:\n" + TestSite.describe(r.diagnostics()));
            }
            output = out;
        }
        return output;
    }

    /**
     * One page of every kind the demo has (the {@code <body class="kind-…">} of each page), first in path order, plus
     * the 404 page, by kind. New page kinds are picked up without changing the tests.
     */
    public static Map<String, String> pageKinds() {
        Path root = output();
        Map<String, String> kinds = new LinkedHashMap<>();
        for (Path page : OutputTree.htmlFiles(root)) {
            var body = OutputTree.parse(page).body();
            String kind = body.classNames().stream().filter(c -> c.startsWith("kind-")).findFirst().orElse("other:" + page.getFileName());
            kinds.putIfAbsent(kind, root.relativize(page).toString().replace('\\', '/'));
        }
        return kinds;
    }

    public static List<Path> pages() {
        return OutputTree.htmlFiles(output());
    }

    public static boolean exists(String rel) {
        return Files.isRegularFile(output().resolve(rel));
    }
}
