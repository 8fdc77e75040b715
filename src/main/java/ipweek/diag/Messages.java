package ipweek.diag;

import java.text.MessageFormat;
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

    private static String format(String key, Object... args) {
        String pattern;
        try {
            pattern = BUNDLE.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("no message for " + key, e);
        }
        // MessageFormat would format numbers with grouping (2,026); callers pass text.
        Object[] texts = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            texts[i] = String.valueOf(args[i]);
        }
        return new MessageFormat(pattern.replace("'", "''"), Locale.ROOT).format(texts);
    }
}
