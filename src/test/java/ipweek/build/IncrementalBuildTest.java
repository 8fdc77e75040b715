package ipweek.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ipweek.diag.Diagnostic;
import ipweek.source.SiteFolder;
import ipweek.testing.FolderTree;
import ipweek.testing.TestSite;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rebuilds that reuse files, parses and rendered Markdown report and write exactly what a fresh build would. */
class IncrementalBuildTest {

    private static final String HEAD = "---\ntitle: %s\ndate: \"2026-04-%02d\"\nsource: 淇阳市市场监督管理局\n";

    @TempDir
    Path dir;

    private TestSite site;
    private BuildOptions options;
    private IncrementalBuild preview;

    @AfterEach
    void stopTheBackgroundUpdate() {
        if (preview != null) {
            preview.close();
        }
    }

    private void setUp(String aBody, String bBody) {
        site = TestSite.minimal(dir.resolve("site"))
                .file("content/articles/work_news/a.md", HEAD.formatted("甲文", 10) + "---\n" + aBody)
                // an unquoted date: a warning on a file that is never edited in these tests
                .file("content/articles/work_news/b.md", "---\ntitle: 乙文\ndate: 2026-04-11\nsource: 淇阳市市场监督管理局\n---\n" + bBody);
        site.build();
        options = new BuildOptions(new SiteFolder(site.siteDir()), dir.resolve("preview"), Optional.empty(), false, TestSite.TODAY);
        preview = new IncrementalBuild(options);
    }

