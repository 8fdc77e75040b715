package ipweek.hostile;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ipweek.build.BuildOptions;
import ipweek.build.BuildResult;
import ipweek.build.SiteBuild;
import ipweek.diag.Diagnostic;
import ipweek.source.SiteFolder;
import ipweek.testing.OutputTree;
import ipweek.testing.SiteFixture;
import ipweek.testing.TestSite;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * Mutations of a real site (the {@code sites/basic} fixture): a line deleted, a line duplicated, characters that
 * editors and their tools get wrong inserted at random places. Whatever happens, the build either succeeds or reports
 * problems that each name a file; it never throws, never writes outside its output folder, and a failed build leaves
 * the previous output byte-identical.
 */
class BuildPropertiesTest {

    private static final List<String> NASTY = List.of("：", "\t", "\u3000", "\"", "'", "---", "- ", ": ", "#", "[", "{",
            "&a ", "*a", "../", "/etc/passwd", "javascript:", "<script>", "\uFEFF", "\r\n", "2026-02-30", "\u0000", "é", "…");

    record Mutation(int file, int line, int kind, String text) {
    }

    @Provide
    Arbitrary<List<Mutation>> mutations() {
        Arbitrary<Mutation> one = Combinators.combine(Arbitraries.integers().between(0, 999),
                        Arbitraries.integers().between(0, 999), Arbitraries.integers().between(0, 2),
                        Arbitraries.of(NASTY))
                .as(Mutation::new);
        return one.list().ofMinSize(1).ofMaxSize(4);
    }

    @Property(tries = 25, seed = "426")
    void buildsOrReportsNeverCrashesNeverLeaks(@ForAll("mutations") List<Mutation> mutations) throws IOException {
        Path dir = Files.createTempDirectory("ipweek-prop-");
        try {
            TestSite site = SiteFixture.copy("basic", dir);
            TestSite.Built good = site.build().assertOk();
            Map<String, byte[]> before = OutputTree.files(good.output());

            List<Path> texts = textFiles(site.siteDir().resolve("content"));
            for (Mutation m : mutations) {
                mutate(texts.get(m.file() % texts.size()), m);
            }
            BuildResult result = new SiteBuild(new BuildOptions(new SiteFolder(site.siteDir()), site.output(),
                    Optional.empty(), false, TestSite.TODAY)).run();

            for (Diagnostic d : result.diagnostics()) {
                assertFalse(d.where().file().isBlank(), "problem without a file: " + d);
                assertFalse(d.message().contains("Exception"), "a stack-trace-like message reached the user: " + d);
            }
            try (Stream<Path> top = Files.list(dir)) {
                assertEquals(List.of("public", "site"), top.map(p -> p.getFileName().toString()).sorted().toList(),
                        "nothing written beside the output (no staging left, no escape)");
            }
            if (result.failed()) {
                Map<String, byte[]> after = OutputTree.files(good.output());
                assertEquals(before.keySet(), after.keySet());
                before.forEach((k, v) -> assertArrayEquals(v, after.get(k), k));
            } else {
                assertTrue(Files.isRegularFile(good.output().resolve("index.html")));
            }
        } finally {
            deleteTree(dir);
        }
    }

    private static List<Path> textFiles(Path content) throws IOException {
        try (Stream<Path> walk = Files.walk(content)) {
            return walk.filter(p -> p.toString().endsWith(".md") || p.toString().endsWith(".yaml")).sorted().toList();
        }
    }

    private static void mutate(Path file, Mutation m) throws IOException {
        List<String> lines = new java.util.ArrayList<>(List.of(Files.readString(file, StandardCharsets.UTF_8).split("\n", -1)));
        int i = m.line() % lines.size();
        switch (m.kind()) {
            case 0 -> lines.remove(i);
            case 1 -> lines.add(i, lines.get(i));
            default -> {
                String line = lines.get(i);
                int at = line.isEmpty() ? 0 : m.line() % (line.length() + 1);
                lines.set(i, line.substring(0, at) + m.text() + line.substring(at));
            }
        }
        Files.writeString(file, String.join("\n", lines), StandardCharsets.UTF_8);
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    @SuppressWarnings("unused")
    private static Tuple.Tuple2<Integer, Integer> unused() {
        return Tuple.of(0, 0);
    }
}
