package ipweek.bake;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class Utf8BufferTest {

    @Test
    void encodesAsStringGetBytesDoesIncludingLoneSurrogates() {
        Utf8Buffer buffer = new Utf8Buffer();
        Random random = new Random(4);
        char[] sample = {'a', '<', 'é', 'ß', '知', '　', '\uD83D', '\uDE00', '\uDC00', '\uD800', '\uFFFF', '\u07FF', '\u0800'};
        for (int i = 0; i < 2_000; i++) {
            StringBuilder text = new StringBuilder();
            int len = random.nextInt(i < 1_990 ? 50 : 200_000); // the last ones outgrow the first buffers
            for (int k = 0; k < len; k++) {
                text.append(sample[random.nextInt(sample.length)]);
            }
            int n = buffer.encode(text);
            assertArrayEquals(text.toString().getBytes(StandardCharsets.UTF_8), Arrays.copyOf(buffer.bytes(), n),
                    text.toString());
        }
    }
}
