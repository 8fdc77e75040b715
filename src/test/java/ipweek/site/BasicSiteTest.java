package ipweek.site;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ipweek.testing.OutputTree;
import ipweek.testing.SiteFixture;
import ipweek.testing.TestSite;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Builds the {@code sites/basic} fixture with the built-in theme and checks every page kind. */
class BasicSiteTest {

    @TempDir
    Path dir;

    private TestSite.Built build() {
        return SiteFixture.copy("basic", dir).build().assertOk();
    }

    @Test
    void writesEveryPageKind() {
        var built = build();
        for (String page : List.of("index.html", "huodong/index.html", "huodong/launch/index.html",
                "dongtai/index.html", "dongtai/notice/index.html", "dongtai/work-news/index.html",
                "dongtai/2026/plan/index.html", "dongtai/2026/launch-news/index.html", "biaoqian/index.html",
                "biaoqian/xuan-chuan-zhou/index.html", "rili/index.html", "guanyu/index.html", "wuzhangai/index.html",
                "zhinan/index.html", "ditu/index.html", "404.html", "sitemap.xml", "feed.xml", "robots.txt",
                "media/2026/qi-dong.png", "media/2026/form.txt")) {
            assertTrue(Files.isRegularFile(built.output().resolve(page)), "missing " + page);
        }
    }

    @Test
    void leavesDraftsAndScheduledArticlesOutUnlessAsked() {
        var built = build();
        built.assertNoFile("dongtai/2026/draft/index.html");
        built.assertNoFile("dongtai/2026/later/index.html");
        var preview = SiteFixture.copy("basic", dir.resolve("preview")).drafts().build().assertOk();
        preview.assertFile("dongtai/2026/draft/index.html", "草稿文章");
        preview.assertFile("dongtai/2026/later/index.html", "中国品牌日活动预告");
    }

    @Test
    void everyInternalLinkLeadsToAFile() {
        var built = build();
        assertEquals(List.of(), OutputTree.brokenLinks(built.output()));
    }

    @Test
    void articlePageCarriesGovernmentMetadataAndResolvedLinks() {
        var built = build();
        Document doc = OutputTree.parse(built.output().resolve("dongtai/2026/launch-news/index.html"));
        assertEquals("zh-CN", doc.selectFirst("html").attr("lang"));
        assertEquals("测试市启动2026年知识产权宣传周", doc.selectFirst("h1").text());
        assertEquals("2026-04-20 11:30", doc.selectFirst("meta[name=PubDate]").attr("content"));
        assertEquals("测试市市场监督管理局", doc.selectFirst("meta[name=ContentSource]").attr("content"));
        assertEquals("4109000012", doc.selectFirst("meta[name=SiteIDCode]").attr("content"));
        assertEquals("https://scjg.test.example/ztzl/2026xcz/dongtai/2026/launch-news/",
                doc.selectFirst("link[rel=canonical]").attr("href"));
        assertTrue(doc.select("a[href=../../../dongtai/2026/plan/]").size() >= 1, "link to the plan article");
        var img = doc.selectFirst("img[src=../../../media/2026/qi-dong.png]");
        assertEquals("160", img.attr("width"));
        assertEquals("90", img.attr("height"));
        assertTrue(doc.text().contains("信息来源"), "信息来源 label");
    }

    @Test
    void noticeShowsItsDocumentNumberAndAttachment() {
        var built = build();
        built.assertFile("dongtai/2026/plan/index.html", "测知办〔2026〕1号", "11410900MB1234567X/2026-00012",
                "活动报名表", "../../../media/2026/form.txt");
    }

    @Test
    void rawHtmlInContentIsShownAsTextNeverRun() {
        var built = build();
        String html = built.read("dongtai/2026/fake-goods/index.html");
        assertFalse(html.contains("<script>alert"), "raw script must not pass through");
        assertTrue(html.contains("&lt;script&gt;alert"));
    }

    @Test
    void scheduleShowsEachDayAndStatusOnTheBuildDate() {
        var built = build();
        Document doc = OutputTree.parse(built.output().resolve("huodong/index.html"));
        String text = doc.text();
        assertTrue(text.contains("4月20日") && text.contains("4月26日"), "the week's days");
        assertTrue(text.contains("已结束"), "launch was on 04-20");
        assertTrue(text.contains("进行中"), "the quiz runs 04-21..26");
        assertTrue(text.contains("未开始"), "the forum is in May");
        built.assertFile("huodong/launch/index.html", "宣传周启动仪式", "市民广场", "09:30-11:00",
                "../../dongtai/2026/plan/", "测试市启动2026年知识产权宣传周");
    }

    @Test
    void homeShowsTheWeekAndTodaysActivities() {
        var built = build();
        built.assertFile("index.html", "第26个世界知识产权日", "全面加强知识产权保护", "2026年4月20日至26日",
                "今日活动", "线上知识竞答", "测试市启动2026年知识产权宣传周", "关于开展2026年知识产权宣传周活动的通知",
                "12345");
    }

