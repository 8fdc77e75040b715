package ipweek.model;

import ipweek.diag.SourceRef;

/** A stand-alone Markdown page under {@code content/pages/} (关于本专题, 无障碍说明 …), published at {@code /<slug>/}. */
public record StaticPage(String slug, String title, Markdown body, SourceRef at) {
}
