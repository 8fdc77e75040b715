package ipweek.parse;

import ipweek.diag.Problem;
import ipweek.diag.SourceRef;
import ipweek.model.Handbook;
import ipweek.model.HandbookInclude;
import ipweek.model.MediaFile;
import ipweek.model.Slugs;
import ipweek.source.SystemFonts;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads {@code content/handbook/handbook.yaml}: cover data, layout, fonts and the chapters with their includes. The
 * chapters' Markdown files are read afterwards ({@link HandbookLoader}); here a chapter only knows its file's name.
 */
public final class HandbookParser {

    /** Chapter ids are folders under {@code shouce/}, where {@code print/} is the print page. */
    static final String PRINT_FOLDER = "print";

    private final MediaRefs media;
    private final SystemFonts systemFonts;

    public HandbookParser(MediaRefs media, SystemFonts systemFonts) {
        this.media = media;
        this.systemFonts = systemFonts;
    }

    /** A chapter as {@code handbook.yaml} declares it, with where its {@code file} value is written. */
    public record DeclaredChapter(Handbook.Chapter chapter, SourceRef fileAt) {
    }

    public record Parsed(Handbook handbook, List<DeclaredChapter> chapters) {
        public Parsed {
            chapters = List.copyOf(chapters);
        }
    }

    /** @param defaultDate the edition date when {@code published} is not written: the week's first day */
    public Optional<Parsed> parse(Fields f, LocalDate defaultDate) {
        f.allow("title", "subtitle", "edition", "compiler", "date_display", "published", "permit_no", "cover_note",
                "back_cover", "page", "binding", "padding", "chapter_start", "slug", "fonts", "max_pdf_mb", "chapters",
                "appendices");
        String title = f.requiredText("title");
        String compiler = f.requiredText("compiler");
        LocalDate published = f.has("published") ? f.date("published", true) : defaultDate;
        Handbook.Page page = page(f);
        Handbook.Binding binding = f.has("binding") ? f.enumValue("binding", Handbook.Binding.class, true)
                : Handbook.Binding.SADDLE_STITCH;
        Handbook.Padding padding = f.has("padding") ? f.enumValue("padding", Handbook.Padding.class, true)
                : Handbook.Padding.AUTO;
        boolean onRight = true;
        String start = f.text("chapter_start");
        if (start != null) {
            switch (start) {
                case "right", "右页" -> onRight = true;
                case "any", "新页" -> onRight = false;
                default -> f.diagnostics().report(Problem.FIELD_ENUM, f.at("chapter_start"), "chapter_start", start,
                        "right（每章从右页开始，正式出版物的做法）、any（每章从新的一页开始，页数更少）");
            }
        }
        String slug = f.text("slug");
        if (slug != null && !Slugs.isValid(slug)) {
            f.diagnostics().report(Problem.SLUG_INVALID, f.at("slug"), "slug", slug, Slugs.of(slug));
            slug = null;
        }
        Integer maxMb = f.integer("max_pdf_mb", false);
        Optional<Handbook.Fonts> fonts = fonts(f);
        List<DeclaredChapter> chapters = new ArrayList<>();
        Map<String, SourceRef> ids = new HashMap<>();
        for (Fields c : f.maps("chapters")) {
            chapter(c, false, ids).ifPresent(chapters::add);
        }
        for (Fields c : f.maps("appendices")) {
            chapter(c, true, ids).ifPresent(chapters::add);
        }
        if (!f.has("chapters")) {
            f.diagnostics().report(Problem.FIELD_REQUIRED, f.at(), "chapters", "chapters");
        }
        if (title == null || compiler == null || published == null || binding == null || padding == null) {
            return Optional.empty();
        }
        // Without a usable font the build fails (reported above); the chapters are still checked meanwhile.
        Handbook.FontFile none = new Handbook.FontFile(Path.of(""), "");
        String finalSlug = slug != null ? slug : "weiquan-shouce-" + published.getYear();
        Handbook handbook = new Handbook(title, f.text("subtitle"), f.text("edition"), compiler, f.text("date_display"),
                published, f.text("permit_no"), f.text("cover_note"), f.text("back_cover"), page, binding, padding, onRight,
                finalSlug, fonts.orElse(new Handbook.Fonts(none, none)), maxMb == null ? 20 : maxMb,
                chapters.stream().map(DeclaredChapter::chapter).toList(), f.at(), f.at("binding"));
        return Optional.of(new Parsed(handbook, chapters));
    }

    private static Handbook.Page page(Fields f) {
        return f.map("page").map(p -> {
            p.allow("size", "margin_mm");
            Handbook.PageSize size = p.has("size") ? p.enumValue("size", Handbook.PageSize.class, true) : null;
            Handbook.Page defaults = Handbook.Page.defaults(size == null ? Handbook.PageSize.A5 : size);
            return p.map("margin_mm").map(m -> {
                m.allow("top", "bottom", "inner", "outer");
                return new Handbook.Page(defaults.size(), margin(m, "top", defaults.top()),
                        margin(m, "bottom", defaults.bottom()), margin(m, "inner", defaults.inner()),
                        margin(m, "outer", defaults.outer()));
            }).orElse(defaults);
        }).orElse(Handbook.Page.defaults(Handbook.PageSize.A5));
    }

