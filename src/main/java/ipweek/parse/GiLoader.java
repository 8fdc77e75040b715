package ipweek.parse;

import ipweek.diag.Diagnostics;
import ipweek.diag.Problem;
import ipweek.diag.SourceRef;
import ipweek.model.GiProduct;
import ipweek.model.Paths;
import ipweek.model.Slugs;
import ipweek.source.ContentScan;
import ipweek.source.SiteFolder;
import ipweek.source.SourceFile;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Loads the geographical-indication products, one YAML file each directly under {@code content/gi/}, in parallel.
 * A product's id is its {@code id} field or its file name; its Markdown is rendered in the content loader's second
 * pass.
 */
public final class GiLoader {

    static final String FOLDER = "gi";

    private final SiteFolder site;
    private final ContentScan scan;
    private final YamlReader yaml;
    private final GiProductParser parser;
    private final Diagnostics diagnostics;
    private final Function<Path, Optional<SourceFile>> reader;
    private final ParseCache cache;

    public GiLoader(SiteFolder site, ContentScan scan, YamlReader yaml, MediaRefs media, Diagnostics diagnostics, LocalDate today,
                    Function<Path, Optional<SourceFile>> reader, ParseCache cache) {
        this.cache = cache;
        this.site = site;
        this.scan = scan;
        this.yaml = yaml;
        this.parser = new GiProductParser(media, today);
        this.diagnostics = diagnostics;
        this.reader = reader;
    }

    /** Products waiting for their Markdown, in file order, and where each file is published. */
    public record Loaded(List<PendingTexts<GiProduct>> products, Map<String, String> pagePaths) {

        public Loaded {
            products = List.copyOf(products);
            pagePaths = Map.copyOf(pagePaths);
        }

        public List<GiProduct> render(MarkdownRenderer markdown, LinkTargets targets, Diagnostics diagnostics) {
            return products.parallelStream().map(p -> p.render(markdown, targets, diagnostics)).toList();
        }
    }

    public Loaded load() {
        Path root = site.content().resolve(FOLDER);
        List<Path> files = scan.files(FOLDER).stream().filter(p -> {
            String name = p.getFileName().toString();
            boolean ok = root.relativize(p).getNameCount() == 1 && (name.endsWith(".yaml") || name.endsWith(".yml"));
            if (!ok) {
                diagnostics.report(Problem.DATA_FILE_UNEXPECTED, SourceRef.file(site.rel(p)), "",
                        FOLDER + "/" + root.relativize(p).toString().replace('\\', '/'), "每个产品一个文件：gi/<标识>.yaml，图片放在 media/gi/ 下");
            }
            return ok;
        }).toList();
        List<PendingTexts<GiProduct>> products = files.parallelStream().map(this::read).flatMap(Optional::stream).toList();
        Map<String, String> pagePaths = new LinkedHashMap<>();
        products.forEach(p -> pagePaths.put(p.file(), Paths.giProduct(p.item().id())));
        return new Loaded(products, pagePaths);
    }

    private Optional<PendingTexts<GiProduct>> read(Path path) {
        String contentRel = site.content().relativize(path).toString().replace('\\', '/');
        return reader.apply(path).flatMap(file -> cache.<Optional<PendingTexts<GiProduct>>>parsed(file,
                found -> parse(file, contentRel, found), diagnostics));
    }

    private Optional<PendingTexts<GiProduct>> parse(SourceFile file, String contentRel, Diagnostics diagnostics) {
        if (file.text().isBlank()) {
            diagnostics.report(Problem.FILE_EMPTY, SourceRef.file(file.rel()), "");
            return Optional.empty();
        }
        return yaml.read(file.rel(), file.text(), 1, diagnostics).flatMap(node -> Fields.of(node, "", diagnostics))
                .flatMap(f -> {
                    String id = f.text("id");
                    if (id != null && !Slugs.isValid(id)) {
                        diagnostics.report(Problem.SLUG_INVALID, f.at("id"), "id", id, Slugs.of(id));
                        return Optional.empty();
                    }
                    String productId = id != null ? id : Slugs.of(file.stem());
                    return parser.parse(f, productId, contentRel, file.text().split("\n", -1))
                            .map(p -> new PendingTexts<>(p.draft(), p.texts(), contentRel, file.rel(),
                                    md -> p.draft().withTexts(md.get(0), md.get(1), md.get(2))));
                });
    }
}
