package ipweek.parse;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import ipweek.diag.Diagnostics;
import ipweek.diag.Problem;
import ipweek.diag.SourceRef;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Reads YAML text into a {@link YamlNode} tree that keeps positions, with jackson-dataformat-yaml's streaming parser.
 * Before parsing it looks for the mistakes Chinese editors make most, which YAML itself reports badly: tabs,
 * full-width colons and full-width spaces used as YAML syntax.
 */
public final class YamlReader {

    /** {@code title：…} at the start of a line: a key followed by a full-width colon. */
    private static final Pattern FULLWIDTH_COLON_KEY = Pattern.compile("^(\\s*(?:-\\s+)?)([A-Za-z_][A-Za-z0-9_]*)\\s*：");
    private static final Pattern LEADING_WHITESPACE = Pattern.compile("^[ \\t\\u3000]+");

    private final YAMLFactory factory;

    public YamlReader() {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(12 * 1024 * 1024);
        options.setMaxAliasesForCollections(20);
        options.setNestingDepthLimit(50);
        options.setAllowDuplicateKeys(true); // reported by us, with both positions
        this.factory = YAMLFactory.builder().loaderOptions(options).build();
    }

    /**
     * Parses {@code text} (which starts at line {@code firstLine} of {@code file}); problems go to {@code diagnostics}
     * and the result is empty when the text cannot be used.
     */
    public Optional<YamlNode> read(String file, String text, int firstLine, Diagnostics diagnostics) {
        if (!lint(file, text, firstLine, diagnostics)) {
            return Optional.empty();
        }
        try (JsonParser parser = factory.createParser(text)) {
            JsonToken token = parser.nextToken();
            if (token == null) {
                return Optional.of(new YamlNode.Scalar("", false, true, SourceRef.at(file, firstLine, 1)));
            }
            return Optional.of(new TreeBuilder(file, text, firstLine, parser, diagnostics).node());
        } catch (TooDeep e) {
            diagnostics.report(Problem.YAML_SYNTAX, e.at, "", "嵌套层数超过 " + MAX_DEPTH + " 层");
            return Optional.empty();
        } catch (JsonProcessingException e) {
            JsonLocation loc = e.getLocation();
            int line = loc != null && loc.getLineNr() > 0 ? loc.getLineNr() : 1;
            int column = loc != null && loc.getColumnNr() > 0 ? loc.getColumnNr() : 1;
            diagnostics.report(Problem.YAML_SYNTAX, SourceRef.at(file, line + firstLine - 1, column), "",
                    explain(e.getOriginalMessage()));
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            // snakeyaml reports some limits (alias counts, nesting) as unchecked exceptions
            diagnostics.report(Problem.YAML_SYNTAX, SourceRef.at(file, firstLine, 1), "", explain(String.valueOf(e.getMessage())));
            return Optional.empty();
        }
    }

