package ipweek.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StagedOutputTest {

    @TempDir
    Path dir;

    @Test
    void replacesThePreviousOutputOnlyOnCommit() throws Exception {
        Path out = dir.resolve("public");
        StagedOutput first = StagedOutput.begin(out);
        first.writeText("index.html", "one");
        first.commit();
        assertEquals("one", Files.readString(out.resolve("index.html")));

        StagedOutput second = StagedOutput.begin(out);
        second.writeText("index.html", "two");
        assertEquals("one", Files.readString(out.resolve("index.html")), "staging must not touch the output");
        second.abandon();
        assertEquals("one", Files.readString(out.resolve("index.html")));
        try (var entries = Files.list(dir)) {
            assertEquals(1, entries.count(), "no staging folder is left behind");
        }
    }

    @Test
    void refusesToReplaceFoldersItDidNotWrite() throws Exception {
        Path site = dir.resolve("site");
        Files.createDirectories(site.resolve("content"));
        Path foreign = dir.resolve("www");
        Files.createDirectories(foreign);
        Files.writeString(foreign.resolve("index.html"), "someone else's");
        assertNotNull(StagedOutput.refusal(foreign, site));
        assertNotNull(StagedOutput.refusal(site, site), "never the site folder itself");
        assertNotNull(StagedOutput.refusal(dir, site), "never a parent of the site");
        assertNotNull(StagedOutput.refusal(site.resolve("content/out"), site));
        assertNull(StagedOutput.refusal(dir.resolve("public"), site));
        assertTrue(Files.exists(foreign.resolve("index.html")));
        assertFalse(Files.exists(dir.resolve("public")));
    }
}
