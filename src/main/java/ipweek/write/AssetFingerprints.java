package ipweek.write;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Cache busting for a published site: every stylesheet and script under {@code assets/} is written as
 * {@code name.<8 hex>.ext}, the start of the SHA-256 of its bytes, and every {@code href}/{@code src} of a page that
 * leads to it is rewritten. A server may then cache these files for a year: a changed file gets a new name.
 *
 * <p>The names are worked out before any page is rendered (the final bytes are known then: theme assets with the
 * site's own assets over them), and each page is rewritten in memory as it is rendered, so no page is written twice.
 * Templates keep referring to {@code ${site.assetsUrl}css/site.css} — the preview server, which serves unfingerprinted
 * files, needs nothing else. The rewrite is not a text search: each attribute value is resolved against its page (or,
 * for the 404 page, against the site's base path) and replaced only when it leads to a renamed file. Images keep their
 * names, so {@code url(...)} references inside the stylesheets, which stay in their folder, still resolve; servers
 * give images a shorter cache time.
 */
public final class AssetFingerprints {

    /** What is fingerprinted: text assets whose names templates write. */
    private static final Pattern FINGERPRINTED = Pattern.compile("[^/]+\\.(css|js)$");
    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:.*");

    private final Map<String, String> renamed;
    private final String basePath;

    /** The folder every renamed file is in. */
    private static final String FOLDER = "assets/";

    private AssetFingerprints(Map<String, String> renamed, String basePath) {
        this.renamed = Map.copyOf(renamed);
        this.basePath = basePath;
    }

    private static String fileName(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /**
     * The new names of the site's assets.
     *
     * @param assets every file below {@code assets/}, relative to it ({@code css/site.css}), with a way to read its
     *     final bytes (only stylesheets and scripts are read)
     * @param basePath the path of the site's base URL ({@code /ztzl/2026xcz/}), from which the 404 page's links start
     */
    public static AssetFingerprints of(Iterable<String> assets, Function<String, byte[]> bytes, String basePath) {
        Map<String, String> renamed = new TreeMap<>();
        for (String rel : assets) {
            if (FINGERPRINTED.matcher(rel).find()) {
                int slash = rel.lastIndexOf('/');
                renamed.put("assets/" + rel, "assets/" + rel.substring(0, slash + 1)
                        + fingerprinted(rel.substring(slash + 1), bytes.apply(rel)));
            }
        }
        return new AssetFingerprints(renamed, basePath);
    }

    /** No renaming: the preview server and {@code ipweek check}. */
    public static AssetFingerprints none() {
        return new AssetFingerprints(Map.of(), "/");
    }

    /** Site path to new site path ({@code assets/css/site.css → assets/css/site.1a2b3c4d.css}). */
    public Map<String, String> renamed() {
        return renamed;
    }

    /** Where the asset {@code rel} (relative to {@code assets/}) is written. */
    public String outputOf(String rel) {
        return renamed.getOrDefault("assets/" + rel, "assets/" + rel);
    }

    /** {@code name.css} → {@code name.<hash>.css}; the hash is the first 8 hex digits of the SHA-256 of the bytes. */
    static String fingerprinted(String fileName, byte[] bytes) {
        int dot = fileName.lastIndexOf('.');
        return fileName.substring(0, dot) + "." + hash(bytes) + fileName.substring(dot);
    }

    /** The page at site path {@code page} with its links to renamed assets rewritten. */
    public String rewrite(String page, String html) {
        StringBuilder text = new StringBuilder(html);
        return rewrite(page, text) ? text.toString() : html;
    }

    /**
     * Rewrites, in place, the links to renamed assets of the page at site path {@code page}; says whether there were
     * any. In place, because a page's text is the largest thing a build makes, tens of thousands of times.
     */
    public boolean rewrite(String page, StringBuilder html) {
        if (renamed.isEmpty()) {
            return false;
        }
        // Rather than parse every link of every page, look for the one folder name every path to a renamed file must
        // hold (they all live below assets/) and resolve the href/src value around each hit: one search per page.
        TreeMap<Integer, Edit> edits = new TreeMap<>();
        for (int at = html.indexOf(FOLDER); at > 0; at = html.indexOf(FOLDER, at + 1)) {
            int start = html.lastIndexOf("\"", at - 1) + 1;
            if (start <= 0 || !(startsWith(html, "href=", start - 6) || startsWith(html, "src=", start - 5))) {
                continue;
            }
            int end = valueEnd(html, at);
            if (end < 0) {
                continue;
            }
            String target = resolve(page, html.substring(start, end));
            if (target != null && renamed.containsKey(target)) {
                edits.put(html.lastIndexOf("/", end - 1) + 1, new Edit(end, fileName(renamed.get(target))));
            }
            at = end;
        }
        for (Map.Entry<Integer, Edit> e : edits.descendingMap().entrySet()) {
            html.replace(e.getKey(), e.getValue().end(), e.getValue().newName());
        }
        return !edits.isEmpty();
    }

    private static boolean startsWith(StringBuilder text, String prefix, int at) {
        if (at < 0 || at + prefix.length() > text.length()) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if (text.charAt(at + i) != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** Where the path holding {@code from} ends (its query, fragment or closing quote), or -1 if it never does. */
    private static int valueEnd(CharSequence html, int from) {
        for (int i = from; i < html.length(); i++) {
            char c = html.charAt(i);
            if (c == '"' || c == '?' || c == '#') {
                return i;
            }
            if (c == '<' || c == '>' || c == '\n') {
                return -1; // not inside an attribute value
            }
        }
        return -1;
    }

    /** A file name to replace, up to {@code end}, with {@code newName}. */
    private record Edit(int end, String newName) {
    }

    /** The site path {@code path} leads to from {@code page}, or null when it leaves the site or is not a path. */
    private String resolve(String page, String path) {
        if (path.isEmpty() || path.startsWith("//") || SCHEME.matcher(path).matches()) {
            return null;
        }
        String decoded = URLDecoder.decode(path, StandardCharsets.UTF_8);
        String fromRoot;
        if (decoded.startsWith("/")) {
            if (!decoded.startsWith(basePath)) {
                return null;
            }
            fromRoot = decoded.substring(basePath.length());
        } else {
            int slash = page.lastIndexOf('/');
            fromRoot = page.substring(0, slash + 1) + decoded;
        }
        java.util.ArrayDeque<String> parts = new java.util.ArrayDeque<>();
        for (String part : fromRoot.split("/", -1)) {
            if (part.equals("..")) {
                if (parts.pollLast() == null) {
                    return null; // above the site
                }
            } else if (!part.isEmpty() && !part.equals(".")) {
                parts.addLast(part);
            }
        }
        return String.join("/", parts);
    }

    private static String hash(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)).substring(0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