    private static boolean lint(String file, String text, int firstLine, Diagnostics diagnostics) {
        // Most files have none of the three characters these checks look for: one scan each instead of two
        // regular expressions per line.
        boolean oddSpace = text.indexOf('\t') >= 0 || text.indexOf('\u3000') >= 0;
        if (!oddSpace && text.indexOf('：') < 0) {
            return true;
        }
        boolean ok = true;
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int lineNo = firstLine + i;
            Matcher indent = LEADING_WHITESPACE.matcher(line);
            if (oddSpace && indent.find()) {
                String ws = indent.group();
                int tab = ws.indexOf('\t');
                int ideographic = ws.indexOf('\u3000');
                if (tab >= 0) {
                    diagnostics.report(Problem.YAML_TAB, SourceRef.at(file, lineNo, tab + 1), "");
                    ok = false;
                } else if (ideographic >= 0) {
                    diagnostics.report(Problem.YAML_FULLWIDTH_SPACE, SourceRef.at(file, lineNo, ideographic + 1), "");
                    ok = false;
                }
            }
            Matcher colon = FULLWIDTH_COLON_KEY.matcher(line);
            if (line.indexOf('：') >= 0 && colon.find() && !line.trim().startsWith("#")) {
                diagnostics.report(Problem.YAML_FULLWIDTH_COLON,
                        SourceRef.at(file, lineNo, colon.end()), colon.group(2), colon.group(2));
                ok = false;
            }
        }
        return ok;
    }

    /** snakeyaml's English messages, shortened to what helps; the position is printed separately. */
    private static String explain(String message) {
        if (message == null) {
            return "";
        }
        String m = message.strip();
        int nl = m.indexOf('\n');
        String first = nl > 0 ? m.substring(0, nl) : m;
        if (m.contains("mapping values are not allowed")) {
            return "此处不能出现冒号“: ”，值里含有冒号时请给整个值加英文双引号";
        }
        if (m.contains("found unexpected end of stream") || m.contains("while scanning a quoted scalar")) {
            return "引号没有闭合";
        }
        if (m.contains("could not find expected ':'")) {
            return "缺少冒号“: ”，或上一行的引号没有闭合";
        }
        if (m.contains("did not find expected key") || m.contains("expected <block end>")) {
            return "缩进不一致：同一层的字段必须左对齐";
        }
        if (m.contains("Number of aliases")) {
            return "别名（*引用）过多，文件可能是恶意构造的";
        }
        if (m.contains("Nesting Depth")) {
            return "嵌套层数过深";
        }
        return first;
    }

    /** Content never nests deeper than a few levels; a file that does is broken or built to exhaust the stack. */
    static final int MAX_DEPTH = 40;

    private static final class TooDeep extends RuntimeException {
        final SourceRef at;

        TooDeep(SourceRef at) {
            super(null, null, false, false);
            this.at = at;
        }
    }

    /** Turns the token stream into nodes, one value at a time. */
    private static final class TreeBuilder {
        private final String file;
        private final int lineOffset;
        private final String[] lines;
        private final JsonParser parser;
        private final Diagnostics diagnostics;

        TreeBuilder(String file, String text, int firstLine, JsonParser parser, Diagnostics diagnostics) {
            this.file = file;
            this.lineOffset = firstLine - 1;
            this.lines = text.split("\n", -1);
            this.parser = parser;
            this.diagnostics = diagnostics;
        }

        private SourceRef here() {
            JsonLocation loc = parser.currentTokenLocation();
            int line = Math.max(1, loc.getLineNr());
            int column = Math.max(1, loc.getColumnNr());
            return SourceRef.at(file, line + lineOffset, column);
        }

        private int depth;

        YamlNode node() throws IOException {
            JsonToken token = parser.currentToken();
            SourceRef at = here();
            if ((token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) && ++depth > MAX_DEPTH) {
                throw new TooDeep(at);
            }
            try {
                return value(token, at);
            } finally {
                if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
                    depth--;
                }
            }
        }

        private YamlNode value(JsonToken token, SourceRef at) throws IOException {
            switch (token) {
                case START_OBJECT -> {
                    Map<String, YamlNode.Entry> entries = new LinkedHashMap<>();
                    while (parser.nextToken() == JsonToken.FIELD_NAME) {
                        String key = parser.currentName();
                        SourceRef keyAt = here();
                        parser.nextToken();
                        YamlNode value = node();
                        YamlNode.Entry previous = entries.get(key);
                        if (previous != null) {
                            diagnostics.report(Problem.YAML_DUPLICATE_KEY, keyAt, key, key, previous.keyAt().line());
                        } else {
                            entries.put(key, new YamlNode.Entry(key, keyAt, value));
                        }
                    }
                    return new YamlNode.Mapping(entries, at);
                }
                case START_ARRAY -> {
                    List<YamlNode> items = new ArrayList<>();
                    while (parser.nextToken() != JsonToken.END_ARRAY) {
                        items.add(node());
                    }
                    return new YamlNode.Sequence(items, at);
                }
                case VALUE_NULL -> {
                    return new YamlNode.Scalar("", false, true, at);
                }
                default -> {
                    if (parser instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
                        // Aliases (*name) would let one file expand into millions of values; content never needs them.
                        diagnostics.report(Problem.YAML_ALIAS, at, "", parser.getText());
                        return new YamlNode.Scalar("", false, true, at);
                    }
                    String text = parser.getText();
                    return new YamlNode.Scalar(text == null ? "" : text, isQuoted(at), false, at);
                }
            }
        }

        private boolean isQuoted(SourceRef at) {
            int i = at.line() - lineOffset - 1;
            if (i < 0 || i >= lines.length) {
                return false;
            }
            String line = lines[i];
            int c = at.column() - 1;
            return c >= 0 && c < line.length() && (line.charAt(c) == '"' || line.charAt(c) == '\'');
        }
    }
}
