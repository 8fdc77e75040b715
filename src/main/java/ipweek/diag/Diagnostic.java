package ipweek.diag;

import java.util.Comparator;
import java.util.Objects;

/**
 * One problem found in a site: severity, a stable English code (for tests, CI annotations and documentation), where
 * it is, the field it concerns (may be empty), a Chinese message and a Chinese hint (may be empty).
 */
public record Diagnostic(Severity severity, String code, SourceRef where, String field, String message, String hint) {

    /** Files first, then position, then code: the order problems are printed in, independent of thread timing. */
    public static final Comparator<Diagnostic> ORDER = Comparator.comparing(Diagnostic::where)
            .thenComparing(Diagnostic::severity)
            .thenComparing(Diagnostic::code)
            .thenComparing(Diagnostic::field)
            .thenComparing(Diagnostic::message);

    public Diagnostic {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(where, "where");
        if (code == null || !code.matches("[A-Z][A-Z0-9_]*")) {
            throw new IllegalArgumentException("codes are UPPER_SNAKE: " + code);
        }
        field = field == null ? "" : field;
        message = Objects.requireNonNull(message, "message");
        hint = hint == null ? "" : hint;
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
