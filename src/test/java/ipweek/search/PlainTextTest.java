package ipweek.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ipweek.parse.MarkdownRenderer;
import ipweek.parse.LinkTargets;
import ipweek.diag.Diagnostics;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlainTextTest {

    /** What an HTML parser makes of the same HTML: the reference the fast path must match. */
    private static String viaJsoup(String html) {
        return PlainText.clean(Jsoup.parseBodyFragment(html).body().text());
    }

    private static String rendered(String markdown) {
        return new MarkdownRenderer().render(markdown, "articles/a.md", "content/articles/a.md", 1,
                new LinkTargets(Map.of(), Map.of(), Set.of()), new Diagnostics()).html();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "第一段**加粗**文字，[链接](https://www.cnipa.gov.cn/)在句中。\n\n第二段。",
            "## 小标题\n\n- 第一项\n- 第二项 `代码`\n\n1. 甲\n2. 乙",
            "| 地区 | 件数 |\n|---|---|\n| 商城县 | 39 |\n| 息县 | 68 |",
            "> 引用 A&B <tag> \"引号\" 'single' &copy; &#169; &#x4E2D;\n\n```\n代码块 <b>\n```",
            "行一  \n行二~~删除~~<br>原样的 <span>HTML</span>",
            ""})
    void givesTheTextAnHtmlParserGives(String markdown) {
        String html = rendered(markdown);
        assertEquals(viaJsoup(html), PlainText.of(html), html);
    }
}
