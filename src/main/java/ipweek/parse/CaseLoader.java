package ipweek.parse;

import ipweek.diag.Diagnostics;
import ipweek.diag.Problem;
import ipweek.diag.SourceRef;
import ipweek.model.CaseBatch;
import ipweek.model.CaseSequence;
import ipweek.model.Markdown;
import ipweek.model.Paths;
import ipweek.model.Slugs;
import ipweek.model.TypicalCase;
import ipweek.source.ContentScan;
import ipweek.source.SiteFolder;
import ipweek.source.SourceFile;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Loads the typical cases under {@code content/cases/}: a folder per batch ({@code _batch.yaml} and one file per case,
 * ordered by the number the file name starts with or a {@code sequence} field) or a file per batch with a
 * {@code cases:} list. Cases are numbered (案例一 …) once their whole batch is read; their Markdown is rendered in the
 * content loader's second pass. A batch published after the build date is left out unless drafts are asked for, as
 * scheduled articles are.
 */
public final class CaseLoader {

    static final String FOLDER = "cases";
    public static final String BATCH_FILE = "_batch.yaml";
    /** {@code 03-trademark.yaml}, {@code 3_x.yaml}, {@code 03.yaml}: the number a case file name starts with. */
    private static final Pattern FILE_NUMBER = Pattern.compile("^(\\d{1,4})(?:[-_.]|$)");
    private static final String LAYOUT = "cases/<批次>/_batch.yaml 加 cases/<批次>/01-<名称>.yaml，或整批写在 cases/<批次>.yaml";

    private final SiteFolder site;
    private final ContentScan scan;
    private final YamlReader yaml;
    private final Diagnostics diagnostics;
    private final LocalDate today;
    private final boolean includeDrafts;
    private final Function<Path, Optional<SourceFile>> reader;
    private final ParseCache cache;

    public CaseLoader(SiteFolder site, ContentScan scan, YamlReader yaml, Diagnostics diagnostics, LocalDate today, boolean includeDrafts,
                      Function<Path, Optional<SourceFile>> reader, ParseCache cache) {
        this.cache = cache;
        this.site = site;
        this.scan = scan;
        this.yaml = yaml;
        this.diagnostics = diagnostics;
        this.today = today;
        this.includeDrafts = includeDrafts;
        this.reader = reader;
    }

    /**
     * The published batches waiting for their Markdown; where each batch and case file is published (for links from
     * articles); and the files of batches not out yet.
     */
    public record Loaded(List<PendingBatch> batches, Map<String, String> pagePaths, Set<String> unpublished) {

        public Loaded {
            batches = List.copyOf(batches);
            pagePaths = Map.copyOf(pagePaths);
            unpublished = Set.copyOf(unpublished);
        }

        /**
         * Every batch with its intro and its cases' texts rendered, in the order the batches were found; in the
         * preview, a batch placed and linked as last time is the same object as last time.
         */
        public List<CaseBatch> render(MarkdownRenderer markdown, LinkTargets targets, Diagnostics diagnostics) {
            return batches.parallelStream().map(b -> markdown.cache().derived(List.of(PendingBatch.class, b.batch().id()),
                    List.of(b, targets), found -> b.render(markdown, targets, found), diagnostics)).toList();
        }
    }

    /** A batch with its cases numbered, texts not yet rendered. */
    public record PendingBatch(CaseBatch batch, PendingTexts<Markdown> intro, List<PendingTexts<TypicalCase>> cases) {

        CaseBatch render(MarkdownRenderer markdown, LinkTargets targets, Diagnostics diagnostics) {
            List<TypicalCase> rendered = cases.stream().map(c -> c.render(markdown, targets, diagnostics)).toList();
            return batch.withCases(rendered, intro.render(markdown, targets, diagnostics));
        }
    }

    /** A case read from its file, with what ordering it needs. */
    private record Read(CaseParser.Parsed parsed, String siteRel, String sortName, int index) {
    }

