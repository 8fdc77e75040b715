package ipweek.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Reads a built site: every file's bytes, and every internal link that does not lead to a file. */
public final class OutputTree {

    private OutputTree() {
    }

    /** Every file below {@code root} by relative path, with its bytes. */
    public static Map<String, byte[]> files(Path root) {
        Map<String, byte[]> out = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                out.put(root.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    public static List<Path> htmlFiles(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Document parse(Path file) {
        try {
            return Jsoup.parse(file.toFile(), "UTF-8");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Links ({@code a[href]}, {@code link[href]}, {@code img[src]}, {@code script[src]}) of every page except
     * {@code 404.html} (whose links start from the base path) that point inside the site and lead nowhere, as
     * {@code page → link}. A folder link is fine when the folder has an {@code index.html}.
     */
    public static List<String> brokenLinks(Path root) {
        List<String> broken = new ArrayList<>();
        for (Path page : htmlFiles(root)) {
            if (page.getFileName().toString().equals("404.html")) {
                continue;
            }
            Document doc = parse(page);
            for (Element el : doc.select("a[href], link[href], img[src], script[src]")) {
                String url = el.hasAttr("href") ? el.attr("href") : el.attr("src");
                if (url.isEmpty() || url.startsWith("#") || url.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*") || url.startsWith("//")) {
                    continue;
                }
                String path = url.replaceAll("[#?].*$", "");
                if (path.startsWith("/")) {
                    broken.add(root.relativize(page) + " → " + url + " (absolute path: breaks under a sub-path)");
                    continue;
                }
                Path target = page.getParent().resolve(java.net.URLDecoder.decode(path, java.nio.charset.StandardCharsets.UTF_8)).normalize();
                if (!target.startsWith(root)) {
                    broken.add(root.relativize(page) + " → " + url + " (leaves the site)");
                } else if (Files.isDirectory(target) ? !Files.isRegularFile(target.resolve("index.html")) : !Files.isRegularFile(target)) {
                    broken.add(root.relativize(page) + " → " + url);
                }
            }
        }
        return broken;
    }
}
