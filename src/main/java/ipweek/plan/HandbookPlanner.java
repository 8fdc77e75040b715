package ipweek.plan;

import ipweek.model.CaseBatch;
import ipweek.model.Handbook;
import ipweek.model.HandbookInclude;
import ipweek.model.IpType;
import ipweek.model.Markdown;
import ipweek.model.OrdinalStyle;
import ipweek.model.Paths;
import ipweek.model.SitePage;
import ipweek.model.TypicalCase;
import ipweek.render.ChineseDates;
import ipweek.render.ChineseNumbers;
import ipweek.render.HandbookCaseView;
import ipweek.render.HandbookChapterView;
import ipweek.render.HandbookGiView;
import ipweek.render.HandbookLayoutView;
import ipweek.render.HandbookView;
import ipweek.render.LinkView;
import ipweek.render.PageView;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The handbook's web version: a contents page ({@code /shouce/}), one page per chapter, and the print page
 * ({@code /shouce/print/}) with the whole book, which browsers print and the build turns into the PDF.
 */
final class HandbookPlanner {

    private static final Pattern HEADING = Pattern.compile("<(/?)h([1-5])\\b");
    /** A space Markdown needs after bold text that ends in Chinese punctuation, before Chinese text. */
    private static final Pattern SPACE_AFTER_EMPHASIS = Pattern.compile("(</strong>|</em>)[ \\t]+(?=[\\p{IsHan}“‘（《【])");

    private final ViewFactory views;
    private final RightsViews rights;

    HandbookPlanner(ViewFactory views, RightsViews rights) {
        this.views = views;
        this.rights = rights;
    }

    void plan(List<PageJob> out) {
        if (views.site().handbook().isEmpty()) {
            return;
        }
        Handbook handbook = views.site().handbook().get();
        Map<String, String> labels = labels(handbook);
        PageView contents = views.page("handbook", SitePage.HANDBOOK.path(), handbook.title())
                .column("维权手册", "办事服务")
                .description(description(handbook))
                .build();
        out.add(new PageJob(Paths.file(contents.path()), "handbook", false, views.model(contents, SitePage.HANDBOOK,
                Map.of("handbook", handbook(handbook, labels, contents, ""),
                        "links", SectionLinks.of(views, contents))), handbook.published().toString()));
        List<Handbook.Chapter> chapters = handbook.chapters();
        for (int i = 0; i < chapters.size(); i++) {
            Handbook.Chapter c = chapters.get(i);
            PageView page = views.page("handbook-chapter", Paths.handbookChapter(c.id()), fullTitle(c, labels))
                    .column("维权手册", "办事服务")
                    .description(handbook.title() + "：" + fullTitle(c, labels))
                    .crumb("维权手册", SitePage.HANDBOOK.path())
                    .build();
            HandbookChapterView chapter = chapter(c, labels, md -> md.forPage(page.root()), page::rel);
            out.add(new PageJob(Paths.file(page.path()), "handbook-chapter", false, views.model(page, SitePage.HANDBOOK,
                    Map.of("handbook", handbook(handbook, labels, page, c.id()),
                            "chapter", chapter,
                            "previous", neighbour(i - 1, chapters, labels, page),
                            "next", neighbour(i + 1, chapters, labels, page))), handbook.published().toString()));
        }
        out.add(print(handbook, labels));
    }

    /** The whole book on one page, without the site's header and footer: what browsers print and the PDF is made of. */
    private PageJob print(Handbook handbook, Map<String, String> labels) {
        PageView page = views.page("handbook-print", Paths.handbookPrint(), handbook.title() + "（打印版）")
                .column("维权手册", "办事服务")
                .description(description(handbook))
                .crumb("维权手册", SitePage.HANDBOOK.path())
                .build();
        String base = views.site().config().baseUrl();
        Function<Markdown, String> html = md -> tightenEmphasis(shiftHeadings(printHtml(md, page.root(), base)));
        List<HandbookChapterView> chapters = handbook.chapters().stream()
                .map(c -> chapter(c, labels, html, path -> base + path))
                .toList();
        HandbookLayoutView layout = HandbookLayoutView.of(handbook);
        return new PageJob(Paths.file(page.path()), "handbook-print", false, views.model(page, SitePage.HANDBOOK,
                Map.of("handbook", handbook(handbook, labels, page, ""),
                        "chapters", chapters,
                        "layout", layout,
                        "sponsorContact", views.site().config().contact(),
                        "webAddress", base + SitePage.HANDBOOK.path())), handbook.published().toString());
    }

