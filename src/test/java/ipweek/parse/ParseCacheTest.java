package ipweek.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ipweek.diag.Diagnostics;
import ipweek.diag.Problem;
import ipweek.diag.SourceRef;
import ipweek.source.SiteFolder;
import ipweek.testing.SiteFixture;
import ipweek.testing.TestSite;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link ParseCache#derived}: made once per distinct input, its problems reported on every use; and what the cache
 * keeps follows the content folder (nothing is held for deleted files).
 */
class ParseCacheTest {

    private final List<String> runs = new ArrayList<>();

    /** Work that records each run, reports one problem and makes a new object. */
    private Function<Diagnostics, List<String>> work(String input) {
        return found -> {
            runs.add(input);
            found.report(Problem.FILE_EMPTY, SourceRef.file(input + ".yaml"), "");
            return new ArrayList<>(List.of(input));
        };
    }

    private static int problems(Diagnostics diagnostics) {
        return diagnostics.sorted().size();
    }

    @Test
    void equalInputsGiveTheSameObjectAndTheSameProblemsWithoutRunningAgain() {
        ParseCache cache = ParseCache.forRebuilds();
        Diagnostics first = new Diagnostics();
        List<String> made = cache.derived("owner", List.of("a"), work("a"), first);
        Diagnostics second = new Diagnostics();
        List<String> again = cache.derived("owner", List.of("a"), work("a"), second);
        assertSame(made, again);
        assertEquals(List.of("a"), runs);
        assertEquals(1, problems(first));
        assertEquals(first.sorted(), second.sorted(), "the problems are reported again on reuse");
    }

    @Test
    void otherInputsOrAnotherOwnerRunTheWorkAgain() {
        ParseCache cache = ParseCache.forRebuilds();
        List<String> a = cache.derived("owner", List.of("a"), work("a"), new Diagnostics());
        List<String> b = cache.derived("owner", List.of("b"), work("b"), new Diagnostics());
        List<String> other = cache.derived("other owner", List.of("b"), work("b"), new Diagnostics());
        List<String> aAgain = cache.derived("owner", List.of("a"), work("a"), new Diagnostics());
        assertNotSame(a, b);
        assertNotSame(b, other);
        assertNotSame(a, aAgain, "one entry per owner: the last inputs only");
        assertEquals(List.of("a", "b", "b", "a"), runs);
    }

    @Test
    void aOneOffBuildKeepsNothing() {
        ParseCache cache = ParseCache.none();
        Diagnostics first = new Diagnostics();
        Diagnostics second = new Diagnostics();
        List<String> made = cache.derived("owner", List.of("a"), work("a"), first);
        List<String> again = cache.derived("owner", List.of("a"), work("a"), second);
        assertNotSame(made, again);
        assertEquals(List.of("a", "a"), runs);
        assertEquals(1, problems(first));
        assertEquals(1, problems(second));
    }

    @Test
    void whatWasKeptForADeletedBatchIsDroppedAtTheNextLoad(@TempDir Path dir) throws Exception {
        TestSite site = SiteFixture.copy("showcase", dir);
        site.build().assertOk(); // writes the fixture's files
        ParseCache cache = ParseCache.forRebuilds();
        SiteFolder folder = new SiteFolder(site.siteDir());
        Path batch = site.siteDir().resolve("content/cases/2025-top10");
        Object owner = List.of(CaseLoader.class, "2025-top10");

        assertFalse(load(folder, cache).hasErrors());
        assertTrue(cache.derivedOwners().contains(owner), cache.derivedOwners().toString());
        assertTrue(cache.parsedFiles().stream().anyMatch(p -> p.startsWith(batch)));

        try (Stream<Path> files = Files.list(batch)) {
            for (Path p : files.toList()) {
                Files.delete(p);
            }
        }
        Files.delete(batch);
        cache.changesUnknown();
        load(folder, cache); // an article's links to the batch are broken now: errors, which this test does not look at
        assertFalse(cache.parsedFiles().stream().anyMatch(p -> p.startsWith(batch)), cache.parsedFiles().toString());
        // Derived data goes at the start of the build after the first that did not ask for it.
        load(folder, cache);
        assertFalse(cache.derivedOwners().contains(owner), cache.derivedOwners().toString());
        assertTrue(cache.derivedOwners().contains(List.of(CaseLoader.PendingBatch.class, "2026-xcz")),
                "the other batch is still kept: " + cache.derivedOwners());
    }

    private static Diagnostics load(SiteFolder folder, ParseCache cache) {
        Diagnostics diagnostics = new Diagnostics();
        new ContentLoader(folder, diagnostics, TestSite.TODAY, false, cache).load();
        return diagnostics;
    }
}
