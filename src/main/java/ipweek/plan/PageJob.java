package ipweek.plan;

import java.util.Map;
import java.util.Objects;

/**
 * One output file to render: its path in the output folder ({@code dongtai/2026/x/index.html}), the template name
 * without extension ({@code article}; {@code .ftlh}, or {@code .ftlx} for XML files) and the complete data model the
 * template sees.
 */
public record PageJob(String file, String template, boolean xml, Map<String, Object> model, String lastmod) {

    public PageJob {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(template, "template");
        model = Map.copyOf(model);
        lastmod = lastmod == null ? "" : lastmod;
    }

    public String templateFile() {
        return template + (xml ? ".ftlx" : ".ftlh");
    }

    /** Pages that belong in {@code sitemap.xml}: HTML pages other than the error page. */
    public boolean isListedPage() {
        return !xml && file.endsWith("index.html");
    }
}
