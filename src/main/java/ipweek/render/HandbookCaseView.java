package ipweek.render;

import java.util.List;

/**
 * A typical case as the handbook prints it: 案例一 and the title, a line of facts (办案单位, 权利类型, 程序, 日期, 文书号),
 * then the three classic parts under the publisher's own headings. {@code pageUrl} is the case's page on the site.
 */
public record HandbookCaseView(
        String id,
        String ordinal,
        String title,
        List<String> facts,
        String factsLabel,
        String factsHtml,
        String resultLabel,
        String resultHtml,
        List<String> legalBasis,
        String significanceLabel,
        String significanceHtml,
        String pageUrl) {

    public HandbookCaseView {
        facts = List.copyOf(facts);
        legalBasis = List.copyOf(legalBasis);
    }
}
