package ipweek.check;

import ipweek.diag.Diagnostics;
import ipweek.diag.Problem;
import ipweek.model.AmountKind;
import ipweek.model.IpType;
import ipweek.model.Proceeding;
import ipweek.model.TypicalCase;
import ipweek.parse.LoadedContent;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * 商标法第六十条第二款: a trademark infringer's fine is at most five times the illegal revenue when that is 50,000 元 or
 * more, and at most 250,000 元 otherwise. A fine above the limit in a published case is almost always an amount typed
 * in 万元 or with a digit too many; aggravating circumstances exist, so this is only a warning.
 */
final class CaseFineLimitRule implements Rule {

    static final BigDecimal REVENUE_THRESHOLD = new BigDecimal(50_000);
    static final BigDecimal FLAT_LIMIT = new BigDecimal(250_000);

    @Override
    public void check(LoadedContent content, Diagnostics diagnostics) {
        content.caseBatches().stream().flatMap(b -> b.cases().stream()).forEach(c -> check(c, diagnostics));
    }

    private static void check(TypicalCase c, Diagnostics diagnostics) {
        if (c.proceeding() != Proceeding.ADMINISTRATIVE_PENALTY || !c.ipTypes().contains(IpType.TRADEMARK)) {
            return;
        }
        c.amount(AmountKind.FINE).ifPresent(fine -> {
            Optional<BigDecimal> revenue = c.amount(AmountKind.ILLEGAL_REVENUE).map(a -> a.yuan());
            boolean large = revenue.isPresent() && revenue.get().compareTo(REVENUE_THRESHOLD) >= 0;
            BigDecimal limit = large ? revenue.get().multiply(BigDecimal.valueOf(5)) : FLAT_LIMIT;
            if (fine.yuan().compareTo(limit) > 0) {
                String why = large ? "违法经营额的五倍" : "没有违法经营额或违法经营额不足五万元时";
                diagnostics.report(Problem.CASE_FINE_LIMIT, fine.at(), "amounts.fine", fine.yuan().toPlainString(),
                        limit.stripTrailingZeros().toPlainString(), why);
            }
        });
    }

    @Override
    public Optional<Object> reads(LoadedContent content) {
        return Optional.of(content.caseBatches());
    }
}
