package ipweek.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FieldsTest {

    @Test
    void suggestsTheClosestKnownKey() {
        var known = new LinkedHashSet<>(List.of("title", "date", "source", "summary"));
        assertEquals(Optional.of("title"), Fields.closest("titel", known));
        assertEquals(Optional.of("source"), Fields.closest("sourse", known));
        assertEquals(Optional.of("summary"), Fields.closest("Summary", known));
        assertEquals(Optional.empty(), Fields.closest("completely_different", known));
    }

    @Test
    void measuresEditDistance() {
        assertEquals(0, Fields.distance("date", "date"));
        assertEquals(2, Fields.distance("titel", "title"));
        assertEquals(3, Fields.distance("", "abc"));
    }
}
