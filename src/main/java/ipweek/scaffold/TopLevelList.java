package ipweek.scaffold;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A block list under a top-level key of a YAML file ({@code chapters:} in {@code handbook.yaml}, {@code cases:} in a
 * whole-batch file), found in the text itself so that an item can be added after its last item while every other
 * line, comment and blank line stays as the editor wrote it. Items may be flow mappings ({@code - {id: a, …}}) or
 * block mappings; later top-level keys ({@code appendices:}) and the file's line ends (LF or CRLF) are kept.
 *
 * @param lines the file's lines, LF-split
 * @param keyLine the index of the {@code key:} line
 * @param last the index of the list's last line that has content (the key's own line when the list is empty)
 * @param indent the spaces before each item's {@code -}
 * @param flowItems whether the last item is a flow mapping ({@code - {…}})
 * @param items how many items the list has
 * @param newline the file's line end
 */
record TopLevelList(List<String> lines, int keyLine, int last, String indent, boolean flowItems, int items, String newline) {

    private static final Pattern ITEM = Pattern.compile("^( *)-(?:\\s+(.*))?$");

    TopLevelList {
        lines = List.copyOf(lines);
    }

    /**
     * The list under {@code key:}; empty when the file has no such top-level key or writes the list on the key's own
     * line ({@code key: [a, b]}). An empty {@code key: []} is turned into a block list.
     */
    static Optional<TopLevelList> find(String text, String key) {
        String newline = text.contains("\r\n") ? "\r\n" : "\n";
        List<String> lines = new ArrayList<>(List.of(text.replace("\r\n", "\n").split("\n", -1)));
        Pattern head = Pattern.compile("^" + Pattern.quote(key) + ":[ \\t]*(\\[[ \\t]*\\])?[ \\t]*(#.*)?$");
        int keyLine = -1;
        for (int i = 0; i < lines.size() && keyLine < 0; i++) {
            Matcher m = head.matcher(lines.get(i));
            if (m.matches()) {
                keyLine = i;
                if (m.group(1) != null) {
                    lines.set(i, key + ":" + (m.group(2) == null ? "" : " " + m.group(2)));
                }
            }
        }
        if (keyLine < 0) {
            return Optional.empty();
        }
        int last = keyLine;
        String indent = null;
        boolean flow = false;
        int items = 0;
        for (int i = keyLine + 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (!Character.isWhitespace(line.charAt(0)) && line.charAt(0) != '-') {
                break; // the next top-level key
            }
            last = i;
            Matcher item = ITEM.matcher(line);
            if (item.matches() && (indent == null || item.group(1).length() == indent.length())) {
                indent = item.group(1);
                flow = item.group(2) != null && item.group(2).startsWith("{");
                items++;
            }
        }
        return Optional.of(new TopLevelList(lines, keyLine, last, indent == null ? "  " : indent, flow, items, newline));
    }

    /** The list's own lines, without the key: where to look for ids and numbers already used. */
    String body() {
        return String.join("\n", lines.subList(keyLine + 1, last + 1));
    }

    /**
     * The file's text with one more item after the last: {@code item} is written as a top-level mapping (its comment
     * lines first), and is indented here to sit in the list.
     */
    String withItem(List<String> item) {
        List<String> out = new ArrayList<>(lines.subList(0, last + 1));
        boolean first = true;
        for (String line : item) {
            if (line.isBlank()) {
                out.add("");
            } else if (line.startsWith("#")) {
                out.add(indent + (first ? "" : "  ") + line);
            } else {
                out.add(indent + (first ? "- " : "  ") + line);
                first = false;
            }
        }
        out.addAll(lines.subList(last + 1, lines.size()));
        if (!out.get(out.size() - 1).isEmpty()) {
            out.add(""); // end the file with a line end
        }
        return String.join(newline, out);
    }
}