    @Test
    void everyPageCarriesTheIdentityFooter() {
        var built = build();
        for (Path page : OutputTree.htmlFiles(built.output())) {
            String html = built.read(built.output().relativize(page).toString());
            assertTrue(html.contains("豫ICP备12345678号-1"), page + " lacks the ICP number");
            assertTrue(html.contains("registerSystemInfo?recordcode=41090202000123"), page + " lacks the 公安备案 link");
            assertTrue(html.contains("4109000012"), page + " lacks the site code");
        }
    }

    @Test
    void errorPageLinksFromTheBasePath() {
        var built = build();
        built.assertFile("404.html", "/ztzl/2026xcz/");
    }

    @Test
    void machineFilesAreWellFormed() throws Exception {
        var built = build();
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        var sitemap = factory.newDocumentBuilder().parse(built.output().resolve("sitemap.xml").toFile());
        assertTrue(sitemap.getElementsByTagNameNS("*", "url").getLength() >= 15);
        var feed = factory.newDocumentBuilder().parse(built.output().resolve("feed.xml").toFile());
        assertEquals(3, feed.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry").getLength());
        built.assertFile("robots.txt", "Sitemap: https://scjg.test.example/ztzl/2026xcz/sitemap.xml");
    }

    @Test
    void buildingTwiceGivesByteIdenticalOutput() {
        var first = SiteFixture.copy("basic", dir.resolve("a")).build().assertOk();
        var second = SiteFixture.copy("basic", dir.resolve("b")).build().assertOk();
        Map<String, byte[]> a = OutputTree.files(first.output());
        Map<String, byte[]> b = OutputTree.files(second.output());
        assertEquals(a.keySet(), b.keySet());
        a.forEach((path, bytes) -> assertArrayEquals(bytes, b.get(path), path));
    }

    @Test
    void baseUrlOnlyChangesAbsoluteUrls() {
        var site = SiteFixture.copy("basic", dir.resolve("c")).baseUrl("https://other.example/x/");
        var built = site.build().assertOk();
        built.assertFile("dongtai/2026/plan/index.html", "https://other.example/x/dongtai/2026/plan/");
        assertEquals(List.of(), OutputTree.brokenLinks(built.output()));
    }

    @Test
    void aFailedBuildLeavesThePreviousOutputUntouched() throws Exception {
        TestSite site = SiteFixture.copy("basic", dir.resolve("d"));
        var good = site.build().assertOk();
        Map<String, byte[]> before = OutputTree.files(good.output());
        site.file("content/articles/work_news/broken.md", "---\ntitle: 坏\ndate: \"2026-13-01\"\nsource: 局\n---\n");
        var bad = site.build();
        assertTrue(bad.result().failed());
        Map<String, byte[]> after = OutputTree.files(good.output());
        assertEquals(before.keySet(), after.keySet());
        before.forEach((path, bytes) -> assertArrayEquals(bytes, after.get(path), path));
        try (var entries = Files.list(dir.resolve("d"))) {
            assertEquals(List.of("public", "site"), entries.map(p -> p.getFileName().toString()).sorted().toList(),
                    "no staging folder left behind");
        }
    }

    @Test
    void activityStatusFollowsTheBuildDate() {
        var before = SiteFixture.copy("basic", dir.resolve("e")).today(LocalDate.of(2026, 4, 1)).build().assertOk();
        before.assertFile("index.html", "近期活动");
        String schedule = before.read("huodong/index.html");
        assertFalse(schedule.contains("已结束"));
    }

    @Test
    void calendarAboutAccessibilityTagsAndSiteMapPagesCarryTheirContent() {
        var built = build();
        built.assertFile("rili/index.html", "4月26日", "世界知识产权日", "宣传周高潮", "3月15日", "国际消费者权益日",
                "9月（全月）", "全国“质量月”");
        built.assertFile("guanyu/index.html", "本专题由测试市市场监督管理局主办", "测试市人民路1号", "457000", "zscq@test.example");
        built.assertFile("wuzhangai/index.html", "无障碍");
        built.assertFile("zhinan/index.html", "参与指南", "欢迎参加宣传周各项活动");
        built.assertFile("biaoqian/index.html", "宣传周", "../biaoqian/xuan-chuan-zhou/".replace("../biaoqian/", ""));
        built.assertFile("biaoqian/xuan-chuan-zhou/index.html", "测试市启动2026年知识产权宣传周", "关于开展2026年知识产权宣传周活动的通知");
        built.assertFile("ditu/index.html", "活动安排", "新闻动态", "通知公告", "参与指南");
        built.assertFile("dongtai/notice/index.html", "关于开展2026年知识产权宣传周活动的通知");
    }

    @Test
    void paginatesLongListsAtFifteen() {
        TestSite site = SiteFixture.copy("basic", dir.resolve("p"));
        for (int i = 1; i <= 20; i++) {
            site.file("content/articles/work_news/n" + i + ".md", "---\ntitle: 第" + i + "条动态\ndate: \"2026-03-"
                    + String.format("%02d", i) + "\"\nsource: 局\n---\n正文\n");
        }
        var built = site.build().assertOk();
        built.assertFile("dongtai/work-news/page/2/index.html", "第1条动态");
        built.assertFile("dongtai/work-news/index.html", "第20条动态", "page/2/");
        assertEquals(List.of(), OutputTree.brokenLinks(built.output()));
    }
}
