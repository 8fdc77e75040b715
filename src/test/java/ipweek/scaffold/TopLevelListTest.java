package ipweek.scaffold;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TopLevelListTest {

    private static final List<String> FLOW = List.of("{id: x, title: 新章, file: 10-x.md}");

    @Test
    void addsAFlowItemAfterTheLastChapterAndBeforeTheAppendices() {
        String text = """
                title: 手册
                chapters:   # 章节按顺序
                  - {id: a, title: 甲, file: 01-a.md}
                  # 这一章以后再写
                  - {id: b, title: 乙, file: 02-b.md, include: {laws: all}}

                # 附录排在最后
                appendices:
                  - {id: c, title: 丙}
                """;
        TopLevelList list = TopLevelList.find(text, "chapters").orElseThrow();
        assertTrue(list.flowItems());
        assertEquals(2, list.items());
        assertEquals("""
                title: 手册
                chapters:   # 章节按顺序
                  - {id: a, title: 甲, file: 01-a.md}
                  # 这一章以后再写
                  - {id: b, title: 乙, file: 02-b.md, include: {laws: all}}
                  - {id: x, title: 新章, file: 10-x.md}

                # 附录排在最后
                appendices:
                  - {id: c, title: 丙}
                """, list.withItem(FLOW));
    }

    @Test
    void followsBlockItemsWrittenAtTheKeysOwnIndentation() {
        String text = "chapters:\n- id: a\n  title: 甲\n  include:\n    - {laws: all}\nappendices: []\n";
        TopLevelList list = TopLevelList.find(text, "chapters").orElseThrow();
        assertFalse(list.flowItems());
        assertEquals(1, list.items());
        assertEquals("chapters:\n- id: a\n  title: 甲\n  include:\n    - {laws: all}\n- id: x\n  title: 新\nappendices: []\n",
                list.withItem(List.of("id: x", "title: 新")));
    }

    @Test
    void keepsWindowsLineEndsAndEndsTheFileWithOne() {
        TopLevelList list = TopLevelList.find("a: 1\r\nchapters:\r\n  - {id: a}", "chapters").orElseThrow();
        assertEquals("a: 1\r\nchapters:\r\n  - {id: a}\r\n  - {id: x, title: 新章, file: 10-x.md}\r\n", list.withItem(FLOW));
    }

    @Test
    void turnsAnEmptyFlowListIntoABlockList() {
        TopLevelList list = TopLevelList.find("chapters: []  # 还没有\nappendices:\n", "chapters").orElseThrow();
        assertEquals(0, list.items());
        assertEquals("chapters: # 还没有\n  - {id: x, title: 新章, file: 10-x.md}\nappendices:\n", list.withItem(FLOW));
    }

    @Test
    void findsNoListWrittenOnTheKeysLineOrUnderAnotherKey() {
        assertTrue(TopLevelList.find("chapters: [{id: a}]\n", "chapters").isEmpty());
        assertTrue(TopLevelList.find("book:\n  chapters:\n    - {id: a}\n", "chapters").isEmpty());
    }
}
