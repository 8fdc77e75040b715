package ipweek.parse;

import ipweek.diag.Diagnostics;
import ipweek.diag.Problem;
import ipweek.diag.SourceRef;
import ipweek.model.Channel;
import ipweek.model.Handbook;
import ipweek.model.HandbookInclude;
import ipweek.model.Law;
import ipweek.model.Paths;
import ipweek.source.ContentScan;
import ipweek.source.SiteFolder;
import ipweek.source.SourceFile;
import ipweek.source.SystemFonts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Loads the rights-protection content: {@code channels.yaml}, {@code laws.yaml} and the handbook
 * ({@code handbook/handbook.yaml} and its chapter files). The chapters' Markdown is rendered in the loader's second
 * pass, like articles, once every link target is known ({@link Loaded#handbook}).
 */
public final class HandbookLoader {

    static final String HANDBOOK_FOLDER = "handbook";
    static final String HANDBOOK_FILE = HANDBOOK_FOLDER + "/handbook.yaml";

    private final SiteFolder site;
    private final ContentScan scan;
    private final YamlReader yaml;
    private final MediaRefs media;
    private final Diagnostics diagnostics;
    private final LocalDate today;
    private final LocalDate defaultEditionDate;
    private final SystemFonts systemFonts;
    private final Function<Path, Optional<SourceFile>> reader;

    /**
     * @param reader reads a file of the site and remembers it for printing problems (the content loader's)
     * @param defaultEditionDate the handbook's date when it gives none (the week's first day)
     */
    public HandbookLoader(SiteFolder site, ContentScan scan, YamlReader yaml, MediaRefs media, Diagnostics diagnostics, LocalDate today,
                          LocalDate defaultEditionDate, SystemFonts systemFonts,
                          Function<Path, Optional<SourceFile>> reader) {
        this.site = site;
        this.scan = scan;
        this.yaml = yaml;
        this.media = media;
        this.diagnostics = diagnostics;
        this.today = today;
        this.defaultEditionDate = defaultEditionDate;
        this.systemFonts = systemFonts;
        this.reader = reader;
    }

    /** Channels and laws ready; the handbook's chapters waiting for their Markdown to be rendered. */
    public record Loaded(List<Channel> channels, List<Law> laws, Optional<Handbook> skeleton,
                         List<Pending<Handbook.Chapter>> chapters, Map<String, String> pagePaths) {

        public Loaded {
            channels = List.copyOf(channels);
            laws = List.copyOf(laws);
            chapters = List.copyOf(chapters);
            pagePaths = Map.copyOf(pagePaths);
        }

        /**
         * The handbook with every chapter's Markdown rendered (links checked against {@code targets}), and the case
         * batches it includes marked when they are not out on the build date ({@code targets} knows them).
         */
        public Optional<Handbook> handbook(MarkdownRenderer markdown, LinkTargets targets, Diagnostics diagnostics) {
            return skeleton.map(h -> {
                Map<String, Handbook.Chapter> rendered = new LinkedHashMap<>();
                for (Pending<Handbook.Chapter> p : chapters) {
                    Handbook.Chapter c = p.render(markdown, targets, diagnostics);
                    rendered.put(c.id(), c);
                }
                List<Handbook.Chapter> all = h.chapters().stream()
                        .map(c -> rendered.getOrDefault(c.id(), c).withIncludes(released(c.includes(), targets)))
                        .toList();
                return h.withChapters(all);
            });
        }
    }

    private static List<HandbookInclude> released(List<HandbookInclude> includes, LinkTargets targets) {
        return includes.stream().map(i -> i instanceof HandbookInclude.Cases cases
                ? cases.released(cases.batchFiles().stream().noneMatch(targets.unpublished()::contains))
                : i).toList();
    }

    public Loaded load() {
        List<Channel> channels = new ArrayList<>();
        yamlList("channels.yaml").ifPresent(items -> {
            for (int i = 0; i < items.size(); i++) {
                ChannelParser.parse(items.get(i), i + 1, today).ifPresent(channels::add);
            }
        });
        List<Law> laws = new ArrayList<>();
        yamlList("laws.yaml").ifPresent(items -> items.forEach(f -> LawParser.parse(f).ifPresent(laws::add)));

        Optional<HandbookParser.Parsed> parsed = yamlMap(HANDBOOK_FILE)
                .flatMap(f -> new HandbookParser(media, systemFonts).parse(f, defaultEditionDate));
        List<Pending<Handbook.Chapter>> chapters = new ArrayList<>();
        Map<String, String> pagePaths = new LinkedHashMap<>();
        Set<String> used = new HashSet<>();
        if (parsed.isPresent()) {
            for (HandbookParser.DeclaredChapter declared : parsed.get().chapters()) {
                Handbook.Chapter chapter = declared.chapter();
                if (chapter.file().isEmpty()) {
                    continue;
                }
                Optional<String> contentPath = chapterFile(chapter.file());
                if (contentPath.isEmpty()) {
                    diagnostics.report(Problem.FILE_MISSING, declared.fileAt(), "file", chapter.file());
                    continue;
                }
                used.add(contentPath.get());
                pagePaths.put(contentPath.get(), Paths.handbookChapter(chapter.id()));
                Path path = site.content().resolve(contentPath.get());
                reader.apply(path).ifPresent(file -> chapters.add(new Pending<>(chapter, file.text(),
                        contentPath.get(), file.rel(), 1, chapter::withBody)));
            }
            for (Path p : scan.files(HANDBOOK_FOLDER)) {
                String rel = site.content().relativize(p).toString().replace('\\', '/');
                if (rel.endsWith(".md") && !used.contains(rel)) {
                    diagnostics.report(Problem.HANDBOOK_CHAPTER_UNUSED, SourceRef.file(site.rel(p)), "", rel);
                }
            }
        }
        return new Loaded(channels, laws, parsed.map(HandbookParser.Parsed::handbook), chapters, pagePaths);
    }

    /**
     * A chapter's {@code file}: a path from the content folder ({@code handbook/01-basics.md}) or from the
     * handbook's folder ({@code 01-basics.md}); empty when neither exists or the path leaves the content folder.
     */
    private Optional<String> chapterFile(String file) {
        for (String candidate : List.of(file, HANDBOOK_FOLDER + "/" + file)) {
            Optional<String> normal = ContentPaths.normalise(candidate);
            if (!candidate.startsWith("/") && normal.isPresent()
                    && Files.isRegularFile(site.content().resolve(normal.get()), java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                return normal;
            }
        }
        return Optional.empty();
    }

    private Optional<YamlNode> yamlNode(String name) {
        Path path = site.content().resolve(name);
        if (!Files.isRegularFile(path)) {
            return Optional.empty();
        }
        return reader.apply(path).flatMap(file -> {
            if (file.text().isBlank()) {
                diagnostics.report(Problem.FILE_EMPTY, SourceRef.file(file.rel()), "");
                return Optional.empty();
            }
            return yaml.read(file.rel(), file.text(), 1, diagnostics);
        });
    }

    private Optional<List<Fields>> yamlList(String name) {
        return yamlNode(name).map(node -> Fields.list(node, "", diagnostics));
    }

    private Optional<Fields> yamlMap(String name) {
        return yamlNode(name).flatMap(node -> Fields.of(node, "", diagnostics));
    }
}