    private static int margin(Fields m, String key, int fallback) {
        Integer mm = m.integer(key, false);
        if (mm != null && (mm < 5 || mm > 60)) {
            m.diagnostics().report(Problem.FIELD_FORMAT, m.at(key), m.fieldPath(key), mm, "5 到 60 之间的毫米数，例如 15");
            return fallback;
        }
        return mm == null ? fallback : mm;
    }

    /** The fonts named in {@code fonts:}, or the system's LXGW WenKai; a clear problem when there is no usable font. */
    private Optional<Handbook.Fonts> fonts(Fields f) {
        Optional<Fields> named = f.map("fonts");
        if (named.isPresent()) {
            Fields ff = named.get();
            ff.allow("body", "heading");
            Optional<Handbook.FontFile> body = siteFont(ff, "body", true);
            Optional<Handbook.FontFile> heading = ff.has("heading") ? siteFont(ff, "heading", true) : body;
            return body.isPresent() && heading.isPresent()
                    ? Optional.of(new Handbook.Fonts(body.get(), heading.get())) : Optional.empty();
        }
        Optional<Path> regular = systemFonts.find(SystemFonts.REGULAR);
        if (regular.isEmpty()) {
            f.diagnostics().report(Problem.HANDBOOK_FONT_MISSING, f.at(), "fonts",
                    "没有安装霞鹜文楷（" + SystemFonts.REGULAR + "），handbook.yaml 也没有用 fonts 指定字体");
            return Optional.empty();
        }
        Optional<Path> bold = systemFonts.find(SystemFonts.BOLD);
        Handbook.FontFile body = new Handbook.FontFile(regular.get(), regular.get().toString());
        Handbook.FontFile heading = bold.map(b -> new Handbook.FontFile(b, b.toString())).orElse(body);
        for (Handbook.FontFile font : List.of(body, heading)) {
            Optional<String> why = FontFiles.whyNotTrueType(font.path());
            if (why.isPresent()) {
                f.diagnostics().report(Problem.HANDBOOK_FONT_FORMAT, f.at(), "fonts", font.shownAs(), why.get());
                return Optional.empty();
            }
        }
        return Optional.of(new Handbook.Fonts(body, heading));
    }

    private Optional<Handbook.FontFile> siteFont(Fields ff, String key, boolean required) {
        Optional<MediaFile> file = media.file(ff, key, required, Problem.HANDBOOK_FONT_MISSING);
        if (file.isEmpty()) {
            return Optional.empty();
        }
        MediaFile font = file.get();
        String shownAs = "content/" + font.source();
        Optional<String> why = FontFiles.whyNotTrueType(font.path());
        if (why.isPresent()) {
            ff.diagnostics().report(Problem.HANDBOOK_FONT_FORMAT, ff.at(key), ff.fieldPath(key), shownAs, why.get());
            return Optional.empty();
        }
        String folder = font.source().contains("/") ? font.source().substring(0, font.source().lastIndexOf('/') + 1) : "";
        boolean licensed = media.all().keySet().stream()
                .filter(p -> p.startsWith(folder) && p.indexOf('/', folder.length()) < 0)
                .map(p -> p.substring(folder.length()).toLowerCase(java.util.Locale.ROOT))
                .anyMatch(name -> name.matches("(ofl|licen[cs]e|copying|版权|许可).*"));
        if (!licensed) {
            ff.diagnostics().report(Problem.HANDBOOK_FONT_LICENSE, ff.at(key), ff.fieldPath(key), shownAs);
        }
        return Optional.of(new Handbook.FontFile(font.path(), shownAs));
    }

    private Optional<DeclaredChapter> chapter(Fields c, boolean appendix, Map<String, SourceRef> ids) {
        c.allow("id", "title", "file", "include", "numbered");
        String id = c.requiredText("id");
        if (id != null && !Slugs.isValid(id)) {
            c.diagnostics().report(Problem.SLUG_INVALID, c.at("id"), c.fieldPath("id"), id, Slugs.of(id));
            id = null;
        } else if (id != null && id.equals(PRINT_FOLDER)) {
            c.diagnostics().report(Problem.OUTPUT_CLASH, c.at("id"), c.fieldPath("id"), "shouce/" + id + "/", "手册打印版");
            id = null;
        } else if (id != null) {
            SourceRef first = ids.putIfAbsent(id, c.at("id"));
            if (first != null) {
                c.diagnostics().report(Problem.ENTRY_ID_DUPLICATE, c.at("id"), c.fieldPath("id"), id, first.line());
                id = null;
            }
        }
        String title = c.requiredText("title");
        String file = c.text("file");
        List<HandbookInclude> includes = HandbookIncludeParser.includes(c);
        if (file == null && includes.isEmpty() && !c.has("include")) {
            c.diagnostics().report(Problem.FIELD_REQUIRED, c.at(), c.fieldPath("file"), "file");
        }
        boolean numbered = c.bool("numbered", true);
        if (id == null || title == null) {
            return Optional.empty();
        }
        Handbook.Chapter chapter = new Handbook.Chapter(id, title, numbered, appendix, file, null, includes, c.at());
        return Optional.of(new DeclaredChapter(chapter, c.at("file")));
    }
}
