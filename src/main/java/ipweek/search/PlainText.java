package ipweek.search;

import java.util.List;
import java.util.Objects;
import org.jsoup.Jsoup;

/** Rendered Markdown (HTML) to the plain text that is indexed and shown in snippets. */
final class PlainText {

    private PlainText() {
    }

    static String of(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        return clean(Jsoup.parseBodyFragment(html).body().text());
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
