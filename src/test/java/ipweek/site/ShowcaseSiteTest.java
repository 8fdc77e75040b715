package ipweek.site;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ipweek.testing.OutputTree;
import ipweek.testing.SiteFixture;
import ipweek.testing.TestSite;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Builds the {@code sites/showcase} fixture — a batch of cases in a folder (one file each), a whole batch in one file,
 * three GI products in all three regimes, pictures large and small — and checks every page kind and facet.
 */
class ShowcaseSiteTest {

    @TempDir
    Path dir;

    private TestSite.Built build() {
        return SiteFixture.copy("showcase", dir).build().assertOk();
    }

    private static Document page(TestSite.Built built, String rel) {
        return OutputTree.parse(built.output().resolve(rel));
    }

    private static List<String> texts(Element doc, String css) {
        return doc.select(css).stream().map(Element::text).toList();
    }

    @Test
    void writesEveryPageKindAndFacet() {
        var built = build();
        for (String file : List.of("anli/index.html", "anli/pici/2025-top10/index.html", "anli/pici/2026-xcz/index.html",
                "anli/2025-top10-01/index.html", "anli/2025-top10-02/index.html", "anli/2025-top10-03/index.html",
                "anli/2026-xcz-01/index.html", "anli/haiguan-xie/index.html",
                "anli/leixing/trademark/index.html", "anli/leixing/counterfeit-patent/index.html", "anli/leixing/copyright/index.html",
                "anli/chengxu/administrative-penalty/index.html", "anli/chengxu/criminal/index.html", "anli/chengxu/customs/index.html",
                "anli/xingdong/tiequan/index.html", "anli/xingdong/jianwang/index.html", "anli/xingdong/longteng/index.html",
                "anli/xingdong/lanwang/index.html", "anli/xingdong/hu-hang/index.html",
                "anli/nian/2025/index.html", "anli/nian/2026/index.html",
                "anli/danwei/ce-shi-hai-guan/index.html", "anli/danwei/ce-shi-shi-gong-an-ju/index.html",
                "dlbz/index.html", "dlbz/baohu/index.html", "dlbz/baohu/pgi/index.html", "dlbz/baohu/gi-mark/index.html",
                "dlbz/baohu/agi/index.html", "dlbz/leibie/processed-food/index.html", "dlbz/leibie/fruit-veg/index.html",
                "dlbz/leibie/grain-oil/index.html", "dlbz/xianqu/an-ping-xian/index.html", "dlbz/xianqu/lin-he-xian/index.html",
                "dlbz/xianqu/fan-chuan-xian/index.html", "dlbz/anping-fentiao/index.html", "dlbz/linhe-youtao/index.html",
                "dlbz/fanchuan-xiaomi/index.html", "media/gi/fentiao-1.w480.png", "media/gi/youtao.w480.png",
                "assets/js/" + fingerprinted(built.output(), "assets/js", "case-filter", ".js"))) {
            assertTrue(Files.isRegularFile(built.output().resolve(file)), "missing " + file);
        }
        built.assertNoFile("media/gi/fentiao-2.w480.png"); // 300 px wide: small enough already
    }

    @Test
    void everyInternalLinkLeadsToAFile() {
        assertEquals(List.of(), OutputTree.brokenLinks(build().output()));
    }