    /** The home page's download block: {@code model} plus {@code handbookCard} when the site has a handbook. */
    static Map<String, Object> withHomeCard(ViewFactory views, PageView page, Map<String, Object> model) {
        if (views.site().handbook().isEmpty()) {
            return model;
        }
        Map<String, Object> out = new HashMap<>(model);
        Handbook h = views.site().handbook().get();
        out.put("handbookCard", new HandbookPlanner(views, new RightsViews(views.site())).handbook(h, labels(h), page, ""));
        return out;
    }

    HandbookView handbook(Handbook h, Map<String, String> labels, PageView page, String currentChapter) {
        List<HandbookView.TocEntry> toc = h.chapters().stream()
                .map(c -> new HandbookView.TocEntry(c.id(), labels.get(c.id()), c.title(),
                        page.rel(Paths.handbookChapter(c.id())), anchor(c), c.appendix(), c.id().equals(currentChapter)))
                .toList();
        String date = h.dateDisplay().isEmpty() ? ChineseNumbers.yearMonth(h.published()) : h.dateDisplay();
        return new HandbookView(h.title(), h.subtitle(), h.edition(), h.compiler(), date, h.permitNo(), h.coverNote(),
                h.backCover(), h.page().size().label(), h.binding().label(), page.rel(SitePage.HANDBOOK.path()),
                page.rel(Paths.handbookPrint()), page.rel(Paths.handbookPdf(h)), h.pdfFile(), toc);
    }

    /**
     * @param html how this page shows rendered Markdown (relative links on the web, absolute ones in print)
     * @param link a site path as this page links it
     */
    private HandbookChapterView chapter(Handbook.Chapter c, Map<String, String> labels, Function<Markdown, String> html,
                                        Function<String, String> link) {
        List<HandbookChapterView.Block> blocks = new ArrayList<>();
        for (HandbookInclude include : c.includes()) {
            blocks.add(block(include, html, link));
        }
        return new HandbookChapterView(c.id(), anchor(c), labels.get(c.id()), c.title(), fullTitle(c, labels),
                c.appendix(), html.apply(c.body()), blocks);
    }

    private HandbookChapterView.Block block(HandbookInclude include, Function<Markdown, String> html,
                                            Function<String, String> link) {
        if (include instanceof HandbookInclude.Laws laws) {
            return new HandbookChapterView.Block("laws", "", rights.lawGroups(laws.select(views.site().laws())),
                    List.of(), List.of(), List.of(), "");
        }
        if (include instanceof HandbookInclude.Channels channels) {
            var selected = channels.select(views.site().channels()).stream()
                    .map(ch -> rights.channel(ch, link.apply(Paths.channel(ch.id())))).toList();
            String kind = channels.layout() == HandbookInclude.ChannelLayout.TABLE ? "contacts" : "channels";
            return new HandbookChapterView.Block(kind, "", List.of(), selected, List.of(), List.of(), "");
        }
        if (include instanceof HandbookInclude.Cases cases) {
            if (cases.batchIn(views.site().caseBatches()).isEmpty()) { // not out yet (the rule lets only that through)
                return new HandbookChapterView.Block("note", "", List.of(), List.of(), List.of(), List.of(),
                        "本章收入的典型案例尚未发布，发布后将自动收入本手册。");
            }
            CaseBatch batch = cases.batchIn(views.site().caseBatches()).orElseThrow();
            List<HandbookCaseView> selected = cases.select(views.site().caseBatches()).stream()
                    .map(tc -> typicalCase(batch, tc, html, link)).toList();
            return new HandbookChapterView.Block("cases", batch.title(), List.of(), List.of(), selected, List.of(), "");
        }
        HandbookInclude.Gi gi = (HandbookInclude.Gi) include;
        List<HandbookGiView> products = gi.select(views.site().giProducts()).stream()
                .map(g -> new HandbookGiView(g.id(), g.name(), g.location().name(), g.category().label(),
                        g.protections().stream().map(p -> p.regime().label() + " " + p.identifier()).toList(),
                        g.originArea(), g.authorizedUsers().size(), link.apply(Paths.giProduct(g.id()))))
                .toList();
        return new HandbookChapterView.Block("gi", "", List.of(), List.of(), List.of(), products, "");
    }

