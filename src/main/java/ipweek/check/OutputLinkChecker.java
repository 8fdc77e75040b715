package ipweek.check;

import ipweek.diag.Diagnostics;
import ipweek.diag.Problem;
import ipweek.diag.SourceRef;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Follows every internal link, anchor and image of a built site: what content checks cannot see, such as a link a
 * template writes or an anchor ({@code #section}) that no element carries. Problems name the output page.
 */
public final class OutputLinkChecker {

    private final Path root;
    private final Map<Path, Set<String>> ids = new HashMap<>();

    public OutputLinkChecker(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    public void check(Diagnostics diagnostics) {
        for (Path page : htmlPages()) {
            if (page.getFileName().toString().equals("404.html")) {
                continue; // its links start from the base path, which only the real server has
            }
            Document doc = parse(page);
            String where = "（生成的页面）" + root.relativize(page).toString().replace('\\', '/');
            for (Element el : doc.select("a[href], link[href], img[src], script[src], source[src]")) {
                String url = el.hasAttr("href") ? el.attr("href") : el.attr("src");
                checkOne(page, doc, url, SourceRef.file(where), el.hasAttr("src"), diagnostics);
            }
        }
    }

    private void checkOne(Path page, Document doc, String url, SourceRef where, boolean resource, Diagnostics diagnostics) {
        if (url.isEmpty() || url.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*") || url.startsWith("//")) {
            return;
        }
        int hash = url.indexOf('#');
        String anchor = hash < 0 ? "" : url.substring(hash + 1);
        String path = (hash < 0 ? url : url.substring(0, hash)).replaceAll("\\?.*$", "");
        Path target;
        if (path.isEmpty()) {
            target = page;
        } else if (path.startsWith("/")) {
            diagnostics.report(Problem.LINK_BROKEN, where, "", url, "以“/”开头的链接在子路径下会失效");
            return;
        } else {
            target = page.getParent().resolve(URLDecoder.decode(path, StandardCharsets.UTF_8)).normalize();
            if (Files.isDirectory(target)) {
                target = target.resolve("index.html");
            }
        }
        if (!target.startsWith(root) || !Files.isRegularFile(target)) {
            diagnostics.report(resource ? Problem.IMAGE_MISSING : Problem.LINK_BROKEN, where, "", url, "生成的网站中没有这个文件");
            return;
        }
        if (!anchor.isEmpty() && target.toString().endsWith(".html")) {
            Set<String> targetIds = target.equals(page) ? idsOf(doc) : ids.computeIfAbsent(target, t -> idsOf(parse(t)));
            if (!targetIds.contains(URLDecoder.decode(anchor, StandardCharsets.UTF_8))) {
                diagnostics.report(Problem.ANCHOR_MISSING, where, "", url, anchor);
            }
        }
    }

    private static Set<String> idsOf(Document doc) {
        Set<String> out = new HashSet<>();
        for (Element el : doc.select("[id], a[name]")) {
            out.add(el.hasAttr("id") ? el.id() : el.attr("name"));
        }
        return out;
    }

    private List<Path> htmlPages() {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Document parse(Path file) {
        try {
            return Jsoup.parse(file.toFile(), "UTF-8");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
