package ipweek.parse;

import ipweek.diag.Diagnostics;
import ipweek.diag.Problem;
import ipweek.diag.SourceRef;
import ipweek.model.Activity;
import ipweek.model.Article;
import ipweek.model.MediaFile;
import ipweek.model.Paths;
import ipweek.model.SiteConfig;
import ipweek.model.StaticPage;
import ipweek.model.Week;
import ipweek.source.ContentScan;
import ipweek.source.SiteFolder;
import ipweek.source.SourceFile;
import ipweek.source.SourceReader;
import ipweek.source.SystemFonts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads and parses the whole content folder: media first (references need it), then the YAML files and the Markdown
 * front matter of every article in parallel, then — once every published location is known — the Markdown bodies,
 * with their links checked. Every problem is collected; nothing stops at the first.
 */
public final class ContentLoader {

    private final SiteFolder site;
    private final Diagnostics diagnostics;
    private final LocalDate today;
    private final boolean includeDrafts;
    private final YamlReader yaml = new YamlReader();
    private final MarkdownRenderer markdown;
    private final ParseCache cache;
    private final Map<String, SourceFile> sources = new ConcurrentHashMap<>();
    /** The content folder as walked at the start of {@link #load}. */
    private ContentScan scan;

    public ContentLoader(SiteFolder site, Diagnostics diagnostics, LocalDate today, boolean includeDrafts) {
        this(site, diagnostics, today, includeDrafts, ParseCache.none());
    }

    /** A loader that reuses what {@code cache} keeps of earlier loads of the same site (the preview server's). */
    public ContentLoader(SiteFolder site, Diagnostics diagnostics, LocalDate today, boolean includeDrafts, ParseCache cache) {
        this.site = site;
        this.diagnostics = diagnostics;
        this.today = today;
        this.includeDrafts = includeDrafts;
        this.cache = cache;
        this.markdown = new MarkdownRenderer(cache);
    }

    /** The files read so far by their path from the site folder, for printing the lines problems point at. */
    public Map<String, SourceFile> sources() {
        return sources;
    }

