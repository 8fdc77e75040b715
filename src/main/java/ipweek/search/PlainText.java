package ipweek.search;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/** Rendered Markdown (HTML) to the plain text that is indexed and shown in snippets. */
final class PlainText {

    private PlainText() {
    }

    /**
     * Tags after which text runs on without a space ({@code <strong>商标</strong>权} is one word); the others separate
     * words, as an HTML parser's text has it ({@code del} and {@code ins} included).
     */
    private static final Set<String> INLINE = Set.of("a", "abbr", "b", "cite", "code", "em", "i", "img", "kbd", "mark",
            "q", "small", "span", "strong", "sub", "sup", "u");

    /**
     * The text of rendered Markdown. Not a general HTML parser: this HTML is flexmark's (raw HTML in content is escaped
     * before it gets here), so tags are well formed and the only entities are flexmark's escapes and numeric
     * references. Block tags separate words, inline tags do not. An HTML parser per document took more time than
     * tokenizing it.
     */
    static String of(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        StringBuilder out = new StringBuilder(html.length());
        int i = 0;
        int n = html.length();
        while (i < n) {
            char c = html.charAt(i);
            if (c == '<') {
                int end = html.indexOf('>', i);
                if (end < 0) {
                    break;
                }
                if (!INLINE.contains(tagName(html, i + 1, end))) {
                    out.append(' ');
                }
                i = end + 1;
            } else if (c == '&') {
                int semi = html.indexOf(';', i);
                String decoded = semi > i && semi - i <= 10 ? entity(html.substring(i + 1, semi)) : null;
                if (decoded != null) {
                    out.append(decoded);
                    i = semi + 1;
                } else {
                    out.append(c);
                    i++;
                }
            } else {
                out.append(c);
                i++;
            }
        }
        return clean(out.toString());
    }

    private static String tagName(String html, int from, int end) {
        int start = from < end && html.charAt(from) == '/' ? from + 1 : from;
        int stop = start;
        while (stop < end && Character.isLetterOrDigit(html.charAt(stop))) {
            stop++;
        }
        return html.substring(start, stop).toLowerCase(java.util.Locale.ROOT);
    }

    /** The text of an entity reference (without {@code &} and {@code ;}), or null for one this does not know. */
    private static String entity(String name) {
        return switch (name) {
            case "amp" -> "&";
            case "lt" -> "<";
            case "gt" -> ">";
            case "quot" -> "\"";
            case "apos", "#39" -> "'";
            case "nbsp" -> " ";
            default -> numeric(name);
        };
    }

    private static String numeric(String name) {
        try {
            if (name.startsWith("#x") || name.startsWith("#X")) {
                return new String(Character.toChars(Integer.parseInt(name.substring(2), 16)));
            }
            return name.startsWith("#") ? new String(Character.toChars(Integer.parseInt(name.substring(1)))) : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Joins non-empty parts with a space. */
    static String join(List<String> parts) {
        return clean(String.join(" ", parts.stream().filter(Objects::nonNull).filter(s -> !s.isBlank()).toList()));
    }

    /** One line: control characters (invalid in XML) and runs of white space become one space. */
    static String clean(String s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ws = Character.isWhitespace(c) || Character.isISOControl(c) || c == '\u00a0' || c == '\u3000'
                    || c == '\ufffe' || c == '\uffff';
            if (ws) {
                space = out.length() > 0;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }
}
