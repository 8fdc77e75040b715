package ipweek.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** GB 32100-2015: 18 characters without I, O, S, V, Z, and a MOD-31 check character. */
class UsccTest {

    @Test
    void computesTheCheckCharacterOfTheStandardsWorkedExample() {
        // The worked example that accompanies GB 32100-2015: the weighted sum is 1640, 1640 mod 31 = 28, 31 - 28 = 3.
        assertEquals('3', Uscc.checkCharacter("91350100M000100Y4"));
    }

    @Test
    void acceptsValidCodes() {
        assertEquals(Optional.empty(), Uscc.problem("91350100M000100Y43"));
        assertTrue(Uscc.problem("91350100M000100Y4Y").orElseThrow().contains("应为“3”"));
        assertEquals(Optional.empty(), Uscc.problem("91419923MA9XQJ4K1R"));
    }

    @Test
    void explainsWhatIsWrong() {
        assertTrue(Uscc.problem("91419923MA9XQJ4K1A").orElseThrow().contains("应为“R”"));
        assertTrue(Uscc.problem("91419923MA9XQJ4K1").orElseThrow().contains("17位"));
        assertTrue(Uscc.problem("91419923MA9XQJ4KIR").orElseThrow().contains("第17位“I”"));
        assertTrue(Uscc.problem("91419923ma9xqj4k1r").orElseThrow().contains("大写"));
        assertTrue(Uscc.problem("91419923MA9XQJ4K1RR").orElseThrow().contains("19位"));
    }

    @Test
    void everyCheckCharacterIsFromTheCharset() {
        for (int i = 0; i < 31; i++) {
            String body = "9141992" + Uscc.CHARSET.charAt(i) + "MA9XQJ4K1";
            char check = Uscc.checkCharacter(body);
            assertTrue(Uscc.CHARSET.indexOf(check) >= 0);
            assertEquals(Optional.empty(), Uscc.problem(body + check));
        }
    }
}
