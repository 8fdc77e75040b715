package ipweek.parse;

import ipweek.model.Markdown;
import java.util.function.Function;

/**
 * A parsed item whose Markdown is not rendered yet: links can only be checked once every file's published location
 * is known, so rendering is a second pass. {@code file} is relative to the content folder, {@code siteRel} to the site
 * folder, and {@code firstLine} is the line of the site file the Markdown starts on.
 */
public record Pending<T>(T item, String markdown, String file, String siteRel, int firstLine,
                         Function<Markdown, T> withBody) {

    public T render(MarkdownRenderer renderer, LinkTargets targets, ipweek.diag.Diagnostics diagnostics) {
        return withBody.apply(renderer.render(markdown, file, siteRel, firstLine, targets, diagnostics));
    }
}
