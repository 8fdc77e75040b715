package ipweek.parse;

import java.util.Optional;

/**
 * 统一社会信用代码 (GB 32100-2015): 18 characters from a 31-character set without I, O, S, V and Z — 2 for the
 * registering authority and kind of body, 6 for the 行政区划, 9 for the 主体标识码 — and a MOD-31 check character,
 * {@code charset[(31 − Σ value(cᵢ)·wᵢ mod 31) mod 31]}.
 */
public final class Uscc {

    static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private Uscc() {
    }

    /** The check character for the first 17 characters (which must all be from the set). */
    public static char checkCharacter(String first17) {
        if (first17.length() != 17) {
            throw new IllegalArgumentException("17 characters expected: " + first17);
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int value = CHARSET.indexOf(first17.charAt(i));
            if (value < 0) {
                throw new IllegalArgumentException("not a USCC character: " + first17.charAt(i));
            }
            sum += value * WEIGHTS[i];
        }
        return CHARSET.charAt((31 - sum % 31) % 31);
    }

    /** What is wrong with {@code code}, in words for editors; empty when it is a valid code. */
    public static Optional<String> problem(String code) {
        int length = code.codePointCount(0, code.length());
        if (length != 18) {
            return Optional.of("应为18位，实际为" + length + "位");
        }
        for (int i = 0; i < 18; i++) {
            char c = code.charAt(i);
            if (CHARSET.indexOf(c) < 0) {
                if (c >= 'a' && c <= 'z') {
                    return Optional.of("字母须大写（第" + (i + 1) + "位“" + c + "”）");
                }
                return Optional.of("第" + (i + 1) + "位“" + c + "”不是允许的字符（数字和除 I、O、S、V、Z 以外的大写字母）");
            }
        }
        char expected = checkCharacter(code.substring(0, 17));
        if (code.charAt(17) != expected) {
            return Optional.of("校验码（第18位）应为“" + expected + "”，实际为“" + code.charAt(17) + "”，请核对前17位是否抄错");
        }
        return Optional.empty();
    }
}