    @Test
    void libraryListsEveryCaseNewestBatchFirstWithWhatTheFilterNeeds() {
        Document doc = page(build(), "anli/index.html");
        assertEquals("典型案例库", doc.selectFirst("h1").text());
        assertEquals(List.of("2025年度测试市知识产权保护典型案例", "2026年知识产权宣传周海关保护典型案例"),
                texts(doc, ".case-group-title"), "same day: by id");
        assertEquals(List.of("案例一", "案例二", "案例三", "案例1", "案例2"), texts(doc, ".case-line .case-ordinal"));
        Element first = doc.selectFirst("li[data-filter-item]");
        assertEquals("2025-top10", first.attr("data-filter-pici"));
        assertEquals("trademark", first.attr("data-filter-leixing"));
        assertEquals("administrative-penalty", first.attr("data-filter-chengxu"));
        assertEquals("tiequan", first.attr("data-filter-xingdong"));
        assertEquals("2025", first.attr("data-filter-nian"));
        assertEquals("ce-shi-shi-shi-chang-jian-du-guan-li-ju", first.attr("data-filter-danwei"));
        assertEquals("jianwang hu-hang", doc.select("li[data-filter-item]").get(2).attr("data-filter-xingdong"));
        Element form = doc.selectFirst("form[data-filter-for=case-library]");
        assertTrue(form.hasAttr("hidden"), "the form appears only when the script runs");
        assertNotNull(form.selectFirst("select[name=leixing] option[value=counterfeit-patent]"));
        assertNotNull(doc.selectFirst("script[src~=^\\.\\./assets/js/case-filter\\.[0-9a-f]{8}\\.js$]")); // fingerprinted (issue 6)
        assertNotNull(doc.selectFirst("nav.facet-nav a[href=../anli/leixing/trademark/]"), "facet pages without the script");
        assertTrue(doc.selectFirst("a[href=../anli/leixing/trademark/]").text().contains("（3）"));
    }

    @Test
    void batchPagesNumberCasesAsThePublisherDid() {
        var built = build();
        Document folder = page(built, "anli/pici/2025-top10/index.html");
        assertEquals(List.of("案例一", "案例二", "案例三"), texts(folder, ".case-batch .case-ordinal"));
        assertTrue(folder.text().contains("本批案例从2025年办结的案件中遴选产生。"));
        assertTrue(folder.text().contains("第一批") && folder.text().contains("知识产权宣传周"));
        assertNotNull(folder.selectFirst("a[href=https://scjg.test.example/anli/2025/]"));
        Document oneFile = page(built, "anli/pici/2026-xcz/index.html");
        assertEquals(List.of("案例1", "案例2"), texts(oneFile, ".case-batch .case-ordinal"));
        assertEquals(List.of("寄递渠道侵权耳机案", "出口侵权运动鞋案"), texts(oneFile, ".case-batch .case-line-title"),
                "ordered by sequence, not by list order");
        assertNotNull(oneFile.selectFirst("a[href=../../../anli/haiguan-xie/]"), "an id given by the editors is kept");
    }

    @Test
    void casePageShowsTheClassicPartsAmountsAndLegalBasis() {
        var built = build();
        Document doc = page(built, "anli/2025-top10-01/index.html");
        assertEquals("李某销售侵犯注册商标专用权白酒案", doc.selectFirst("h1").text());
        assertEquals(List.of("基本案情", "处理结果", "法律依据", "典型意义"), texts(doc, ".case-part > h2"));
        assertEquals(List.of("违法经营额 187.0838万元", "违法所得 12345.67元", "罚款 8.6万元"),
                texts(doc, ".case-amounts tbody tr"));
        assertEquals("1870838元", doc.selectFirst(".case-amounts td span").attr("title"));
        assertEquals(List.of("《中华人民共和国商标法》第五十七条第（三）项、第六十条第二款"), texts(doc, ".case-basis li"));
        String facts = doc.selectFirst("table.facts-table").text();
        for (String part : List.of("测试市市场监督管理局", "测滨区", "商标", "行政处罚", "“铁拳2025”行动", "处罚决定书文号",
                "测市监处罚〔2025〕12号", "决定日期 2025年3月18日", "李某（当事人）")) {
            assertTrue(facts.contains(part), "facts table lacks " + part);
        }
        assertNotNull(doc.selectFirst("a[href=../../anli/leixing/trademark/]"));
        assertNotNull(doc.selectFirst("a[href=../../anli/xingdong/tiequan/]"));
        assertTrue(doc.selectFirst(".case-source").text().contains("有删节"));
        assertNotNull(doc.selectFirst("a[rel=next][href=../../anli/2025-top10-02/]"));
        assertTrue(doc.select("a[rel=prev]").isEmpty());
        assertEquals(List.of("首页", "典型案例", "2025年度测试市知识产权保护典型案例", "李某销售侵犯注册商标专用权白酒案"),
                texts(doc, ".breadcrumbs li"));
    }

