package ipweek.model;

import ipweek.diag.SourceRef;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** One activity of the week (活动), from {@code content/activities.yaml}. */
public record Activity(
        String id,
        int no,
        String title,
        ActivityForm form,
        LocalDate start,
        LocalDate end,
        String time,
        String venue,
        String onlineUrl,
        String leadUnit,
        List<String> partnerUnits,
        List<Audience> audience,
        Markdown summary,
        boolean cancelled,
        List<ArticleRef> relatedArticles,
        SourceRef at) {

    public Activity {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("end before start: " + id);
        }
        partnerUnits = List.copyOf(partnerUnits);
        audience = List.copyOf(audience);
        relatedArticles = List.copyOf(relatedArticles);
        time = time == null ? "" : time;
        venue = venue == null ? "" : venue;
        onlineUrl = onlineUrl == null ? "" : onlineUrl;
    }

    /** A slug of an article named in YAML, with where it was written. */
    public record ArticleRef(String slug, SourceRef at) {
    }

    public ActivityStatus statusOn(LocalDate today) {
        return cancelled ? ActivityStatus.CANCELLED : ActivityStatus.on(today, start, end);
    }

    public boolean runsOn(LocalDate day) {
        return !day.isBefore(start) && !day.isAfter(end);
    }
}
