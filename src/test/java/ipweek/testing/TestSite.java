package ipweek.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import ipweek.build.BuildOptions;
import ipweek.build.BuildResult;
import ipweek.build.SiteBuild;
import ipweek.diag.Diagnostic;
import ipweek.source.SiteFolder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A site written inline, txtar style, built in a temporary folder:
 *
 * <pre>
 * TestSite.minimal(dir).with("""
 *     -- content/articles/notice/a.md --
 *     ---
 *     title: …
 *     """).build();
 * </pre>
 */
public final class TestSite {

    public static final LocalDate TODAY = LocalDate.of(2026, 4, 22);

    public static final String SITE_YAML = """
            title: 2026年测试市知识产权宣传周
            base_url: https://scjg.test.example/ztzl/2026xcz/
            sponsor: 测试市市场监督管理局
            identity:
              site_code: "4109000012"
              icp: 豫ICP备12345678号-1
              psb: 豫公网安备 41090202000123号
              conac_id: 0A87C46FEE4D331AE053022819ACDC8C
              jiucuo: true
            hotlines:
              - {name: 政务服务便民热线, phone: "12345"}
            """;

    public static final String WEEK_YAML = """
            year: 2026
            world_ip_day_edition: 26
            start: "2026-04-20"
            end: "2026-04-26"
            national_theme: 全面加强知识产权保护
            key_dates:
              - {date: "04-26", name: 世界知识产权日}
              - {month: 9, name: 全国“质量月”}
            """;

    private final Path root;
    private final Map<String, byte[]> files = new LinkedHashMap<>();
    private LocalDate today = TODAY;
    private boolean drafts;
    private Optional<String> baseUrl = Optional.empty();

    private TestSite(Path root) {
        this.root = root;
    }

    /** A site with a valid site.yaml and week.yaml and nothing else. */
    public static TestSite minimal(Path dir) {
        return empty(dir).file("content/site.yaml", SITE_YAML).file("content/week.yaml", WEEK_YAML);
    }

    public static TestSite empty(Path dir) {
        return new TestSite(dir);
    }

    /** Adds the files of a txtar text: {@code -- path --} lines start each file. */
    public TestSite with(String txtar) {
        String current = null;
        StringBuilder body = new StringBuilder();
        for (String line : txtar.split("\n", -1)) {
            if (line.startsWith("-- ") && line.endsWith(" --") && line.length() > 6) {
                if (current != null) {
                    file(current, body.toString());
                }
                current = line.substring(3, line.length() - 3).strip();
                body.setLength(0);
            } else if (current != null) {
                body.append(line).append('\n');
            }
        }
        if (current != null) {
            file(current, body.toString().replaceAll("\n+$", "\n"));
        }
        return this;
    }

    public TestSite file(String rel, String text) {
        files.put(rel, text.getBytes(StandardCharsets.UTF_8));
        return this;
    }

    public TestSite bytes(String rel, byte[] data) {
        files.put(rel, data);
        return this;
    }

    public TestSite today(LocalDate day) {
        this.today = day;
        return this;
    }

    public TestSite drafts() {
        this.drafts = true;
        return this;
    }

    public TestSite baseUrl(String url) {
        this.baseUrl = Optional.of(url);
        return this;
    }

    public Path root() {
        return root;
    }

    public Path siteDir() {
        return root.resolve("site");
    }

    public Path output() {
        return root.resolve("public");
    }

    /** Writes the files (again) and builds into {@link #output()}. */
    public Built build() {
        return buildInto(output());
    }

    /**
     * Builds into the empty folder {@code fresh} and checks that {@link #output()}, built into again and again, holds
     * exactly the same files: what a build that reuses its previous output must guarantee.
     */
    public void assertOutputEqualsAFreshBuild(Path fresh) {
        buildInto(fresh).assertOk();
        org.junit.jupiter.api.Assertions.assertEquals(FolderTree.of(fresh), FolderTree.of(output()),
                "the same files as a build into an empty folder");
    }

    public Built buildInto(Path output) {
        try {
            for (Map.Entry<String, byte[]> e : files.entrySet()) {
                Path p = siteDir().resolve(e.getKey());
                Files.createDirectories(p.getParent());
                Files.write(p, e.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        BuildResult result = new SiteBuild(new BuildOptions(new SiteFolder(siteDir()), output, baseUrl, drafts, today)).run();
        return new Built(result, output);
    }

    /** A finished build: its problems and its output. */
    public record Built(BuildResult result, Path output) {

        public List<Diagnostic> problems() {
            return result.diagnostics();
        }

        public List<Diagnostic> errors() {
            return result.diagnostics().stream().filter(Diagnostic::isError).toList();
        }

        public Built assertOk() {
            if (result.failed()) {
                fail("build failed:\n" + describe(result.diagnostics()));
            }
            return this;
        }

        /** Asserts the build failed and reported {@code code} at {@code file:line:column} (line/column -1: any). */
        public Diagnostic assertProblem(String code, String file, int line, int column) {
            List<Diagnostic> matches = result.diagnostics().stream()
                    .filter(d -> d.code().equals(code) && d.where().file().equals(file)
                            && (line < 0 || d.where().line() == line) && (column < 0 || d.where().column() == column))
                    .toList();
            if (matches.isEmpty()) {
                fail("expected " + code + " at " + file + ":" + line + ":" + column + ", got:\n" + describe(result.diagnostics()));
            }
            return matches.get(0);
        }

        public Diagnostic assertProblem(String code, String file) {
            return assertProblem(code, file, -1, -1);
        }

        public void assertNoProblem(String code) {
            assertTrue(result.diagnostics().stream().noneMatch(d -> d.code().equals(code)),
                    () -> "unexpected " + code + ":\n" + describe(result.diagnostics()));
        }

        public String read(String rel) {
            try {
                return Files.readString(output.resolve(rel), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** Asserts the output file exists and contains every one of {@code parts}. */
        public String assertFile(String rel, String... parts) {
            assertTrue(Files.isRegularFile(output.resolve(rel)), () -> "missing output file " + rel);
            String text = read(rel);
            for (String part : parts) {
                assertTrue(text.contains(part), () -> rel + " lacks «" + part + "»");
            }
            return text;
        }

        public void assertNoFile(String rel) {
            assertFalse(Files.exists(output.resolve(rel)), () -> "unexpected output file " + rel);
        }

        public int pages() {
            return result.pages();
        }
    }

    public static String describe(List<Diagnostic> diagnostics) {
        return diagnostics.stream()
                .map(d -> d.where() + " " + d.severity() + " [" + d.code() + "] " + d.message() + " (" + d.field() + ")")
                .collect(Collectors.joining("\n"));
    }

    public static void assertSameCode(String expected, Diagnostic d) {
        assertEquals(expected, d.code());
    }
}