    public Loaded load() {
        Path root = site.content().resolve(FOLDER);
        Map<String, Path> batchFiles = new TreeMap<>();
        Map<String, List<Path>> caseFiles = new TreeMap<>();
        List<Path> wholeBatches = new ArrayList<>();
        for (Path p : scan.files(FOLDER)) {
            Path rel = root.relativize(p);
            String name = p.getFileName().toString();
            boolean isYaml = name.endsWith(".yaml") || name.endsWith(".yml");
            if (isYaml && rel.getNameCount() == 1) {
                wholeBatches.add(p);
            } else if (isYaml && rel.getNameCount() == 2) {
                String folder = rel.getName(0).toString();
                if (name.equals(BATCH_FILE) || name.equals("_batch.yml")) {
                    batchFiles.put(folder, p);
                } else {
                    caseFiles.computeIfAbsent(folder, k -> new ArrayList<>()).add(p);
                }
            } else {
                diagnostics.report(Problem.DATA_FILE_UNEXPECTED, SourceRef.file(site.rel(p)), "",
                        FOLDER + "/" + rel.toString().replace('\\', '/'), LAYOUT);
            }
        }
        Set<String> folders = new java.util.TreeSet<>(batchFiles.keySet());
        folders.addAll(caseFiles.keySet());
        // Folders are read side by side (a large site has hundreds of batches of a dozen files); numbering and the
        // duplicate check then go through them in name order.
        List<FolderRead> reads = folders.parallelStream().map(folder -> {
            String id = Slugs.of(folder);
            Path batchFile = batchFiles.get(folder);
            List<Path> files = caseFiles.getOrDefault(folder, List.of());
            if (batchFile == null) {
                diagnostics.report(Problem.FILE_MISSING, SourceRef.file(site.rel(root.resolve(folder).resolve(BATCH_FILE))), "",
                        FOLDER + "/" + folder + "/" + BATCH_FILE);
            }
            Optional<CaseBatchParser.Parsed> header = batchFile == null ? Optional.empty()
                    : read(batchFile).flatMap(f -> cache.<Optional<CaseBatchParser.Parsed>>parsed(f,
                            found -> yamlMap(f, found).flatMap(m -> CaseBatchParser.parse(m, id, lines(f))), diagnostics));
            List<Read> cases = files.stream().map(p -> readCase(p, id)).flatMap(Optional::stream).toList();
            return new FolderRead(id, batchFile, site.rel(batchFile != null ? batchFile : files.get(0)), header, cases);
        }).toList();
        return number(reads, wholeBatches);
    }

    /** Numbers the cases of every batch read, checks that no two batches share an id, and says where each is published. */
    private Loaded number(List<FolderRead> reads, List<Path> wholeBatches) {
        List<Placed> placed = new ArrayList<>();
        Map<String, String> seen = new TreeMap<>();
        for (FolderRead r : reads) {
            if (seen.containsKey(r.id())) { // two folder names with the same pinyin
                diagnostics.report(Problem.CASE_BATCH_DUPLICATE, SourceRef.file(r.where()), "", r.id(), seen.get(r.id()));
                continue;
            }
            seen.put(r.id(), r.where());
            // In the preview, an edit leaves all other batches as they were: numbering them again would only make equal
            // copies, which every later step would then have to compare field by field.
            r.header().ifPresent(h -> placed.add(cache.derived(List.of(CaseLoader.class, r.id()), List.of(r, today, includeDrafts),
                    found -> place(h, r.cases(), r.batchFile(), true), diagnostics)));
        }
        for (Path file : wholeBatches) {
            String id = Slugs.of(stem(file));
            if (seen.containsKey(id)) {
                diagnostics.report(Problem.CASE_BATCH_DUPLICATE, SourceRef.file(site.rel(file)), "", id, seen.get(id));
                continue;
            }
            read(file).flatMap(f -> yamlMap(f).flatMap(m -> {
                String[] lines = lines(f);
                Optional<CaseBatchParser.Parsed> header = CaseBatchParser.parse(m, id, lines, "cases");
                if (!m.has("cases")) {
                    diagnostics.report(Problem.FIELD_REQUIRED, m.at("cases"), "cases", "cases");
                }
                List<Fields> items = m.maps("cases");
                List<Read> cases = new ArrayList<>();
                for (int i = 0; i < items.size(); i++) {
                    int index = i;
                    CaseParser.parse(items.get(i), id, Optional.empty(), contentRel(file), lines)
                            .ifPresent(p -> cases.add(new Read(p, f.rel(), "", index)));
                }
                return header.map(h -> placed.add(place(h, cases, file, false)));
            }));
        }
        Map<String, String> pagePaths = new LinkedHashMap<>();
        Set<String> unpublished = new HashSet<>();
        placed.forEach(p -> {
            pagePaths.putAll(p.pagePaths());
            unpublished.addAll(p.unpublished());
        });
        return new Loaded(placed.stream().flatMap(p -> p.batch().stream()).toList(), pagePaths, unpublished);
    }