    private static HandbookCaseView typicalCase(CaseBatch batch, TypicalCase c, Function<Markdown, String> html,
                                                Function<String, String> link) {
        List<String> facts = new ArrayList<>();
        facts.add("办案单位：" + c.handlingUnit());
        facts.add("类型：" + String.join("、", c.ipTypes().stream().map(IpType::label).toList()) + " · " + c.proceeding().label());
        c.decisionDate().ifPresent(d -> facts.add("日期：" + ChineseDates.full(d)));
        if (!c.documentNumber().isEmpty()) {
            facts.add("文号：" + c.documentNumber());
        }
        List<String> basis = c.legalBasis().stream()
                .map(b -> "《" + b.law() + "》" + String.join("、", b.articles())).toList();
        String ordinal = "案例" + (batch.ordinalStyle() == OrdinalStyle.CHINESE ? ChineseNumbers.of(c.position())
                : Integer.toString(c.position()));
        return new HandbookCaseView(c.id(), ordinal, c.title(), facts, c.factsLabel(), html.apply(c.facts()),
                c.resultLabel(), html.apply(c.result()), basis, c.significanceLabel(), html.apply(c.significance()),
                link.apply(Paths.typicalCase(c.id())));
    }

    private LinkView neighbour(int i, List<Handbook.Chapter> chapters, Map<String, String> labels, PageView page) {
        if (i < 0 || i >= chapters.size()) {
            return new LinkView("", "", false);
        }
        Handbook.Chapter c = chapters.get(i);
        return LinkView.of(fullTitle(c, labels), page.rel(Paths.handbookChapter(c.id())));
    }

    /** 第一章 … for numbered chapters, 附录一 … for numbered appendices (附录 when there is only one), "" otherwise. */
    static Map<String, String> labels(Handbook h) {
        Map<String, String> out = new HashMap<>();
        long appendices = h.chapters().stream().filter(c -> c.appendix() && c.numbered()).count();
        int chapter = 0;
        int appendix = 0;
        for (Handbook.Chapter c : h.chapters()) {
            if (!c.numbered()) {
                out.put(c.id(), "");
            } else if (c.appendix()) {
                appendix++;
                out.put(c.id(), appendices == 1 ? "附录" : "附录" + ChineseNumbers.of(appendix));
            } else {
                chapter++;
                out.put(c.id(), "第" + ChineseNumbers.of(chapter) + "章");
            }
        }
        return out;
    }

    private static String fullTitle(Handbook.Chapter c, Map<String, String> labels) {
        String label = labels.get(c.id());
        return label.isEmpty() ? c.title() : label + " " + c.title();
    }

    /** The print page's anchor of a chapter, which the contents' page numbers point at. */
    static String anchor(Handbook.Chapter c) {
        return "ch-" + c.id();
    }

    private static String description(Handbook h) {
        return h.compiler() + "编印的" + h.title() + (h.edition().isEmpty() ? "" : "（" + h.edition() + "）")
                + "，汇集知识产权基础知识、法律法规、典型案例和维权渠道。";
    }

    /**
     * Markdown for the print page and the PDF: images stay relative (the PDF is made from the built files), links to
     * other pages become absolute, so a printed or downloaded handbook points at the live site.
     */
    static String printHtml(Markdown md, String root, String baseUrl) {
        return md.html().replace(Markdown.ROOT + "media/", root + "media/").replace(Markdown.ROOT, baseUrl);
    }

    /**
     * CommonMark only closes {@code **加粗。**} before a space, so editors write {@code **行政责任。** 市场…}; in justified
     * print that space would stretch into a wide gap, so it goes.
     */
    static String tightenEmphasis(String html) {
        return SPACE_AFTER_EMPHASIS.matcher(html).replaceAll("$1");
    }

    /** On the print page the book's title is the h1 and chapters are h2, so the chapters' own headings go one down. */
    static String shiftHeadings(String html) {
        Matcher m = HEADING.matcher(html);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, "<" + m.group(1) + "h" + (Integer.parseInt(m.group(2)) + 1));
        }
        m.appendTail(sb);
        return sb.toString();
    }
}
