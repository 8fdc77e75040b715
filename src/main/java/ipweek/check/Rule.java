package ipweek.check;

import ipweek.diag.Diagnostics;
import ipweek.parse.LoadedContent;
import java.util.Optional;

/** One cross-file check. Rules only read and report; they never change the content. */
public interface Rule {

    void check(LoadedContent content, Diagnostics diagnostics);

    /**
     * The parts of the content this rule reads, when it reads few: the preview server then runs it again only when
     * those parts changed, and reports what it found last time otherwise. Empty (the default): it always runs.
     */
    default Optional<Object> reads(LoadedContent content) {
        return Optional.empty();
    }
}
