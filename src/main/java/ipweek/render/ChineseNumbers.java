package ipweek.render;

import java.time.LocalDate;

/** Chinese numerals as books print them: 第十二章, and cover dates written digit by digit (二〇二六年四月). */
public final class ChineseNumbers {

    private static final String DIGITS = "〇一二三四五六七八九";

    private ChineseNumbers() {
    }

    /** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 99 → 九十九 (chapters never reach 100). */
    public static String of(int n) {
        if (n < 1 || n > 99) {
            return Integer.toString(n);
        }
        if (n < 10) {
            return String.valueOf(DIGITS.charAt(n));
        }
        int tens = n / 10;
        int ones = n % 10;
        return (tens == 1 ? "" : String.valueOf(DIGITS.charAt(tens))) + "十" + (ones == 0 ? "" : String.valueOf(DIGITS.charAt(ones)));
    }

    /** 2026-04-20 → 二〇二六年四月, the way covers and 落款 date a publication. */
    public static String yearMonth(LocalDate d) {
        StringBuilder year = new StringBuilder();
        for (char c : Integer.toString(d.getYear()).toCharArray()) {
            year.append(DIGITS.charAt(c - '0'));
        }
        return year + "年" + of(d.getMonthValue()) + "月";
    }
}
