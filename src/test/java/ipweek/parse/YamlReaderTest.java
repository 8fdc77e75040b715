package ipweek.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ipweek.diag.Diagnostics;
import org.junit.jupiter.api.Test;

class YamlReaderTest {

    private final YamlReader reader = new YamlReader();

    @Test
    void keepsPositionsAndSourceTextOfScalars() {
        Diagnostics d = new Diagnostics();
        YamlNode node = reader.read("a.yaml", """
                postcode: 045000
                date: "2026-04-20"
                plain: 2026-04-20
                """, 1, d).orElseThrow();
        var map = (YamlNode.Mapping) node;
        var postcode = (YamlNode.Scalar) map.entries().get("postcode").value();
        assertEquals("045000", postcode.text());
        assertEquals(1, postcode.at().line());
        assertEquals(11, postcode.at().column());
        assertTrue(((YamlNode.Scalar) map.entries().get("date").value()).quoted());
        assertFalse(((YamlNode.Scalar) map.entries().get("plain").value()).quoted());
        assertFalse(d.hasErrors());
    }

    @Test
    void offsetsLinesOfFrontMatter() {
        Diagnostics d = new Diagnostics();
        var map = (YamlNode.Mapping) reader.read("a.md", "title: x\n", 2, d).orElseThrow();
        assertEquals(2, map.entries().get("title").keyAt().line());
    }

    @Test
    void refusesAliasBombs() {
        StringBuilder yaml = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x]\n");
        char prev = 'a';
        for (char c = 'b'; c <= 'k'; c++) {
            yaml.append(c).append(": &").append(c).append(" [");
            for (int i = 0; i < 9; i++) {
                yaml.append(i == 0 ? "" : ", ").append('*').append(prev);
            }
            yaml.append("]\n");
            prev = c;
        }
        Diagnostics d = new Diagnostics();
        reader.read("bomb.yaml", yaml.toString(), 1, d);
        assertTrue(d.sorted().stream().anyMatch(x -> x.code().equals("YAML_ALIAS")), d.sorted().toString());
    }
}