    public LoadedContent load() {
        if (!Files.isDirectory(site.content())) {
            diagnostics.report(Problem.SOURCE_MISSING, SourceRef.file(site.rel(site.content())), "", site.content());
            return new LoadedContent(Optional.empty(), Optional.empty(), List.of(), List.of(), List.of(), Map.of(),
                    List.of(), List.of(), Optional.empty(), List.of(), List.of());
        }
        scan = cache.scan(site);
        scan.symlinks().forEach(link -> diagnostics.report(Problem.SYMLINK_IGNORED, SourceRef.file(site.rel(link)), ""));
        MediaRefs media = new MediaRefs(MediaScanner.scan(site, scan, diagnostics));
        cache.useParseContext(List.of(media.all(), today)); // parsers check image references and dates against today
        Optional<SiteConfig> config = yamlFile("site.yaml", true).flatMap(f -> Fields.of(f.node, "", diagnostics))
                .map(f -> SiteConfigParser.parse(f, media));
        Optional<Week> week = yamlFile("week.yaml", true).flatMap(f -> Fields.of(f.node, "", diagnostics))
                .map(WeekParser::parse);
        List<Pending<Activity>> activities = activities();
        ArticleParser articleParser = new ArticleParser(yaml, media);
        List<Pending<Article>> allArticles = scan.files("articles").parallelStream()
                .filter(p -> p.getFileName().toString().endsWith(".md"))
                .map(p -> read(p).flatMap(file -> cache.<Optional<Pending<Article>>>parsed(file,
                        found -> articleParser.parse(file, contentRel(p), found), diagnostics)))
                .flatMap(Optional::stream)
                .toList();
        PageParser pageParser = new PageParser(yaml);
        List<Pending<StaticPage>> pages = scan.files("pages").stream()
                .filter(p -> p.getFileName().toString().endsWith(".md"))
                .map(p -> read(p).flatMap(file -> pageParser.parse(file, contentRel(p), diagnostics)))
                .flatMap(Optional::stream)
                .toList();

        HandbookLoader.Loaded rights = new HandbookLoader(site, scan, yaml, media, diagnostics, today,
                week.map(Week::start).orElse(today), SystemFonts.standard(), this::read).load();

        CaseLoader.Loaded cases = new CaseLoader(site, scan, yaml, diagnostics, today, includeDrafts, this::read, cache).load();
        GiLoader.Loaded gi = new GiLoader(site, scan, yaml, media, diagnostics, today, this::read, cache).load();

        List<Pending<Article>> published = new ArrayList<>();
        Set<String> unpublished = new HashSet<>();
        Set<String> unpublishedSlugs = new HashSet<>();
        for (Pending<Article> a : allArticles) {
            boolean scheduled = a.item().date().isAfter(today);
            if (!includeDrafts && (a.item().draft() || scheduled)) {
                unpublished.add(a.file());
                unpublishedSlugs.add(a.item().slug());
            } else {
                published.add(a);
            }
        }
        Map<String, String> pagePaths = new HashMap<>();
        published.forEach(a -> pagePaths.put(a.file(), Paths.article(a.item())));
        pages.forEach(p -> pagePaths.put(p.file(), Paths.page(p.item().slug())));
        pagePaths.putAll(rights.pagePaths());
        pagePaths.putAll(cases.pagePaths());
        pagePaths.putAll(gi.pagePaths());
        unpublished.addAll(cases.unpublished());
        LinkTargets targets = cache.useTargets(new LinkTargets(pagePaths, media.all(), unpublished));

        List<Article> articles = published.parallelStream().map(a -> a.render(markdown, targets, diagnostics)).toList();
        // References to articles that exist but are not out yet (drafts, scheduled) are kept out of the pages until
        // they are published; only references to articles that do not exist at all are errors.
        return new LoadedContent(config, week.map(w -> Unpublished.withoutPlanArticle(w, unpublishedSlugs)),
                activities.stream().map(a -> Unpublished.withoutRelated(a.render(markdown, targets, diagnostics), unpublishedSlugs)).toList(),
                articles,
                pages.stream().map(p -> p.render(markdown, targets, diagnostics)).toList(),
                media.all(),
                rights.channels(), rights.laws(), rights.handbook(markdown, targets, diagnostics),
                cases.render(markdown, targets, diagnostics), gi.render(markdown, targets, diagnostics));
    }

    private List<Pending<Activity>> activities() {
        Optional<ParsedYaml> parsed = yamlFile("activities.yaml", false);
        if (parsed.isEmpty()) {
            return List.of();
        }
        String[] lines = parsed.get().file.text().split("\n", -1);
        List<Pending<Activity>> out = new ArrayList<>();
        for (Fields f : Fields.list(parsed.get().node, "", diagnostics)) {
            ActivityParser.parse(f, "activities.yaml", parsed.get().file.rel(), lines).ifPresent(out::add);
        }
        return out;
    }

    private record ParsedYaml(SourceFile file, YamlNode node) {
    }

    private Optional<ParsedYaml> yamlFile(String name, boolean required) {
        Path path = site.content().resolve(name);
        if (!Files.isRegularFile(path)) {
            if (required) {
                diagnostics.report(Problem.FILE_MISSING, SourceRef.file(site.rel(path)), "", name);
            }
            return Optional.empty();
        }
        return read(path).flatMap(file -> {
            if (file.text().isBlank()) {
                diagnostics.report(Problem.FILE_EMPTY, SourceRef.file(file.rel()), "");
                return Optional.empty();
            }
            return yaml.read(file.rel(), file.text(), 1, diagnostics).map(node -> new ParsedYaml(file, node));
        });
    }

    private Optional<SourceFile> read(Path path) {
        Optional<SourceFile> file = cache.file(path, scan.stamp(path), found -> new SourceReader(found).read(path, site.rel(path))
                .map(f -> {
                    Placeholders.check(f, found);
                    return f;
                }), diagnostics);
        file.ifPresent(f -> sources.put(f.rel(), f));
        return file;
    }

    private String contentRel(Path path) {
        return site.content().relativize(path).toString().replace('\\', '/');
    }

}
