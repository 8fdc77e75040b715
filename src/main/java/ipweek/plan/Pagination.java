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

    /** Page numbers shown on each side of the current one; the first and last are always shown. */
    static final int WINDOW = 2;

    /**
     * The page links: the first, the last, and {@link #WINDOW} on each side of the current page, with a gap (a link
     * without URL, shown as "…") where numbers are left out. Listing every number would put 600 links on each page of
     * a 600-page list — unusable on a phone, and a list of n pages would weigh n² links in all.
     */
    static PaginationView view(String base, int current, int total, PageView page) {
        List<LinkView> links = new ArrayList<>();
        int last = 0;
        for (int n = 1; n <= total; n++) {
            boolean shown = n == 1 || n == total || Math.abs(n - current) <= WINDOW
                    || (n == 2 && current - WINDOW == 3) || (n == total - 1 && current + WINDOW == total - 2);
            if (!shown) {
                continue;
            }
            if (n > last + 1) {
                links.add(new LinkView("…", "", false));
            }
            links.add(new LinkView(Integer.toString(n), page.rel(Paths.paged(base, n)), n == current));
            last = n;
        }
        String previous = current > 1 ? page.rel(Paths.paged(base, current - 1)) : "";
        String next = current < total ? page.rel(Paths.paged(base, current + 1)) : "";
        return new PaginationView(current, total, previous, next, links);
    }
}
