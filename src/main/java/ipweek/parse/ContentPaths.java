package ipweek.parse;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/** Resolves relative references written in content against the folder of the file they are written in. */
public final class ContentPaths {

    private ContentPaths() {
    }

    /**
     * {@code ref} resolved against {@code fromFile} (both relative to the content folder), normalised; empty when the
     * result would leave the content folder (a {@code ../../etc/passwd} or an absolute path).
     */
    public static Optional<String> resolve(String fromFile, String ref) {
        String decoded = URLDecoder.decode(ref.replace("+", "%2B"), StandardCharsets.UTF_8);
        if (decoded.startsWith("/") || decoded.startsWith("\\") || decoded.matches("^[A-Za-z]:.*")) {
            return Optional.empty();
        }
        int slash = fromFile.lastIndexOf('/');
        String base = slash < 0 ? "" : fromFile.substring(0, slash + 1);
        return normalise(base + decoded);
    }

    /** A path from the content folder with {@code .} and {@code ..} removed; empty if it climbs above the folder. */
    public static Optional<String> normalise(String path) {
        Deque<String> parts = new ArrayDeque<>();
        for (String part : path.replace('\\', '/').split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                if (parts.isEmpty()) {
                    return Optional.empty();
                }
                parts.removeLast();
            } else {
                parts.addLast(part);
            }
        }
        return Optional.of(String.join("/", parts));
    }

    /** True for URLs that leave the site: {@code https:}, {@code mailto:}, {@code tel:} … */
    public static boolean hasScheme(String url) {
        return url.matches("^[A-Za-z][A-Za-z0-9+.-]*:.*") && !url.matches("^[A-Za-z]:[\\\\/].*");
    }

    /** Schemes that run code or smuggle content in a browser: never let them into a page. */
    public static boolean isUnsafe(String url) {
        String u = url.strip().toLowerCase(java.util.Locale.ROOT).replaceAll("[\\s\\u0000-\\u001f]", "");
        return u.startsWith("javascript:") || u.startsWith("vbscript:") || u.startsWith("data:") || u.startsWith("file:");
    }
}