    @Test
    void casePageKeepsThePublishersOwnHeadingsAndTheCourtsCaseNumber() {
        var built = build();
        assertEquals(List.of("基本案情", "处罚决定", "典型意义"), texts(page(built, "anli/2025-top10-02/index.html"), ".case-part > h2"));
        Document court = page(built, "anli/2025-top10-03/index.html");
        assertTrue(court.selectFirst("table.facts-table").text().contains("案号 （2025）豫0901刑初88号"));
        assertTrue(court.selectFirst("table.facts-table").text().contains("“剑网2025”专项行动、“护航”专项行动"));
        assertTrue(court.selectFirst("table.facts-table").text().contains("王某；测试市某文化传播有限公司"));
    }

    @Test
    void facetPagesListTheirCasesAndMarkTheCurrentValue() {
        var built = build();
        Document types = page(built, "anli/leixing/trademark/index.html");
        assertEquals("权利类型：商标", types.selectFirst("h1").text());
        assertEquals(List.of("李某销售侵犯注册商标专用权白酒案", "寄递渠道侵权耳机案", "出口侵权运动鞋案"), texts(types, ".case-card-title"));
        assertEquals("page", types.selectFirst("nav.facet-nav a.is-current").attr("aria-current"));
        assertTrue(types.selectFirst("nav.facet-nav a.is-current").text().startsWith("商标"));
        assertEquals(List.of("王某网店销售盗版教辅图书案"), texts(page(built, "anli/xingdong/hu-hang/index.html"), ".case-card-title"));
        assertEquals(List.of("寄递渠道侵权耳机案", "出口侵权运动鞋案"), texts(page(built, "anli/nian/2026/index.html"), ".case-card-title"),
                "a case without a date counts in its batch's year");
        assertEquals("办案单位：测试海关", page(built, "anli/danwei/ce-shi-hai-guan/index.html").selectFirst("h1").text());
        assertEquals("程序类型：刑事案件", page(built, "anli/chengxu/criminal/index.html").selectFirst("h1").text());
    }

    @Test
    void linksInContentToCaseAndProductFilesLeadToTheirPages() {
        var built = build();
        Document article = page(built, "dongtai/2026/release/index.html");
        assertNotNull(article.selectFirst("a[href=../../../anli/2025-top10-01/]"));
        assertNotNull(article.selectFirst("a[href=../../../anli/pici/2025-top10/]"));
        assertNotNull(article.selectFirst("a[href=../../../dlbz/anping-fentiao/]"));
        assertNotNull(page(built, "anli/2025-top10-01/index.html").selectFirst(".prose a[href=../../anli/2025-top10-02/]"));
    }

    @Test
    void exhibitionShowsCardsWithThumbnailsBadgesAndFacets() {
        var built = build();
        Document doc = page(built, "dlbz/index.html");
        assertEquals(List.of("安平红薯粉条", "范川小米", "临河油桃"), texts(doc, ".gi-card-title"), "by county in pinyin order");
        Element img = doc.selectFirst(".gi-card img");
        assertEquals("../media/gi/fentiao-1.w480.png", img.attr("src"));
        assertEquals("480", img.attr("width"));
        assertEquals("270", img.attr("height"));
        assertEquals("lazy", img.attr("loading"));
        assertEquals("晾晒中的红薯粉条", img.attr("alt"));
        assertEquals("processed-food", doc.selectFirst(".gi-card").attr("data-filter-leibie"));
        assertEquals("pgi gi-mark", doc.selectFirst(".gi-card").attr("data-filter-baohu"));
        assertEquals(List.of("保护产品", "地理标志商标"), texts(doc.selectFirst(".gi-card"), ".gi-badge"));
        assertNotNull(doc.select(".gi-card").get(1).selectFirst(".gi-card-placeholder"), "a product without pictures");
        assertEquals("../media/gi/youtao.w480.png", doc.select(".gi-card").get(2).selectFirst("img").attr("src"));
        assertEquals("360", doc.select(".gi-card").get(2).selectFirst("img").attr("height"));
        assertTrue(doc.text().contains("3个地理标志产品和3家专用标志核准使用企业"));
        assertNotNull(doc.selectFirst("a[href=../dlbz/baohu/agi/]"));
        assertNotNull(doc.selectFirst("a[href=../dlbz/xianqu/lin-he-xian/]"));
        assertNotNull(doc.selectFirst("form[data-filter-for=gi-grid] select[name=leibie]"));
    }

