package ipweek.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One walk of the content folder, and the same walk brought up to date with the paths a file watcher reported. */
class ContentScanTest {

    @TempDir
    Path dir;

    private Path write(String rel, String text) throws Exception {
        Path p = dir.resolve("content").resolve(rel);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
        return p;
    }

    private List<String> names(List<Path> files) {
        Path content = dir.resolve("content");
        return files.stream().map(p -> content.relativize(p).toString().replace('\\', '/')).toList();
    }

    @Test
    void listsEachFolderSortedWithoutHiddenFilesAndReportsLinks() throws Exception {
        write("site.yaml", "x");
        write("articles/b/2.md", "x");
        write("articles/a.md", "x");
        write("articles/.draft.md", "x");
        write("articles/old/a.md~", "x");
        write("articles-extra/c.md", "x");
        Files.createSymbolicLink(dir.resolve("content/articles/link.md"), dir.resolve("content/site.yaml"));
        ContentScan scan = ContentScan.of(new SiteFolder(dir));
        assertEquals(List.of("articles/a.md", "articles/b/2.md"), names(scan.files("articles")));
        assertEquals(List.of("articles/link.md"), names(scan.symlinks()), "links are listed, not followed");
        assertEquals(List.of(), scan.files("pages"));
        assertTrue(scan.stamp(dir.resolve("content/site.yaml")).isPresent());
    }

    @Test
    void anUpdatedScanEqualsAFreshWalkAfterFilesAndFoldersChange() throws Exception {
        Path a = write("articles/a.md", "x");
        write("articles/old/b.md", "x");
        write("gi/p.yaml", "x");
        SiteFolder site = new SiteFolder(dir);
        ContentScan before = ContentScan.of(site);

        Files.writeString(a, "longer text");
        Files.setLastModifiedTime(a, FileTime.from(Instant.now().plusSeconds(60)));
        Path newFolder = write("articles/new/c.md", "x"); // a watcher reports the new folder, not its files
        Path old = dir.resolve("content/articles/old");
        Files.delete(old.resolve("b.md"));
        Files.delete(old);
        ContentScan updated = before.updated(Set.of(a, newFolder.getParent(), old));

        ContentScan fresh = ContentScan.of(site);
        assertEquals(names(fresh.files("articles")), names(updated.files("articles")));
        assertEquals(List.of("articles/a.md", "articles/new/c.md"), names(updated.files("articles")));
        assertEquals(fresh.stamp(a), updated.stamp(a));
        assertNotEquals(before.stamp(a), updated.stamp(a), "the edited file's new size and time");
        assertEquals(names(fresh.files("gi")), names(updated.files("gi")), "untouched folders are kept");
    }
}
