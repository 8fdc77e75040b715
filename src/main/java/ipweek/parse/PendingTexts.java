package ipweek.parse;

import ipweek.diag.Diagnostics;
import ipweek.model.Markdown;
import java.util.List;
import java.util.function.Function;

/**
 * Like {@link Pending}, for items with several Markdown fields (a case's 基本案情, 处理结果 and 典型意义): each text with
 * the line of the site file it starts on, rendered in the loader's second pass and handed back in the same order.
 */
public record PendingTexts<T>(T item, List<Text> texts, String file, String siteRel, Function<List<Markdown>, T> withTexts) {

    /** One Markdown field: its text ("" when absent) and the line it starts on. */
    public record Text(String markdown, int firstLine) {
        public Text {
            markdown = markdown == null ? "" : markdown;
        }
    }

    public PendingTexts {
        texts = List.copyOf(texts);
    }

    public T render(MarkdownRenderer renderer, LinkTargets targets, Diagnostics diagnostics) {
        List<Markdown> rendered = texts.stream()
                .map(t -> renderer.render(t.markdown(), file, siteRel, t.firstLine(), targets, diagnostics))
                .toList();
        return withTexts.apply(rendered);
    }
}
