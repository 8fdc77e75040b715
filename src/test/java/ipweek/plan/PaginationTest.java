package ipweek.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ipweek.render.LinkView;
import ipweek.render.PageView;
import ipweek.render.PaginationView;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PaginationTest {

    private static final PageView PAGE = new PageView("news-list", "新闻", "新闻", "../../../", "dongtai/page/5/", "",
            "", "", "", List.of(), "", "", "", List.of(), "website", "");

    /** The labels shown, the current one in brackets. */
    private static String labels(PaginationView view) {
        return view.pages().stream().map(l -> l.current() ? "[" + l.label() + "]" : l.label()).collect(Collectors.joining(" "));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "1   | 1   | [1]",
            "1   | 7   | [1] 2 3 … 7",
            "4   | 7   | 1 2 3 [4] 5 6 7",
            "5   | 9   | 1 2 3 4 [5] 6 7 8 9",
            "6   | 9   | 1 … 4 5 [6] 7 8 9",
            "300 | 666 | 1 … 298 299 [300] 301 302 … 666",
            "666 | 666 | 1 … 664 665 [666]"})
    void showsTheEndsAndTwoPagesAroundTheCurrentOneWithGapsForTheRest(int current, int total, String expected) {
        assertEquals(expected, labels(Pagination.view("dongtai/", current, total, PAGE)));
    }

    @ParameterizedTest
    @CsvSource({"300, 666", "2, 40"})
    void gapsHaveNoLinkAndNumbersLinkToTheirPage(int current, int total) {
        PaginationView view = Pagination.view("dongtai/", current, total, PAGE);
        for (LinkView l : view.pages()) {
            assertEquals(l.label().equals("…"), l.url().isEmpty(), l.toString());
        }
        LinkView last = view.pages().get(view.pages().size() - 1);
        assertEquals("../../../dongtai/page/" + total + "/", last.url());
        assertEquals("../../../dongtai/", view.pages().get(0).url(), "page 1 is the list itself");
        assertEquals("../../../dongtai/page/" + (current + 1) + "/", view.next());
    }
}
