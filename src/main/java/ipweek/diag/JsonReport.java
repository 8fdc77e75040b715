package ipweek.diag;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The machine-readable report of {@code ipweek check --format json}, for CI annotations. Its shape is documented in
 * {@code docs/check-report.md} and {@code docs/check-report.schema.json}; {@code version} changes when it does.
 */
public final class JsonReport {

    public static final int VERSION = 1;

    private JsonReport() {
    }

    public static String of(List<Diagnostic> diagnostics, int pages, boolean passed) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("tool", "ipweek");
        root.put("version", VERSION);
        root.put("passed", passed);
        root.put("errors", diagnostics.stream().filter(Diagnostic::isError).count());
        root.put("warnings", diagnostics.stream().filter(d -> !d.isError()).count());
        root.put("pages", pages);
        root.put("problems", diagnostics.stream().map(JsonReport::problem).toList());
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> problem(Diagnostic d) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("severity", d.isError() ? "error" : "warning");
        p.put("code", d.code());
        p.put("file", d.where().file());
        p.put("line", d.where().line());
        p.put("column", d.where().column());
        p.put("field", d.field());
        p.put("message", d.message());
        p.put("hint", d.hint());
        return p;
    }
}
