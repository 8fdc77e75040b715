package ipweek.check;

import ipweek.diag.Diagnostics;
import ipweek.parse.LoadedContent;

/** One cross-file check. Rules only read and report; they never change the content. */
public interface Rule {

    void check(LoadedContent content, Diagnostics diagnostics);
}
