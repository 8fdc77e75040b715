package ipweek.check;

import ipweek.diag.Diagnostics;
import ipweek.diag.Problem;
import ipweek.model.Channel;
import ipweek.parse.LoadedContent;
import java.util.HashMap;
import java.util.Map;

/** Channel ids are unique: they are the channels' URLs and what the handbook names. */
final class ChannelRule implements Rule {

    @Override
    public void check(LoadedContent content, Diagnostics diagnostics) {
        Map<String, Channel> seen = new HashMap<>();
        for (Channel c : content.channels()) {
            Channel first = seen.putIfAbsent(c.id(), c);
            if (first != null) {
                diagnostics.report(Problem.ENTRY_ID_DUPLICATE, c.at(), "id", c.id(), first.at().line());
            }
        }
    }
}
