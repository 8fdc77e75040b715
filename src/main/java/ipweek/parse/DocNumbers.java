package ipweek.parse;

import ipweek.diag.Problem;
import java.util.regex.Pattern;

/** 发文字号 are written with 六角括号: 淇市监〔2026〕12号. Other brackets around the year are a common slip. */
public final class DocNumbers {

    private static final Pattern WRONG_BRACKETS = Pattern.compile("[\\[（(【［]\\s*\\d{4}\\s*[\\]）)】］]");

    private DocNumbers() {
    }

    public static void check(Fields f, String key, String docNumber) {
        if (docNumber != null && WRONG_BRACKETS.matcher(docNumber).find()) {
            String fixed = WRONG_BRACKETS.matcher(docNumber)
                    .replaceAll(m -> "〔" + m.group().replaceAll("\\D", "") + "〕");
            f.diagnostics().report(Problem.DOC_NUMBER_BRACKETS, f.at(key), f.fieldPath(key), docNumber, fixed);
        }
    }
}
