package ipweek.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ChineseNumbersTest {

    @Test
    void writesChapterNumbersAsBooksDo() {
        assertEquals("一", ChineseNumbers.of(1));
        assertEquals("十", ChineseNumbers.of(10));
        assertEquals("十二", ChineseNumbers.of(12));
        assertEquals("二十", ChineseNumbers.of(20));
        assertEquals("九十九", ChineseNumbers.of(99));
    }

    @Test
    void writesCoverDatesDigitByDigit() {
        assertEquals("二〇二六年四月", ChineseNumbers.yearMonth(LocalDate.of(2026, 4, 20)));
        assertEquals("二〇三〇年十二月", ChineseNumbers.yearMonth(LocalDate.of(2030, 12, 1)));
    }
}