    /** One batch as placed: numbered, texts not rendered (empty when not out yet); where its files are published, or not. */
    private record Placed(Optional<PendingBatch> batch, Map<String, String> pagePaths, Set<String> unpublished) {
    }

    /** Numbers the batch's cases in order, or leaves the whole batch out when it is not published yet. */
    private Placed place(CaseBatchParser.Parsed header, List<Read> cases, Path batchFile, boolean filePerCase) {
        CaseBatch batch = header.header();
        if (batch.published().isAfter(today) && !includeDrafts) {
            Set<String> unpublished = new HashSet<>();
            unpublished.add(contentRel(batchFile));
            cases.forEach(c -> unpublished.add(c.parsed().draft().file()));
            return new Placed(Optional.empty(), Map.of(), unpublished);
        }
        List<Read> ordered = cases.stream().sorted(Comparator
                .comparing((Read r) -> r.parsed().draft().sequence().isEmpty())
                .thenComparingInt(r -> r.parsed().draft().sequence().map(CaseSequence::number).orElse(0))
                .thenComparing(Read::sortName)
                .thenComparingInt(Read::index)).toList();
        int width = Math.max(2, Integer.toString(ordered.size()).length());
        List<PendingTexts<TypicalCase>> pending = new ArrayList<>();
        Map<String, String> pagePaths = new LinkedHashMap<>();
        for (int i = 0; i < ordered.size(); i++) {
            Read r = ordered.get(i);
            TypicalCase placed = r.parsed().draft().placed(batch.id() + "-" + String.format("%0" + width + "d", i + 1), i + 1);
            pending.add(new PendingTexts<>(placed, r.parsed().texts(), placed.file(), r.siteRel(),
                    md -> placed.withTexts(md.get(0), md.get(1), md.get(2))));
            if (filePerCase) {
                pagePaths.put(placed.file(), Paths.typicalCase(placed.id()));
            }
        }
        pagePaths.put(contentRel(batchFile), Paths.caseBatch(batch.id()));
        String batchSiteRel = site.rel(batchFile);
        return new Placed(Optional.of(new PendingBatch(batch, new PendingTexts<>(Markdown.EMPTY, List.of(header.intro()),
                contentRel(batchFile), batchSiteRel, md -> md.get(0)), pending)), pagePaths, Set.of());
    }

    /** A batch folder as read: its header (when {@code _batch.yaml} is there and valid) and its cases, unnumbered. */
    private record FolderRead(String id, Path batchFile, String where, Optional<CaseBatchParser.Parsed> header,
                              List<Read> cases) {
    }

    private Optional<Read> readCase(Path path, String batchId) {
        // Case files are most of a large site's YAML: the preview server parses only those that changed.
        return read(path).flatMap(f -> cache.<Optional<Read>>parsed(f, found -> parseCase(f, path, batchId, found), diagnostics));
    }

    private Optional<Read> parseCase(SourceFile file, Path path, String batchId, Diagnostics found) {
        String name = stem(path);
        Matcher number = FILE_NUMBER.matcher(name);
        return Optional.of(file).flatMap(f -> yamlMap(f, found).flatMap(m -> {
            Optional<CaseSequence> fromName = number.find()
                    ? Optional.of(new CaseSequence(Integer.parseInt(number.group(1)), CaseSequence.Origin.FILE_NAME,
                            SourceRef.file(f.rel())))
                    : Optional.empty();
            return CaseParser.parse(m, batchId, fromName, contentRel(path), lines(f))
                    .map(p -> new Read(p, f.rel(), path.getFileName().toString(), 0));
        }));
    }

    private Optional<SourceFile> read(Path path) {
        return reader.apply(path).filter(file -> {
            if (file.text().isBlank()) {
                diagnostics.report(Problem.FILE_EMPTY, SourceRef.file(file.rel()), "");
                return false;
            }
            return true;
        });
    }

    private Optional<Fields> yamlMap(SourceFile file) {
        return yamlMap(file, diagnostics);
    }

    private Optional<Fields> yamlMap(SourceFile file, Diagnostics found) {
        return yaml.read(file.rel(), file.text(), 1, found).flatMap(node -> Fields.of(node, "", found));
    }

    private static String[] lines(SourceFile file) {
        return file.text().split("\n", -1);
    }

    private static String stem(Path path) {
        String name = path.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private String contentRel(Path path) {
        return site.content().relativize(path).toString().replace('\\', '/');
    }
}