    @Test
    void productPageShowsProtectionsGalleryAndAuthorisedUsers() {
        var built = build();
        Document doc = page(built, "dlbz/anping-fentiao/index.html");
        assertEquals("安平红薯粉条", doc.selectFirst("h1").text());
        List<String> rows = texts(doc, ".gi-protections tbody tr");
        assertEquals(2, rows.size());
        assertTrue(rows.get(0).contains("地理标志保护产品") && rows.get(0).contains("国家知识产权局公告第475号")
                && rows.get(0).contains("2019年6月20日") && rows.get(0).contains("DB41/T 0001-2019"), rows.get(0));
        assertTrue(rows.get(1).contains("地理标志证明商标") && rows.get(1).contains("23456789")
                && rows.get(1).contains("第30类：粉条") && rows.get(1).contains("2028年5月13日"), rows.get(1));
        Element thumb = doc.selectFirst(".gi-gallery li a[href=../../media/gi/fentiao-1.png] img");
        assertEquals("../../media/gi/fentiao-1.w480.png", thumb.attr("src"));
        assertEquals("lazy", thumb.attr("loading"));
        Element small = doc.selectFirst(".gi-gallery img[src=../../media/gi/fentiao-2.png]");
        assertEquals("300", small.attr("width"));
        assertTrue(doc.selectFirst(".gi-gallery").text().contains("图片：测试市市场监督管理局（授权使用）"));
        assertEquals(List.of("1 安平县某粉业有限公司 91419021MA1234567A 国家知识产权局公告第475号 2022年3月1日",
                "2 安平县某食品厂 92419021MA76543214 — —"), texts(doc, ".gi-users tbody tr"));
        for (String part : List.of("产地范围", "城关镇、河口乡", "质量技术要求", "选用本地高淀粉红薯。", "产品特色", "历史人文")) {
            assertTrue(doc.text().contains(part), part);
        }
        Document agi = page(built, "dlbz/linhe-youtao/index.html");
        assertTrue(agi.selectFirst(".gi-protections").text().contains("AGI01459"));
        assertTrue(agi.selectFirst(".gi-protections").text().contains("AGI2014-02-1497"));
    }

    @Test
    void explainerShowsTheThreeRegimesWithTheSitesProducts() {
        Document doc = page(build(), "dlbz/baohu/index.html");
        assertEquals("地理标志的三种保护形式和专用标志", doc.selectFirst("h1").text());
        List<String> rows = texts(doc, "tbody tr");
        assertEquals(3, rows.size());
        assertTrue(rows.get(0).startsWith("保护产品 地理标志保护产品") && rows.get(0).endsWith("2个"), rows.get(0));
        assertTrue(rows.get(2).contains("农业农村部") && rows.get(2).endsWith("1个"), rows.get(2));
        assertNotNull(doc.selectFirst("a[href=../../dlbz/baohu/gi-mark/]"));
        assertTrue(doc.text().contains("统一社会信用代码"));
    }

    @Test
    void thumbnailsKeepTheAspectRatio() throws Exception {
        var built = build();
        BufferedImage thumb = ImageIO.read(built.output().resolve("media/gi/youtao.w480.png").toFile());
        assertEquals(480, thumb.getWidth());
        assertEquals(360, thumb.getHeight());
    }

    @Test
    void buildingTwiceGivesByteIdenticalOutput() {
        var first = SiteFixture.copy("showcase", dir.resolve("a")).build().assertOk();
        var second = SiteFixture.copy("showcase", dir.resolve("b")).build().assertOk();
        Map<String, byte[]> a = OutputTree.files(first.output());
        Map<String, byte[]> b = OutputTree.files(second.output());
        assertEquals(a.keySet(), b.keySet());
        a.forEach((path, bytes) -> assertArrayEquals(bytes, b.get(path), path));
    }

