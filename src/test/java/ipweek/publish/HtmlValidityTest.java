package ipweek.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import ipweek.testing.PublishedDemo;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nu.validator.client.EmbeddedValidator;
import org.junit.jupiter.api.Test;

/** Every page kind of the published demo passes the Nu Html Checker (vnu, in-process) without errors. */
class HtmlValidityTest {

    @Test
    void everyPageKindIsValidHtml() throws Exception {
        EmbeddedValidator vnu = new EmbeddedValidator();
        vnu.setOutputFormat(EmbeddedValidator.OutputFormat.JSON);
        vnu.setNoLangDetect(true);
        ObjectMapper json = new ObjectMapper();
        Map<String, String> kinds = PublishedDemo.pageKinds();
        assertTrue(kinds.keySet().containsAll(List.of("kind-home", "kind-article", "kind-404", "kind-news-list",
                "kind-activity", "kind-activities", "kind-tag", "kind-tags", "kind-calendar", "kind-about",
                "kind-accessibility", "kind-sitemap-page")), kinds.keySet().toString());
        List<String> errors = new ArrayList<>();
        for (Map.Entry<String, String> kind : kinds.entrySet()) {
            Path page = PublishedDemo.output().resolve(kind.getValue());
            JsonNode report = json.readTree(vnu.validate(page));
            for (JsonNode m : report.path("messages")) {
                String type = m.path("type").asText();
                if (type.equals("error") || type.equals("non-document-error")) {
                    errors.add(kind.getValue() + ":" + m.path("lastLine").asText() + ":" + m.path("lastColumn").asText()
                            + ": " + m.path("message").asText() + "  «" + m.path("extract").asText().strip() + "»");
                }
            }
        }
        assertEquals(List.of(), errors, () -> String.join("\n", errors));
    }

    @Test
    void theCheckerReportsErrors() throws Exception {
        EmbeddedValidator vnu = new EmbeddedValidator();
        vnu.setOutputFormat(EmbeddedValidator.OutputFormat.JSON);
        String bad = "<!doctype html><html lang=zh-CN><title>x</title><p><div></span>";
        String report = vnu.validate(new java.io.ByteArrayInputStream(bad.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertTrue(report.contains("\"type\":\"error\""), report);
    }
}
