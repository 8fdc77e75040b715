package ipweek.plan;

import ipweek.model.Paths;
import ipweek.render.LinkView;
import ipweek.render.PageView;
import ipweek.render.PaginationView;
import java.util.ArrayList;
import java.util.List;

/** Splits a sorted list into pages of a fixed size at {@code base}, {@code base/page/2/} … */
final class Pagination {

    static final int PAGE_SIZE = 15;

    private Pagination() {
    }

    static <T> List<List<T>> split(List<T> items) {
        List<List<T>> pages = new ArrayList<>();
        for (int i = 0; i < items.size(); i += PAGE_SIZE) {
            pages.add(items.subList(i, Math.min(items.size(), i + PAGE_SIZE)));
        }
        if (pages.isEmpty()) {
            pages.add(List.of());
        }
        return pages;
    }

    static PaginationView view(String base, int current, int total, PageView page) {
        List<LinkView> links = new ArrayList<>();
        for (int n = 1; n <= total; n++) {
            links.add(new LinkView(Integer.toString(n), page.rel(Paths.paged(base, n)), n == current));
        }
        String previous = current > 1 ? page.rel(Paths.paged(base, current - 1)) : "";
        String next = current < total ? page.rel(Paths.paged(base, current + 1)) : "";
        return new PaginationView(current, total, previous, next, links);
    }
}
