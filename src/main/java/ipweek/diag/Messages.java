package ipweek.diag;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Looks up the Chinese message and hint of a {@link Problem}; arguments fill {@code {0}}, {@code {1}} … */
public final class Messages {

    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("ipweek.diag.Messages", Locale.ROOT);

    private Messages() {
    }

    public static String message(Problem problem, Object... args) {
        return format(problem.name() + ".message", args);
    }

    public static String hint(Problem problem, Object... args) {
        return BUNDLE.containsKey(problem.name() + ".hint") ? format(problem.name() + ".hint", args) : "";
    }

    public static String text(String key, Object... args) {
        return format(key, args);
    }

    /** The number between {@code from} and {@code to}, or -1 if that is not a plain argument index. */
    private static int argumentIndex(String pattern, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char d = pattern.charAt(i);
            if (d < '0' || d > '9' || to - from > 2) {
                return -1;
            }
            n = n * 10 + (d - '0');
        }
        return n;
    }

    private static String format(String key, Object... args) {
        String pattern;
        try {
            pattern = BUNDLE.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("no message for " + key, e);
        }
        // Patterns hold only {0}, {1} … and callers pass text, so the arguments are put in place directly: a
        // MessageFormat parsed its pattern anew for each of the thousands of warnings a large site can have.
        StringBuilder out = new StringBuilder(pattern.length() + 32);
        int i = 0;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            int close = c == '{' ? pattern.indexOf('}', i) : -1;
            int index = close > i + 1 ? argumentIndex(pattern, i + 1, close) : -1;
            if (index >= 0 && index < args.length) {
                out.append(args[index]);
                i = close + 1;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }
}
