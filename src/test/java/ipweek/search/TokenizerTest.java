package ipweek.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TokenizerTest {

    @Test
    void aTwoCharacterWordInsideALongRunIsATerm() {
        List<String> terms = Tokenizer.terms("侵犯注册商标专用权");
        assertEquals(List.of("侵犯", "犯注", "注册", "册商", "商标", "标专", "专用", "用权"), terms);
        assertTrue(terms.contains("商标"));
    }

    @Test
    void aLoneHanCharacterIsItsOwnTermAndPunctuationSeparatesRuns() {
        assertEquals(List.of("茶", "商标", "法"), Tokenizer.terms("茶，商标。法"));
    }

    @Test
    void asciiRunsAreLowerCaseWordsAndFullWidthCountsAsAscii() {
        assertEquals(List.of("ip", "12315", "热线"), Tokenizer.terms("ＩＰ １２３１５热线"));
        assertEquals(List.of("a".repeat(Tokenizer.MAX_WORD)), Tokenizer.terms("A".repeat(40)));
    }

    @Test
    void normalizingKeepsEveryOffset() {
        String text = "（ＡＢ）商标“Ｘ”";
        assertEquals(text.length(), Tokenizer.normalize(text).length());
        assertEquals("（ab）商标“x”", Tokenizer.normalize(text));
    }
}