    private void edit(String rel, String text) throws Exception {
        Path file = site.siteDir().resolve(rel);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        // a later modification time even on file systems with coarse timestamps
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(60)));
    }

    private static List<String> codes(List<Diagnostic> problems) {
        return problems.stream().map(d -> d.code() + "@" + d.where().file()).toList();
    }

    private String page(String rel) throws Exception {
        return Files.readString(options.output().resolve(rel), StandardCharsets.UTF_8);
    }

    @Test
    void anEditedArticleIsReadAgainAndUnchangedFilesKeepTheirProblems() throws Exception {
        setUp("第一稿正文。", "乙文正文，见[甲文](a.md)。");
        IncrementalBuild.Outcome first = preview.rebuild();
        assertFalse(first.failed(), first.diagnostics().toString());
        assertTrue(codes(first.diagnostics()).contains("DATE_UNQUOTED@content/articles/work_news/b.md"));

        edit("content/articles/work_news/a.md", HEAD.formatted("甲文", 10) + "---\n第二稿正文。");
        IncrementalBuild.Outcome second = preview.rebuild();

        assertEquals(codes(Preparation.prepare(options).diagnostics().sorted()), codes(second.diagnostics()),
                "the cached build reports what a fresh one does, warnings of unchanged files included");
        assertTrue(page("dongtai/2026/a/index.html").contains("第二稿正文"));
        assertTrue(second.rendered() < second.total(), "only the pages the edit touched: " + second.rendered());
    }

    @Test
    void renderedLinksFollowAPageThatMoved() throws Exception {
        setUp("甲文正文。", "乙文正文，[参见甲文](a.md)。");
        preview.rebuild();
        assertTrue(page("dongtai/2026/b/index.html").contains("dongtai/2026/a/\">参见甲文</a>"));

        edit("content/articles/work_news/a.md", HEAD.formatted("甲文", 10) + "slug: jia-wen\n---\n甲文正文。");
        IncrementalBuild.Outcome after = preview.rebuild();

        assertFalse(after.failed(), after.diagnostics().toString());
        assertTrue(page("dongtai/2026/b/index.html").contains("dongtai/2026/jia-wen/\">参见甲文</a>"),
                "b.md did not change, but where its link leads did");
    }

    @Test
    void anImageAddedLaterClearsTheErrorOfAnUnchangedArticle() throws Exception {
        setUp("![现场](../../media/photo.png)", "乙文正文。");
        IncrementalBuild.Outcome missing = preview.rebuild();
        assertTrue(codes(missing.diagnostics()).contains("IMAGE_MISSING@content/articles/work_news/a.md"), missing.diagnostics().toString());

        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(4, 3, BufferedImage.TYPE_INT_RGB), "png", png);
        Files.createDirectories(site.siteDir().resolve("content/media"));
        Files.write(site.siteDir().resolve("content/media/photo.png"), png.toByteArray());
        IncrementalBuild.Outcome found = preview.rebuild();

        assertFalse(found.failed(), found.diagnostics().toString());
        assertTrue(page("dongtai/2026/a/index.html").contains("media/photo.png"));
    }

    @Test
    void theHandbookPdfIsMadeAgainOnlyWhenItsPrintPageChanged() throws Exception {
        site = ipweek.testing.SiteFixture.copy("handbook", dir.resolve("hb"));
        site.build().assertOk(); // writes the fixture's files
        options = new BuildOptions(new SiteFolder(site.siteDir()), dir.resolve("preview"), Optional.empty(), false, TestSite.TODAY);
        preview = new IncrementalBuild(options);
        IncrementalBuild.Outcome first = preview.rebuild();
        assertFalse(first.failed(), first.diagnostics().toString());
        Path pdf;
        try (var files = Files.list(options.output().resolve("shouce"))) {
            pdf = files.filter(p -> p.toString().endsWith(".pdf")).findFirst().orElseThrow(() -> new AssertionError("no PDF in the preview"));
        }
        byte[] before = Files.readAllBytes(pdf);
        Files.setLastModifiedTime(pdf, FileTime.from(Instant.parse("2000-01-01T00:00:00Z")));

        Path article;
        try (var files = Files.walk(site.siteDir().resolve("content/articles"))) {
            article = files.filter(p -> p.toString().endsWith(".md")).findFirst().orElseThrow();
        }
        edit(site.siteDir().relativize(article).toString(), Files.readString(article) + "\n补充一段。\n");
        assertFalse(preview.rebuild().failed());
        assertEquals(FileTime.from(Instant.parse("2000-01-01T00:00:00Z")), Files.getLastModifiedTime(pdf),
                "an article edit leaves the PDF alone");

        Path chapter = site.siteDir().resolve("content/handbook/01-basics.md");
        edit("content/handbook/01-basics.md", Files.readString(chapter) + "\n本段为预览中新增的内容。\n");
        assertFalse(preview.rebuild().failed());
        assertFalse(java.util.Arrays.equals(before, Files.readAllBytes(pdf)), "a chapter edit makes the PDF again");
    }

    private String searchFiles() throws Exception {
        StringBuilder all = new StringBuilder();
        try (var files = Files.walk(options.output().resolve("sousuo"))) {
            for (Path p : files.filter(Files::isRegularFile).sorted().toList()) {
                all.append(Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        return all.toString();
    }

    @Test
    void theSearchIndexCatchesUpWithAnEditAfterThePagesAreWritten() throws Exception {
        setUp("甲文正文。", "乙文正文。");
        preview.rebuild();
        assertTrue(Files.isRegularFile(options.output().resolve("sousuo/index.html")), "the first build has the search page");
        assertTrue(searchFiles().contains("h=\"甲文\""));

        edit("content/articles/work_news/a.md", HEAD.formatted("丙文新标题", 10) + "---\n甲文正文。");
        IncrementalBuild.Outcome edited = preview.rebuild();
        assertTrue(page("dongtai/2026/a/index.html").contains("丙文新标题"), "the edited page is written at once");
        preview.awaitSearchIndex();

        assertTrue(searchFiles().contains("丙文新标题"), "then the index");
        assertFalse(searchFiles().contains("h=\"甲文\""), "and the old title is gone from it");
        assertTrue(Files.isRegularFile(options.output().resolve("sousuo/index.html")), "the search page stays");
        assertFalse(edited.failed());
    }

    private void replaceIn(String rel, String from, String to) throws Exception {
        String text = Files.readString(site.siteDir().resolve(rel), StandardCharsets.UTF_8);
        assertTrue(text.contains(from), rel + " holds " + from);
        edit(rel, text.replace(from, to));
    }

    /**
     * The demo site edited in each of its parts, one after another: after every edit the preview folder holds exactly
     * what a fresh preview of the edited site holds. Planners whose parts of the site did not change hand back their
     * last pages (PlanMemo), so this fails if a planner's memo is keyed on less than its pages show.
     */
    @Test
    void afterEachKindOfEditThePreviewEqualsAFreshOne() throws Exception {
        Path source = copyOfTheDemo();
        assertFalse(preview.rebuild().failed());
        String[][] edits = {
                {"content/articles/work_news/2025-enforcement-results.md", "title: ", "title: 改"},
                {"content/cases/2025-top10/01-baijiu.yaml", "title: 李某", "title: 王某"},
                {"content/gi/anping-fentiao.yaml", "name: 安平红薯粉条", "name: 安平红薯宽粉条"},
                {"content/channels.yaml", "phone: \"12345\"", "phone: \"12346\""},
                {"content/handbook/01-basics.md", "\n\n", "\n\n预览中新增的一段。\n\n"},
                {"content/week.yaml", "local_theme: 严保护", "local_theme: 严格保护"},
        };
        int n = 0;
        for (String[] e : edits) {
            replaceIn(e[0], e[1], e[2]);
            IncrementalBuild.Outcome outcome = preview.rebuild();
            assertFalse(outcome.failed(), e[0] + ": " + outcome.diagnostics());
            preview.awaitSearchIndex();
            Path fresh = dir.resolve("fresh" + n++);
            assertFalse(freshBuild(source, fresh).failed());
            java.util.Map<String, String> expected = FolderTree.of(fresh);
            java.util.Map<String, String> actual = FolderTree.of(options.output());
            List<String> differing = expected.keySet().stream().filter(f -> !expected.get(f).equals(actual.get(f))).toList();
            assertEquals(List.of(), differing, "after editing " + e[0]);
            assertEquals(expected.keySet(), actual.keySet(), "after editing " + e[0]);
        }
    }

    /** The demo site's content in a folder of its own, and a preview of it (not built yet). */
    private Path copyOfTheDemo() throws Exception {
        site = TestSite.empty(dir.resolve("demo"));
        Path source = site.siteDir();
        Path content = Path.of("content").toAbsolutePath();
        try (var walk = Files.walk(content)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                Path to = source.resolve("content").resolve(content.relativize(p).toString());
                Files.createDirectories(to.getParent());
                Files.copy(p, to);
            }
        }
        options = new BuildOptions(new SiteFolder(source), dir.resolve("preview"), Optional.empty(), false, TestSite.TODAY);
        preview = new IncrementalBuild(options);
        return source;
    }

    private IncrementalBuild.Outcome freshBuild(Path source, Path output) {
        try (IncrementalBuild once = new IncrementalBuild(new BuildOptions(new SiteFolder(source), output, Optional.empty(),
                false, TestSite.TODAY))) {
            return once.rebuild();
        }
    }

    /**
     * The cases, and the checks that run over them, are reused while no case changed (ParseCache#derived): their
     * problems are still reported after an edit elsewhere, and follow an edit to a case, exactly as in a fresh build.
     */
    @Test
    void reusedCasesAndCaseChecksReportWhatAFreshBuildReports() throws Exception {
        Path source = copyOfTheDemo();
        assertFalse(preview.rebuild().failed());
        String aCase = "content/cases/2025-top10/02-fanchuan-xiaomi.yaml";
        String[][] edits = {
                {aCase, "decision_date: \"2025-05-26\"", "decision_date: \"2026-05-26\""}, // after the batch came out
                {"content/articles/work_news/2025-enforcement-results.md", "title: ", "title: 改"},
                {"content/gi/anping-fentiao.yaml", "name: 安平红薯粉条", "name: 安平红薯宽粉条"},
                {aCase, "decision_date: \"2026-05-26\"", "decision_date: \"2025-05-26\""},
        };
        int n = 0;
        for (String[] e : edits) {
            replaceIn(e[0], e[1], e[2]);
            IncrementalBuild.Outcome outcome = preview.rebuild();
            IncrementalBuild.Outcome fresh = freshBuild(source, dir.resolve("fresh" + n++));
            assertEquals(fresh.diagnostics(), outcome.diagnostics(), "after editing " + e[0]);
            boolean late = outcome.diagnostics().stream()
                    .anyMatch(d -> d.code().equals("CASE_DECIDED_AFTER_RELEASE") && d.where().file().endsWith("02-fanchuan-xiaomi.yaml"));
            assertEquals(n < edits.length, late, "the late decision is reported until it is put back, after editing " + e[0]);
        }
    }

    /** The preview server's watcher names what changed; a rebuild then walks only those paths again. */
    @Test
    void aRebuildToldWhatChangedSeesEditedNewAndDeletedFiles() throws Exception {
        setUp("甲文正文。", "乙文正文。");
        assertFalse(preview.rebuild().failed());
        Path articles = site.siteDir().resolve("content/articles");

        edit("content/articles/work_news/a.md", HEAD.formatted("甲文改题", 10) + "---\n甲文正文。");
        assertFalse(preview.rebuild(Set.of(articles.resolve("work_news/a.md"))).failed());
        assertTrue(page("dongtai/2026/a/index.html").contains("甲文改题"));

        edit("content/articles/local_news/c.md", HEAD.formatted("丙文", 12) + "---\n丙文正文。");
        assertFalse(preview.rebuild(Set.of(articles.resolve("local_news"))).failed(), "a new folder, as the watcher reports it");
        assertTrue(Files.isRegularFile(options.output().resolve("dongtai/2026/c/index.html")));

        Files.delete(articles.resolve("local_news/c.md"));
        assertFalse(preview.rebuild(Set.of(articles.resolve("local_news/c.md"))).failed());
        assertFalse(Files.exists(options.output().resolve("dongtai/2026/c/index.html")), "a deleted article's page goes");
    }
}
