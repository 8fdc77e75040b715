package ipweek.parse;

import ipweek.diag.SourceRef;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A YAML value with the position it was written at, so every later check can point at the source. */
public sealed interface YamlNode permits YamlNode.Scalar, YamlNode.Mapping, YamlNode.Sequence {

    SourceRef at();

    /** What editors call this kind of value, for "expected … but found …" messages. */
    String kindLabel();

    /**
     * A scalar as written: {@code text} is the source text (so {@code 045000} stays {@code 045000}), {@code quoted}
     * tells {@code "2026-04-20"} from {@code 2026-04-20}, {@code isNull} is an empty value or {@code ~}/{@code null}.
     */
    record Scalar(String text, boolean quoted, boolean isNull, SourceRef at) implements YamlNode {
        @Override
        public String kindLabel() {
            return "文本";
        }
    }

    record Entry(String key, SourceRef keyAt, YamlNode value) {
    }

    record Mapping(Map<String, Entry> entries, SourceRef at) implements YamlNode {
        public Mapping {
            entries = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(entries));
        }

        @Override
        public String kindLabel() {
            return "键值对（映射）";
        }
    }

    record Sequence(List<YamlNode> items, SourceRef at) implements YamlNode {
        public Sequence {
            items = List.copyOf(items);
        }

        @Override
        public String kindLabel() {
            return "列表";
        }
    }
}
