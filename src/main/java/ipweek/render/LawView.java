package ipweek.render;

import java.util.List;

/**
 * A law or policy document: {@code title} already in 《》; dates as 2019年11月1日 ("" when unknown); {@code statusCode}
 * current / amended / repealed / pending (not yet in force on the build date), for a CSS class.
 */
public record LawView(
        String id,
        String title,
        String shortTitle,
        String levelCode,
        String levelLabel,
        String issuer,
        String docNumber,
        String effectiveIso,
        String effectiveLabel,
        String amendedLabel,
        String repealedLabel,
        String statusCode,
        String statusLabel,
        boolean inForce,
        String replacedByTitle,
        String url,
        String summary) {

    /** Laws of one 效力级别. */
    public record Group(String levelCode, String levelLabel, List<LawView> laws) {
        public Group {
            laws = List.copyOf(laws);
        }
    }
}
