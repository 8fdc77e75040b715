package ipweek.check;

import ipweek.diag.Diagnostics;
import ipweek.diag.Problem;
import ipweek.model.CaseBatch;
import ipweek.model.TypicalCase;
import ipweek.parse.LoadedContent;
import java.util.Optional;

/**
 * A case is decided before the batch that publishes it: a later {@code decision_date} is usually a wrong year. It can
 * be right (a judgment on appeal after the release), so it is a warning.
 */
final class CaseDateRule implements Rule {

    @Override
    public void check(LoadedContent content, Diagnostics diagnostics) {
        for (CaseBatch batch : content.caseBatches()) {
            for (TypicalCase c : batch.cases()) {
                c.decision().filter(d -> d.date().isAfter(batch.published())).ifPresent(d ->
                        diagnostics.report(Problem.CASE_DECIDED_AFTER_RELEASE, d.at(), "decision_date", d.date(),
                                batch.published()));
            }
        }
    }

    @Override
    public Optional<Object> reads(LoadedContent content) {
        return Optional.of(content.caseBatches());
    }
}
