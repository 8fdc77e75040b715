package ipweek.write;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ByteFilesTest {

    @TempDir
    Path dir;

    @Test
    void replacingAFileNeverChangesAnotherLinkToIt() throws Exception {
        Path published = dir.resolve("published.html");
        Files.writeString(published, "已发布的页面", StandardCharsets.UTF_8);
        Path staged = dir.resolve("staged.html");
        Files.createLink(staged, published);
        byte[] page = "新的页面内容，比原来长一些".getBytes(StandardCharsets.UTF_8);
        ByteFiles.write(staged, page, page.length - 3);
        assertArrayEquals(java.util.Arrays.copyOf(page, page.length - 3), Files.readAllBytes(staged));
        assertArrayEquals("已发布的页面".getBytes(StandardCharsets.UTF_8), Files.readAllBytes(published));
    }
}
