package ipweek.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ipweek.build.BuildOptions;
import ipweek.build.BuildResult;
import ipweek.build.SiteBuild;
import ipweek.source.SiteFolder;
import ipweek.testing.OutputTree;
import ipweek.testing.TestSite;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The shipped demo site (the repository's content/) builds cleanly on any day around its week. */
class DemoSiteTest {

    @ParameterizedTest
    @ValueSource(strings = {"2026-04-01", "2026-04-23", "2026-11-22"})
    void buildsWithoutProblemsAndWithoutBrokenLinks(String day, @org.junit.jupiter.api.io.TempDir Path dir) {
        BuildResult result = new SiteBuild(new BuildOptions(new SiteFolder(Path.of(".")), dir.resolve("out"),
                Optional.empty(), false, LocalDate.parse(day))).run();
        // Before the plan notice is out (2026-04-10), links to it stay text with a warning; nothing else may come up.
        assertEquals(List.of(), result.diagnostics().stream()
                .filter(d -> !(day.equals("2026-04-01") && d.code().equals("LINK_UNPUBLISHED"))).toList(),
                () -> TestSite.describe(result.diagnostics()));
        assertTrue(result.pages() > 30, "pages: " + result.pages());
        assertEquals(List.of(), OutputTree.brokenLinks(dir.resolve("out")));
    }
}
