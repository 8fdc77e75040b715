package ipweek.render;

import java.math.BigDecimal;

/**
 * Amounts as published cases print them: 10,000 元 and more in 万元 (187.0838万元), less in 元 (8600元). Never rounded:
 * 万元 has room for four decimals, which is exact to the 元; an amount with 分 that would need more stays in 元
 * (12345.67元).
 */
public final class ChineseMoney {

    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);

    private ChineseMoney() {
    }

    public static String of(BigDecimal yuan) {
        if (yuan.compareTo(TEN_THOUSAND) >= 0) {
            BigDecimal wan = yuan.movePointLeft(4).stripTrailingZeros();
            if (wan.scale() <= 4) {
                return plain(wan) + "万元";
            }
        }
        return plain(yuan.stripTrailingZeros()) + "元";
    }

    /** The exact amount in 元, for a {@code title} or a screen reader: 1870838元. */
    public static String yuan(BigDecimal yuan) {
        return plain(yuan.stripTrailingZeros()) + "元";
    }

    private static String plain(BigDecimal value) {
        return value.scale() < 0 ? value.setScale(0).toPlainString() : value.toPlainString();
    }
}
