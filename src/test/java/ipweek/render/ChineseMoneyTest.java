package ipweek.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** 10,000 元 and more in 万元 with up to four decimals, less in 元; never rounded. */
class ChineseMoneyTest {

    private static String of(String yuan) {
        return ChineseMoney.of(new BigDecimal(yuan));
    }

    @Test
    void showsLargeAmountsInWanYuanExactly() {
        assertEquals("187.0838万元", of("1870838"));
        assertEquals("561万元", of("5610000"));
        assertEquals("8.6万元", of("86000"));
        assertEquals("1万元", of("10000"));
        assertEquals("1.0001万元", of("10001"));
        assertEquals("8.605万元", of("86050.00"));
    }

    @Test
    void showsSmallAmountsInYuan() {
        assertEquals("9999元", of("9999"));
        assertEquals("523.5元", of("523.50"));
        assertEquals("0元", of("0"));
    }

    @Test
    void neverRoundsAnAmountThatNeedsMoreThanFourDecimalsInWanYuan() {
        assertEquals("12345.67元", of("12345.67"));
        assertEquals("12345.6元", of("12345.6"));
    }

    @Test
    void givesTheExactAmountInYuanToo() {
        assertEquals("1870838元", ChineseMoney.yuan(new BigDecimal("1870838")));
        assertEquals("5000000元", ChineseMoney.yuan(new BigDecimal("5E+6")));
    }
}
