package ipweek.write;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Cache busting for a staged site: every stylesheet and script under {@code assets/} is renamed to
 * {@code name.<8 hex>.ext}, the start of the SHA-256 of its bytes, and every {@code href}/{@code src} of every page
 * that leads to it is rewritten. A server may then cache these files for a year: a changed file gets a new name.
 *
 * <p>This runs on the finished pages rather than in the views because the bytes are only final here (theme assets,
 * then the site's own assets over them), and because templates keep referring to {@code ${site.assetsUrl}css/site.css}
 * — the preview server, which serves unfingerprinted files, needs nothing else. The rewrite is not a text search: each
 * attribute value is resolved against its page (or, for the 404 page, against the site's base path) and replaced only
 * when it leads to a renamed file. Images keep their names, so {@code url(...)} references inside the stylesheets,
 * which stay in their folder, still resolve; servers give images a shorter cache time.
 */
public final class AssetFingerprints {

    /** What is fingerprinted: text assets whose names templates write. */
    private static final Pattern FINGERPRINTED = Pattern.compile("[^/]+\\.(css|js)$");
    private static final Pattern ATTRIBUTE = Pattern.compile("((?:href|src)=\")([^\"]*)(\")");

    private AssetFingerprints() {
    }

    /**
     * Renames the stylesheets and scripts below {@code site/assets} and rewrites the pages of {@code site}.
     *
     * @param basePath the path of the site's base URL ({@code /ztzl/2026xcz/}), from which the 404 page's links start
     * @return the renamed files, from their site path to the new one ({@code assets/css/site.css →
     *     assets/css/site.1a2b3c4d.css}), sorted
     */
    public static Map<String, String> apply(Path site, String basePath) {
        try {
            Map<String, String> renamed = renameAssets(site);
            if (!renamed.isEmpty()) {
                for (Path page : files(site, ".html")) {
                    rewrite(site, page, basePath, renamed);
                }
            }
            return renamed;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code name.css} → {@code name.<hash>.css}; the hash is the first 8 hex digits of the SHA-256 of the bytes. */
    static String fingerprinted(String fileName, byte[] bytes) {
        int dot = fileName.lastIndexOf('.');
        return fileName.substring(0, dot) + "." + hash(bytes) + fileName.substring(dot);
    }

    private static Map<String, String> renameAssets(Path site) throws IOException {
        Map<String, String> renamed = new TreeMap<>();
        Path assets = site.resolve("assets");
        if (!Files.isDirectory(assets)) {
            return renamed;
        }
        List<Path> candidates;
        try (Stream<Path> walk = Files.walk(assets)) {
            candidates = walk.filter(Files::isRegularFile)
                    .filter(p -> FINGERPRINTED.matcher(p.getFileName().toString()).matches())
                    .sorted().toList();
        }
        for (Path file : candidates) {
            String name = fingerprinted(file.getFileName().toString(), Files.readAllBytes(file));
            Path target = file.resolveSibling(name);
            Files.move(file, target);
            renamed.put(rel(site, file), rel(site, target));
        }
        return renamed;
    }

    private static void rewrite(Path site, Path page, String basePath, Map<String, String> renamed) throws IOException {
        String html = Files.readString(page, StandardCharsets.UTF_8);
        Matcher m = ATTRIBUTE.matcher(html);
        StringBuilder out = new StringBuilder(html.length());
        boolean changed = false;
        while (m.find()) {
            String value = m.group(2);
            String target = resolve(site, page, basePath, value);
            String replacement = value;
            if (target != null && renamed.containsKey(target)) {
                String newName = renamed.get(target).substring(renamed.get(target).lastIndexOf('/') + 1);
                int end = endOfPath(value);
                int slash = value.lastIndexOf('/', end - 1);
                replacement = value.substring(0, slash + 1) + newName + value.substring(end);
                changed = true;
            }
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + replacement + m.group(3)));
        }
        if (changed) {
            m.appendTail(out);
            Files.writeString(page, out.toString(), StandardCharsets.UTF_8);
        }
    }

    /** The site path {@code value} leads to from {@code page}, or null when it leaves the site or is not a path. */
    private static String resolve(Path site, Path page, String basePath, String value) {
        if (value.isEmpty() || value.startsWith("#") || value.startsWith("//")
                || value.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*")) {
            return null;
        }
        String path = URLDecoder.decode(value.substring(0, endOfPath(value)), StandardCharsets.UTF_8);
        Path target;
        if (path.startsWith("/")) {
            if (!path.startsWith(basePath)) {
                return null;
            }
            target = site.resolve(path.substring(basePath.length())).normalize();
        } else {
            target = page.getParent().resolve(path).normalize();
        }
        return target.startsWith(site) ? rel(site, target) : null;
    }

    private static int endOfPath(String value) {
        int end = value.length();
        for (char c : new char[] {'?', '#'}) {
            int i = value.indexOf(c);
            if (i >= 0 && i < end) {
                end = i;
            }
        }
        return end;
    }

    static List<Path> files(Path root, String suffix) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
        }
    }

    private static String rel(Path root, Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }

    private static String hash(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)).substring(0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
