package ipweek.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ChineseDatesTest {

    @Test
    void writesDatesWithoutZeroPadding() {
        assertEquals("2026年4月6日", ChineseDates.full(LocalDate.of(2026, 4, 6)));
    }

    @Test
    void writesRangesCompactly() {
        assertEquals("2026年4月20日至26日", ChineseDates.range(LocalDate.of(2026, 4, 20), LocalDate.of(2026, 4, 26)));
        assertEquals("2026年4月28日至5月3日", ChineseDates.range(LocalDate.of(2026, 4, 28), LocalDate.of(2026, 5, 3)));
        assertEquals("2026年4月20日", ChineseDates.range(LocalDate.of(2026, 4, 20), LocalDate.of(2026, 4, 20)));
    }

    @Test
    void namesWeekdays() {
        assertEquals("星期一", ChineseDates.weekday(LocalDate.of(2026, 4, 20)));
        assertEquals("星期日", ChineseDates.weekday(LocalDate.of(2026, 4, 26)));
    }

    @Test
    void writesFileSizesForPeople() {
        assertEquals("980 B", FileSizes.human(980));
        assertEquals("12 KB", FileSizes.human(12 * 1024));
        assertEquals("1.5 MB", FileSizes.human(3 * 512 * 1024));
    }
}
