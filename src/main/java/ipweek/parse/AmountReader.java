package ipweek.parse;

import ipweek.diag.Problem;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Amounts of money written in YAML, always in 元: a whole number or one with at most two decimals (分). The text is
 * read as written, so 1870838.10 stays exact; editors' usual slips — a minus sign, thousands separators, 万元 — get a
 * message saying what to write instead.
 */
final class AmountReader {

    private static final Pattern YUAN = Pattern.compile("\\d+(\\.\\d{1,2})?");
    private static final Pattern WAN = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*万元?");
    private static final Pattern GROUPED = Pattern.compile("\\d{1,3}([,，]\\d{3})+(\\.\\d{1,2})?");

    private AmountReader() {
    }

    static Optional<BigDecimal> read(Fields f, String key) {
        String text = f.text(key);
        if (text == null || text.isEmpty()) {
            return Optional.empty();
        }
        String value = text.replace("元", "").strip();
        if (YUAN.matcher(value).matches()) {
            return Optional.of(new BigDecimal(value));
        }
        f.diagnostics().report(Problem.AMOUNT_INVALID, f.at(key), f.fieldPath(key), text, why(value));
        return Optional.empty();
    }

    private static String why(String value) {
        if (value.startsWith("-") || value.startsWith("−")) {
            return "金额不能为负数";
        }
        Matcher wan = WAN.matcher(value);
        if (wan.matches()) {
            return "金额以元为单位，应写成 " + new BigDecimal(wan.group(1)).movePointRight(4).stripTrailingZeros().toPlainString();
        }
        if (GROUPED.matcher(value).matches()) {
            return "不要写千位分隔符，应写成 " + value.replaceAll("[,，]", "");
        }
        if (value.matches("\\d+\\.\\d{3,}")) {
            return "最多两位小数（精确到分）";
        }
        return "不是数字";
    }
}
