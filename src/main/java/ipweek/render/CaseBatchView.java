package ipweek.render;

import java.util.List;

/** A batch of typical cases: who published it when and why, its intro, and its cases in order. */
public record CaseBatchView(String id, String title, String url, String label, String publisher, String published,
                            String publishedLabel, String occasion, String introHtml, String sourceUrl, int count,
                            List<CaseCard> cases, boolean scheduled) {

    public CaseBatchView {
        cases = List.copyOf(cases);
    }
}
