package ipweek.render;

import java.util.List;

/** A section of the site for the home page's entry tiles and the site map: its link, a line of text, sub-pages. */
public record SectionView(String label, String url, String description, List<LinkView> children) {

    public SectionView {
        children = List.copyOf(children);
    }
}
