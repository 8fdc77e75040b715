package ipweek.model;

import ipweek.diag.SourceRef;
import java.math.BigDecimal;
import java.util.Objects;

/** One amount of a case in 元, exactly as written (never rounded): 违法经营额 1870838, 罚款 5610000 … */
public record Amount(AmountKind kind, BigDecimal yuan, SourceRef at) {

    public Amount {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(yuan, "yuan");
        if (yuan.signum() < 0) {
            throw new IllegalArgumentException("negative amount");
        }
    }
}
