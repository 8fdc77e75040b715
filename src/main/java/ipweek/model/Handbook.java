package ipweek.model;

import ipweek.diag.SourceRef;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The rights-protection handbook (维权保护手册) from {@code content/handbook/handbook.yaml}: its cover data, page
 * layout, fonts for the PDF and its chapters in order (appendices last). It is published three ways from the same
 * chapters: a web version ({@code /shouce/}), a print page and a PDF made at build time.
 */
public record Handbook(
        String title,
        String subtitle,
        String edition,
        String compiler,
        String dateDisplay,
        LocalDate published,
        String permitNo,
        String coverNote,
        String backCover,
        Page page,
        Binding binding,
        Padding padding,
        boolean chaptersOnRight,
        String slug,
        Fonts fonts,
        int maxPdfMb,
        List<Chapter> chapters,
        SourceRef at,
        SourceRef bindingAt) {

    public Handbook {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(page, "page");
        Objects.requireNonNull(binding, "binding");
        Objects.requireNonNull(padding, "padding");
        Objects.requireNonNull(fonts, "fonts");
        chapters = List.copyOf(chapters);
        subtitle = orEmpty(subtitle);
        edition = orEmpty(edition);
        compiler = orEmpty(compiler);
        dateDisplay = orEmpty(dateDisplay);
        permitNo = orEmpty(permitNo);
        coverNote = orEmpty(coverNote);
        backCover = orEmpty(backCover);
        if (!Slugs.isValid(slug)) {
            throw new IllegalArgumentException("handbook slug: " + slug);
        }
    }

    /** The same handbook with its chapters' Markdown rendered. */
    public Handbook withChapters(List<Chapter> rendered) {
        return new Handbook(title, subtitle, edition, compiler, dateDisplay, published, permitNo, coverNote, backCover,
                page, binding, padding, chaptersOnRight, slug, fonts, maxPdfMb, rendered, at, bindingAt);
    }

    /** The PDF's file name in {@code shouce/}. */
    public String pdfFile() {
        return slug + ".pdf";
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    /**
     * One chapter or appendix: Markdown from {@code file} (may be empty) followed by generated content. Chapters
     * that are not {@code numbered} (前言, 后记) get no 第N章 label.
     */
    public record Chapter(String id, String title, boolean numbered, boolean appendix, String file, Markdown body,
                          List<HandbookInclude> includes, SourceRef at) {
        public Chapter {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(title, "title");
            includes = List.copyOf(includes);
            file = file == null ? "" : file;
            body = body == null ? Markdown.EMPTY : body;
        }

        public Chapter withBody(Markdown rendered) {
            return new Chapter(id, title, numbered, appendix, file, rendered, includes, at);
        }

        public Chapter withIncludes(List<HandbookInclude> newIncludes) {
            return new Chapter(id, title, numbered, appendix, file, body, newIncludes, at);
        }
    }

    /** Trim size and margins in millimetres; inner is the binding side (mirrored on left and right pages). */
    public record Page(PageSize size, int top, int bottom, int inner, int outer) {
        public Page {
            Objects.requireNonNull(size, "size");
        }

        public static Page defaults(PageSize size) {
            return size == PageSize.A4 ? new Page(size, 22, 22, 25, 20) : new Page(size, 15, 18, 18, 14);
        }
    }

    /** The TrueType files the PDF is set in; {@code shownAs} is how messages and the colophon name them. */
    public record Fonts(FontFile body, FontFile heading) {
        public Fonts {
            Objects.requireNonNull(body, "body");
            Objects.requireNonNull(heading, "heading");
        }
    }

    public record FontFile(Path path, String shownAs) {
        public FontFile {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(shownAs, "shownAs");
        }
    }

    /** 开本. */
    public enum PageSize implements Coded {
        A5("A5", "A5（148×210毫米）", 148, 210),
        A4("A4", "A4（210×297毫米）", 210, 297),
        LARGE32("large32", "大32开（140×203毫米）", 140, 203);

        private final String code;
        private final String label;
        private final int widthMm;
        private final int heightMm;

        PageSize(String code, String label, int widthMm, int heightMm) {
            this.code = code;
            this.label = label;
            this.widthMm = widthMm;
            this.heightMm = heightMm;
        }

        @Override
        public String code() {
            return code;
        }

        @Override
        public String label() {
            return label;
        }

        public int widthMm() {
            return widthMm;
        }

        public int heightMm() {
            return heightMm;
        }
    }

    /**
     * What fills a saddle-stitched booklet up to a multiple of 4 pages: blank pages with a warning (the default: the
     * editor may prefer to adjust the text), blank pages by choice, or ruled notes pages (笔记页).
     */
    public enum Padding implements Coded {
        AUTO("auto", "空白页并提示"),
        BLANK("blank", "空白页"),
        NOTES("notes", "笔记页");

        private final String code;
        private final String label;

        Padding(String code, String label) {
            this.code = code;
            this.label = label;
        }

        @Override
        public String code() {
            return code;
        }

        @Override
        public String label() {
            return label;
        }
    }

    /** 装订方式: saddle stitching needs a page count that is a multiple of 4. */
    public enum Binding implements Coded {
        SADDLE_STITCH("saddle_stitch", "骑马钉"),
        PERFECT("perfect", "胶装"),
        NONE("none", "不装订");

        private final String code;
        private final String label;

        Binding(String code, String label) {
            this.code = code;
            this.label = label;
        }

        @Override
        public String code() {
            return code;
        }

        @Override
        public String label() {
            return label;
        }
    }
}
