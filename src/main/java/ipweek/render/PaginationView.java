package ipweek.render;

import java.util.List;

/** Page links of a paginated list; {@code previous}/{@code next} are "" at the ends. */
public record PaginationView(int current, int total, String previous, String next, List<LinkView> pages) {

    public PaginationView {
        pages = List.copyOf(pages);
    }

    public boolean needed() {
        return total > 1;
    }
}