    @Test
    void homePageShowsTheLatestBatchAndTheExhibition() {
        Document doc = page(build(), "index.html");
        Element cases = doc.selectFirst(".block-cases");
        assertEquals(List.of("李某销售侵犯注册商标专用权白酒案"), texts(cases, ".case-line-title"),
                "featured cases of the newest batch (same date: by id)");
        assertNotNull(cases.selectFirst("a[href=anli/]"));
        Element gi = doc.selectFirst(".block-gi");
        assertEquals(List.of("安平红薯粉条", "临河油桃", "范川小米"), texts(gi, ".gi-card-title"), "pictures first");
        assertNotNull(gi.selectFirst("a[href=dlbz/]"));
        assertTrue(texts(doc, ".tile-label").containsAll(List.of("典型案例", "地理标志产品网上展")));
    }

    @Test
    void navigationAndSiteMapLinkBothSections() {
        var built = build();
        Document lib = page(built, "anli/index.html");
        Element current = lib.selectFirst(".site-nav a[aria-current], .site-nav .is-current, .site-nav [aria-current]");
        assertNotNull(current, "the nav marks the current section");
        assertTrue(current.text().contains("典型案例"));
        Document map = page(built, "ditu/index.html");
        assertNotNull(map.selectFirst("a[href=../anli/]"));
        assertNotNull(map.selectFirst("a[href=../anli/pici/2026-xcz/]"));
        assertNotNull(map.selectFirst("a[href=../dlbz/]"));
        assertNotNull(map.selectFirst("a[href=../dlbz/baohu/]"));
        assertTrue(built.read("sitemap.xml").contains("https://scjg.test.example/ztzl/2026xcz/anli/2025-top10-01/"));
    }

    @Test
    void aBatchStaysOutUntilItsPublicationDate() {
        var early = SiteFixture.copy("showcase", dir.resolve("early")).today(LocalDate.of(2026, 4, 19))
                .file("content/articles/notice/preview.md", "---\ntitle: 预告\ndate: \"2026-04-18\"\nsource: 测试局\n---\n\n"
                        + "届时将发布[白酒案](../../cases/2025-top10/01-baijiu.yaml)等案例。\n")
                .build().assertOk();
        early.assertNoFile("anli/2025-top10-01/index.html");
        early.assertNoFile("anli/pici/2025-top10/index.html");
        early.assertFile("anli/index.html", "暂无已发布的典型案例");
        assertFalse(early.read("ditu/index.html").contains("anli/pici/"));
        early.assertProblem("LINK_UNPUBLISHED", "content/articles/notice/preview.md", 7, 6);
        assertFalse(early.read("dongtai/2026/preview/index.html").contains("2025-top10-01"), "the link waits as plain text");
        assertEquals(List.of(), OutputTree.brokenLinks(early.output()));
        var preview = SiteFixture.copy("showcase", dir.resolve("preview")).today(LocalDate.of(2026, 4, 19)).drafts().build()
                .assertOk();
        assertTrue(page(preview, "anli/index.html").select(".mark-scheduled").size() >= 2);
    }

    @Test
    void aSiteWithoutCasesOrProductsHasNeitherSection() {
        var built = TestSite.minimal(dir).build().assertOk();
        built.assertNoFile("anli/index.html");
        built.assertNoFile("dlbz/index.html");
        assertFalse(built.read("index.html").contains("block-cases"));
        assertFalse(built.read("ditu/index.html").contains("典型案例"));
    }

    /** The published name of a fingerprinted asset ({@code case-filter.1a2b3c4d.js}, issue 6), or the plain one. */
    private static String fingerprinted(java.nio.file.Path out, String folder, String stem, String ext) {
        try (var files = Files.list(out.resolve(folder))) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.matches(java.util.regex.Pattern.quote(stem) + "\\.[0-9a-f]{8}" + java.util.regex.Pattern.quote(ext)))
                    .findFirst().orElse(stem + ext);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
