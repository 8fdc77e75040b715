package ipweek.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PlainParagraphsTest {

    private static final MarkdownRenderer FLEXMARK = new MarkdownRenderer();

    @Test
    void paragraphsOfPlainTextAreJoinedLinesInP() {
        assertEquals("<p>第一段第二行</p>\n<p>第二段，2026年4月26日。</p>\n", PlainParagraphs.html("第一段\n第二行\n\n\n第二段，2026年4月26日。\n"));
        assertEquals("", PlainParagraphs.html(""));
    }

    @Test
    void anythingThatMayBeMarkdownGoesToFlexmark() {
        for (String s : List.of("1. 第一", "- 列表", "**加粗**", "a | b", "[链接](x.md)", "  缩进", "行尾两个空格  \n下一行",
                "　　全角空格缩进", "\t制表符", "标题\n===", "a&b", "<b>", "引号\"", "代码`x`", "# 标题", "> 引用", "\uE000")) {
            assertNull(PlainParagraphs.html(s), s);
        }
    }

    @Test
    void givesFlexmarksBytesForEveryTextItTakes() {
        // random texts from an alphabet of plain and Markdown characters: whenever the shortcut answers, flexmark agrees
        String alphabet = "知识产权保护商标专利案件，。、；：？！（）“”《》abcXYZ019 .,;:?()/%\n\n\n-*_#>|`[]!&<\"'\t　\u00a0~=+\\";
        Random random = new Random(26);
        int taken = 0;
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            int len = random.nextInt(60);
            for (int k = 0; k < len; k++) {
                // mostly plain characters, so that many texts qualify
                text.append(random.nextInt(4) == 0 ? alphabet.charAt(random.nextInt(alphabet.length()))
                        : alphabet.charAt(random.nextInt(48)));
            }
            String markdown = text.toString();
            String plain = PlainParagraphs.html(markdown);
            if (plain != null) {
                taken++;
                assertEquals(FLEXMARK.viaFlexmark(markdown), plain, markdown);
            }
        }
        assertTrue(taken > 2_000, "texts the shortcut took: " + taken);
    }
}
