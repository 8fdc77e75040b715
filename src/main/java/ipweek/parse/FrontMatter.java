package ipweek.parse;

/**
 * A Markdown file split at its {@code ---} fences: the YAML text with the line it starts on, and the body with the
 * line it starts on (flexmark counts lines from 0 within the body).
 */
public record FrontMatter(String yaml, int yamlFirstLine, String body, int bodyFirstLine) {
}
