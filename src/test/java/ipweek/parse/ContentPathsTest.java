package ipweek.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ContentPathsTest {

    @Test
    void resolvesAgainstTheFolderOfTheReferringFile() {
        assertEquals(Optional.of("articles/notice/plan.md"), ContentPaths.resolve("articles/work_news/a.md", "../notice/plan.md"));
        assertEquals(Optional.of("media/2026/a.png"), ContentPaths.resolve("articles/work_news/a.md", "../../media/2026/a.png"));
        assertEquals(Optional.of("articles/work_news/b.md"), ContentPaths.resolve("articles/work_news/a.md", "./b.md"));
    }

    @Test
    void decodesPercentEncodedNames() {
        assertEquals(Optional.of("media/启动.png"), ContentPaths.resolve("a.md", "media/%E5%90%AF%E5%8A%A8.png"));
    }

    @Test
    void refusesPathsThatLeaveTheContentFolder() {
        assertTrue(ContentPaths.resolve("articles/a/b.md", "../../../etc/passwd").isEmpty());
        assertTrue(ContentPaths.resolve("a.md", "/etc/passwd").isEmpty());
        assertTrue(ContentPaths.resolve("a.md", "C:/Windows/win.ini").isEmpty());
        assertTrue(ContentPaths.resolve("a.md", "%2e%2e/%2e%2e/x").isEmpty());
    }

    @Test
    void recognisesSchemesAndUnsafeOnes() {
        assertTrue(ContentPaths.hasScheme("https://www.cnipa.gov.cn/"));
        assertTrue(ContentPaths.hasScheme("mailto:a@b.cn"));
        assertFalse(ContentPaths.hasScheme("../x.md"));
        assertTrue(ContentPaths.isUnsafe("JavaScript:alert(1)"));
        assertTrue(ContentPaths.isUnsafe(" java\tscript:alert(1)"));
        assertTrue(ContentPaths.isUnsafe("data:text/html;base64,xx"));
        assertFalse(ContentPaths.isUnsafe("https://example.org/"));
    }
}
