package ipweek.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import ipweek.diag.Diagnostics;
import ipweek.diag.Problem;
import ipweek.diag.SourceRef;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** {@link ParseCache#derived}: made once per distinct input, its problems reported on every use. */
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
}
