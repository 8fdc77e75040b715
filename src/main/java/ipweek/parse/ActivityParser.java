package ipweek.parse;

import ipweek.diag.Problem;
import ipweek.diag.SourceRef;
import ipweek.model.Activity;
import ipweek.model.ActivityForm;
import ipweek.model.Audience;
import ipweek.model.Markdown;
import ipweek.model.Slugs;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Reads one entry of {@code content/activities.yaml}. */
public final class ActivityParser {

    private static final Pattern TIME_RANGE = Pattern.compile("([01]\\d|2[0-3]):[0-5]\\d(\\s*[-–—~至]\\s*([01]\\d|2[0-3]):[0-5]\\d)?");

    private ActivityParser() {
    }

    public static Optional<Pending<Activity>> parse(Fields f, String contentFile, String siteRel, String[] lines) {
        f.allow("id", "no", "title", "form", "start", "end", "time", "venue", "online_url", "livestream_platform",
                "lead_unit", "partner_units", "audience", "summary", "status", "related");
        String id = f.requiredText("id");
        if (id != null && !Slugs.isValid(id)) {
            f.diagnostics().report(Problem.SLUG_INVALID, f.at("id"), f.fieldPath("id"), id, Slugs.of(id));
            id = null;
        }
        Integer no = f.integer("no", true);
        String title = f.requiredText("title");
        ActivityForm form = f.enumValue("form", ActivityForm.class, true);
        LocalDate start = f.date("start", true);
        LocalDate end = f.has("end") ? f.date("end", true) : start;
        if (start != null && end != null && end.isBefore(start)) {
            f.diagnostics().report(Problem.DATE_RANGE, f.at("end"), f.fieldPath("end"), end, start);
            return Optional.empty();
        }
        String time = f.text("time");
        if (time != null && !TIME_RANGE.matcher(time).matches()) {
            f.diagnostics().report(Problem.TIME_INVALID, f.at("time"), f.fieldPath("time"), time, "“09:30-11:30”或“09:30”");
            time = null;
        }
        String onlineUrl = Urls.optional(f, "online_url");
        if (form != null && form.isOnline() && onlineUrl.isEmpty()) {
            f.diagnostics().report(Problem.ACTIVITY_ONLINE_URL, f.at("form"), f.fieldPath("online_url"), form.label());
        }
        String leadUnit = f.requiredText("lead_unit");
        List<String> partners = f.texts("partner_units");
        List<Audience> audience = f.enumList("audience", Audience.class);
        String status = f.text("status");
        boolean cancelled = false;
        if (status != null) {
            switch (status) {
                case "cancelled", "已取消" -> cancelled = true;
                case "planned", "done" -> { }
                default -> f.diagnostics().report(Problem.FIELD_ENUM, f.at("status"), f.fieldPath("status"), status,
                        "cancelled（已取消）；未开始、进行中、已结束由构建日期自动计算");
            }
        }
        List<Activity.ArticleRef> related = f.map("related").map(r -> {
            r.allow("articles");
            return r.textItems("articles").stream().map(i -> new Activity.ArticleRef(i.text(), i.at())).toList();
        }).orElse(List.of());
        String summary = f.text("summary");
        int summaryLine = blockStart(f.at("summary"), lines);
        if (id == null || no == null || title == null || form == null || start == null || end == null || leadUnit == null) {
            return Optional.empty();
        }
        Activity activity = new Activity(id, no, title, form, start, end, time, SiteConfigParser.orEmpty(f.text("venue")),
                onlineUrl, leadUnit, partners, audience, Markdown.EMPTY, cancelled, related, f.at());
        return Optional.of(new Pending<>(activity, summary == null ? "" : summary, contentFile, siteRel, summaryLine,
                body -> withSummary(activity, body)));
    }

    private static Activity withSummary(Activity a, Markdown summary) {
        return new Activity(a.id(), a.no(), a.title(), a.form(), a.start(), a.end(), a.time(), a.venue(), a.onlineUrl(),
                a.leadUnit(), a.partnerUnits(), a.audience(), summary, a.cancelled(), a.relatedArticles(), a.at());
    }

    /** The first line of a YAML value's text: the next line for block scalars ({@code summary: |}). */
    static int blockStart(SourceRef at, String[] lines) {
        if (!at.hasLine() || at.line() > lines.length) {
            return Math.max(1, at.line());
        }
        String line = lines[at.line() - 1].stripTrailing();
        return line.matches(".*[|>][+-]?\\d?$") ? at.line() + 1 : at.line();
    }
}
