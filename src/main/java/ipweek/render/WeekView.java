package ipweek.render;

/** The week's banner data, with dates already written the Chinese way (2026年4月20日至26日). */
public record WeekView(
        int year,
        int edition,
        String editionLabel,
        String startIso,
        String endIso,
        String rangeLabel,
        String nationalTheme,
        String worldTheme,
        String localTheme,
        String planTitle,
        String planDocNumber,
        String planUrl) {
}
