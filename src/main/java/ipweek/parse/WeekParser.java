package ipweek.parse;

import ipweek.diag.Problem;
import ipweek.model.Week;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads {@code content/week.yaml}; the national week runs 4月20日–26日, the default when dates are left out. */
public final class WeekParser {

    private static final Pattern MONTH_DAY = Pattern.compile("(\\d{2})-(\\d{2})");

    private WeekParser() {
    }

    public static Week parse(Fields f) {
        f.allow("year", "world_ip_day_edition", "start", "end", "national_theme", "world_theme", "local_theme",
                "plan_document", "key_dates");
        Integer year = f.integer("year", true);
        int y = year == null ? 2000 : year;
        if (year != null && (year < 2001 || year > 2100)) {
            f.diagnostics().report(Problem.FIELD_FORMAT, f.at("year"), "year", year, "2026");
        }
        Integer edition = f.integer("world_ip_day_edition", false);
        LocalDate start = f.has("start") ? f.date("start", true) : LocalDate.of(y, 4, 20);
        LocalDate end = f.has("end") ? f.date("end", true) : LocalDate.of(y, 4, 26);
        if (start == null) {
            start = LocalDate.of(y, 4, 20);
        }
        if (end == null) {
            end = LocalDate.of(y, 4, 26);
        }
        if (end.isBefore(start)) {
            f.diagnostics().report(Problem.DATE_RANGE, f.at("end"), "end", end, start);
            end = start;
        }
        Optional<Week.PlanDocument> plan = f.map("plan_document").map(p -> {
            p.allow("title", "doc_number", "article");
            String docNumber = SiteConfigParser.orEmpty(p.text("doc_number"));
            DocNumbers.check(p, "doc_number", docNumber);
            return new Week.PlanDocument(SiteConfigParser.orEmpty(p.requiredText("title")), docNumber,
                    SiteConfigParser.orEmpty(p.text("article")), p.at("article"));
        });
        List<Week.KeyDate> keyDates = new ArrayList<>();
        for (Fields k : f.maps("key_dates")) {
            keyDate(k).ifPresent(keyDates::add);
        }
        return new Week(y, edition == null ? y - 2000 : edition, start, end,
                SiteConfigParser.orEmpty(f.requiredText("national_theme")),
                SiteConfigParser.orEmpty(f.text("world_theme")), SiteConfigParser.orEmpty(f.text("local_theme")),
                plan, keyDates, f.at());
    }

    private static Optional<Week.KeyDate> keyDate(Fields k) {
        k.allow("date", "month", "name", "note");
        String name = k.requiredText("name");
        String note = SiteConfigParser.orEmpty(k.text("note"));
        String date = k.text("date");
        Integer month = k.integer("month", false);
        if (date != null) {
            Matcher m = MONTH_DAY.matcher(date);
            int mm = m.matches() ? Integer.parseInt(m.group(1)) : 0;
            int dd = m.matches() ? Integer.parseInt(m.group(2)) : 0;
            // 2024 is a leap year, so 02-29 is accepted
            if (!m.matches() || mm < 1 || mm > 12 || dd < 1 || dd > LocalDate.of(2024, mm, 1).lengthOfMonth()) {
                k.diagnostics().report(Problem.DATE_INVALID, k.at("date"), k.fieldPath("date"), date, "应写成“04-26”这样的“月-日”格式");
                return Optional.empty();
            }
            return name == null ? Optional.empty() : Optional.of(new Week.KeyDate(mm, dd, name, note, k.at()));
        }
        if (month != null) {
            if (month < 1 || month > 12) {
                k.diagnostics().report(Problem.FIELD_FORMAT, k.at("month"), k.fieldPath("month"), month, "1 到 12");
                return Optional.empty();
            }
            return name == null ? Optional.empty() : Optional.of(new Week.KeyDate(month, 0, name, note, k.at()));
        }
        k.diagnostics().report(Problem.FIELD_REQUIRED, k.at(), k.fieldPath("date"), "date");
        return Optional.empty();
    }
}
