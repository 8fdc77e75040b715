package ipweek.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ipweek.build.BuildOptions;
import ipweek.build.BuildResult;
import ipweek.build.SiteBuild;
import ipweek.diag.Diagnostic;
import ipweek.source.SiteFolder;
import ipweek.testing.CorpusWriter;
import ipweek.testing.TestSite;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A generated corpus of 5,000 typical cases in 500 batches and 1,000 GI products builds without errors, in well under
 * a minute. The corpus comes from the shared benchmark generator ({@code ../shared/bench/gen_corpus.py --articles 10
 * --cases 5000 --gi 1000}) when it and {@code python3} are there, else from {@link CorpusWriter}, which writes the
 * same layout. Its content is nonsense on purpose, and some of it is reported as it should be — only as warnings:
 * case-file numbers repeat inside a batch (the generator numbers files {@code case % 1000}), decision years run past
 * the batches' 2022 publication date, and some trademark fines exceed the 商标法 limit.
 */
@Tag("slow")
class CorpusSiteTest {

    static final Path GENERATOR = Path.of("..", "shared", "bench", "gen_corpus.py");

    @TempDir
    Path dir;

    @Test
    void buildsFiveThousandCasesAndAThousandProductsWithoutErrors() throws Exception {
        Path site = dir.resolve("site");
        String source = generate(site) ? "gen_corpus.py" : "CorpusWriter";
        // The site.yaml and week.yaml of the basic fixture, as the benchmark prescribes, without the two references to
        // files the corpus lacks (the conac badge and the plan article).
        Path fixture = Path.of("src/test/resources/sites/basic/content");
        Files.writeString(site.resolve("content/site.yaml"), Files.readString(fixture.resolve("site.yaml"), StandardCharsets.UTF_8)
                .replace("  conac_badge: media/conac.png\n", ""), StandardCharsets.UTF_8);
        Files.writeString(site.resolve("content/week.yaml"), Files.readString(fixture.resolve("week.yaml"), StandardCharsets.UTF_8)
                .replace(", article: plan}", "}"), StandardCharsets.UTF_8);

        BuildResult result = new SiteBuild(new BuildOptions(new SiteFolder(site), dir.resolve("out"), Optional.empty(),
                false, LocalDate.of(2026, 4, 22))).run();

        List<Diagnostic> errors = result.diagnostics().stream().filter(Diagnostic::isError).toList();
        assertEquals(List.of(), errors.stream().limit(20).toList(), () -> TestSite.describe(errors.stream().limit(20).toList()));
        Map<String, Long> warnings = new TreeMap<>();
        result.diagnostics().forEach(d -> warnings.merge(d.code(), 1L, Long::sum));
        System.out.println("corpus (" + source + "): " + result.pages() + " pages in " + result.millis() + " ms; warnings "
                + warnings);
        assertTrue(List.of("CASE_DECIDED_AFTER_RELEASE", "CASE_FILE_ORDER", "CASE_FINE_LIMIT").containsAll(warnings.keySet())
                || source.equals("gen_corpus.py"), warnings::toString);
        assertTrue(Files.isRegularFile(dir.resolve("out/anli/b0499-10/index.html")));
        assertTrue(Files.isRegularFile(dir.resolve("out/dlbz/g00999/index.html")));
        assertTrue(result.pages() > 7000, "pages: " + result.pages());
    }

    /** Runs the shared generator if it is there; otherwise writes the same layout in Java. */
    private static boolean generate(Path site) throws Exception {
        if (Files.isRegularFile(GENERATOR)) {
            try {
                Process p = new ProcessBuilder("python3", GENERATOR.toString(), "--articles", "10", "--cases", "5000",
                        "--gi", "1000", "--out", site.toString()).redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                if (p.waitFor(120, TimeUnit.SECONDS) && p.exitValue() == 0) {
                    return true;
                }
                p.destroyForcibly();
            } catch (java.io.IOException e) {
                // no python3: fall through to the Java writer
            }
        }
        CorpusWriter.write(site, 5000, 1000);
        return false;
    }
}
