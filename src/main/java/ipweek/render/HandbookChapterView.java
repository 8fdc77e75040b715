package ipweek.render;

import java.util.List;

/**
 * One chapter with everything it shows: the Markdown (rendered; the only raw HTML) and then the generated blocks
 * its includes asked for, in order.
 */
public record HandbookChapterView(
        String id,
        String anchor,
        String label,
        String title,
        String fullTitle,
        boolean appendix,
        String bodyHtml,
        List<Block> blocks) {

    public HandbookChapterView {
        blocks = List.copyOf(blocks);
    }

    /**
     * Generated content. {@code kind} says which list is filled: {@code laws} (lawGroups), {@code channels} (a
     * directory) or {@code contacts} (a table) (channels), {@code cases} (cases, under {@code caption}: the batch's
     * title), {@code gi} (gi), {@code note} (text only: the cases of a batch that is not out yet).
     */
    public record Block(String kind, String caption, List<LawView.Group> lawGroups, List<ChannelView> channels,
                        List<HandbookCaseView> cases, List<HandbookGiView> gi, String text) {
        public Block {
            lawGroups = List.copyOf(lawGroups);
            channels = List.copyOf(channels);
            cases = List.copyOf(cases);
            gi = List.copyOf(gi);
        }
    }
}
