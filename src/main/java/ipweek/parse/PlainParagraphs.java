package ipweek.parse;

/**
 * The HTML of Markdown that is nothing but paragraphs of plain text, made without flexmark. Most of a case's and a GI
 * product's fields are a sentence or two of Chinese; flexmark sets up its block parsers, table pre-processor and node
 * renderers anew for every document it is given, and for tens of thousands of such fields that set-up costs more than
 * the text itself (at 10,000 articles, a third of the time spent in flexmark). The test is strict: any character that
 * could start Markdown syntax, any leading or trailing space, a digit at the start of a line, any Unicode space, and
 * the text goes to flexmark; a test checks that both give the same bytes.
 */
final class PlainParagraphs {

    private PlainParagraphs() {
    }

    /** The HTML flexmark would make of {@code markdown}, or null when it is not only plain paragraphs. */
    static String html(String markdown) {
        StringBuilder html = new StringBuilder(markdown.length() + 32);
        boolean inParagraph = false;
        int n = markdown.length();
        int start = 0;
        while (start <= n) {
            int end = markdown.indexOf('\n', start);
            if (end < 0) {
                end = n;
            }
            if (end == start) {
                if (inParagraph) {
                    html.append("</p>\n");
                    inParagraph = false;
                }
            } else {
                if (!plainLine(markdown, start, end)) {
                    return null;
                }
                if (!inParagraph) {
                    html.append("<p>");
                    inParagraph = true;
                }
                html.append(markdown, start, end);
            }
            start = end + 1;
        }
        if (inParagraph) {
            html.append("</p>\n");
        }
        return html.toString();
    }

    private static boolean plainLine(String s, int start, int end) {
        char first = s.charAt(start);
        if (first == ' ' || (first >= '0' && first <= '9') || s.charAt(end - 1) == ' ') {
            return false;
        }
        for (int i = start; i < end; i++) {
            if (!plainChar(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean plainChar(char c) {
        if (c < 0x80) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || " ,.;:?()/%".indexOf(c) >= 0;
        }
        return !Character.isWhitespace(c) && !Character.isSpaceChar(c) && !Character.isISOControl(c)
                && !(c >= '\uE000' && c <= '\uF8FF');
    }
}
