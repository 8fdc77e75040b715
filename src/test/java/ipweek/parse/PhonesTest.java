package ipweek.parse;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PhonesTest {

    @Test
    void acceptsTheFormatsPublicServicesPrint() {
        for (String ok : List.of("12345", "12315", "12360", "110", "95188", "400-800-1234", "4008001234",
                "0392-3326626", "010-12345678", "0392-3326626-801", "13812345678")) {
            assertTrue(Phones.isValid(ok), ok);
        }
    }

    @Test
    void refusesWhatCannotBeDialled() {
        for (String bad : List.of("0392 3326626", "03923326626", "3326626", "1234", "12345678901", "0392-332662",
                "0392-3326626转801", "(0392)3326626")) {
            assertFalse(Phones.isValid(bad), bad);
        }
    }
}
