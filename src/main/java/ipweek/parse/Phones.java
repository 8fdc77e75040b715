package ipweek.parse;

import ipweek.diag.Problem;
import ipweek.diag.SourceRef;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Telephone numbers as Chinese public services print them: 5-digit service numbers (12345, 12315, 12360), the
 * emergency numbers (110 …), 95/96 service numbers, 400/800 numbers, landlines with their area code
 * ({@code 0392-3326626}, optionally {@code -分机}) and mobiles. One number per list item, digits and hyphens only, so
 * pages can make {@code tel:} links of them.
 */
final class Phones {

    private static final List<Pattern> FORMATS = List.of(
            Pattern.compile("1\\d{4}"),
            Pattern.compile("11[09]|12[02]"),
            Pattern.compile("9[56]\\d{3,4}"),
            Pattern.compile("[48]00-?\\d{3}-?\\d{4}"),
            Pattern.compile("0\\d{2,3}-\\d{7,8}(-\\d{1,6})?"),
            Pattern.compile("1[3-9]\\d{9}"));

    /** The legacy IP hotline; most cities folded it into 12345 after 国办发〔2020〕53号. */
    static final String LEGACY_IP_HOTLINE = "12330";

    private Phones() {
    }

    static boolean isValid(String phone) {
        return FORMATS.stream().anyMatch(p -> p.matcher(phone).matches());
    }

    /** The numbers at {@code key} (one text or a list), each checked where it is written. */
    static List<String> read(Fields f, String key) {
        List<String> out = new ArrayList<>();
        List<Positioned> items = Positioned.texts(f, key);
        for (Positioned item : items) {
            String phone = item.text();
            if (!isValid(phone)) {
                f.diagnostics().report(Problem.PHONE_FORMAT, item.at(), f.fieldPath(key), phone);
                continue;
            }
            if (phone.equals(LEGACY_IP_HOTLINE)) {
                f.diagnostics().report(Problem.PHONE_LEGACY_12330, item.at(), f.fieldPath(key), phone);
            }
            out.add(phone);
        }
        return List.copyOf(out);
    }

    /** A text of a list with where it was written. */
    record Positioned(String text, SourceRef at) {

        static List<Positioned> texts(Fields f, String key) {
            List<Positioned> out = new ArrayList<>();
            f.value(key).ifPresent(node -> {
                if (node instanceof YamlNode.Sequence seq) {
                    for (YamlNode item : seq.items()) {
                        if (item instanceof YamlNode.Scalar s && !s.isNull() && !s.text().isBlank()) {
                            out.add(new Positioned(s.text().strip(), s.at()));
                        } else if (!(item instanceof YamlNode.Scalar)) {
                            f.diagnostics().report(Problem.FIELD_TYPE, item.at(), f.fieldPath(key), "文本", item.kindLabel());
                        }
                    }
                } else if (node instanceof YamlNode.Scalar s) {
                    if (!s.text().isBlank()) {
                        out.add(new Positioned(s.text().strip(), s.at()));
                    }
                } else {
                    f.diagnostics().report(Problem.FIELD_TYPE, node.at(), f.fieldPath(key), "文本或列表", node.kindLabel());
                }
            });
            return out;
        }
    }
}
