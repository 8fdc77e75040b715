package ipweek.bake;

import freemarker.core.ParseException;
import freemarker.template.TemplateException;
import ipweek.diag.Problem;
import ipweek.diag.SourceRef;
import java.nio.file.Files;

/**
 * Turns a failure while rendering a page into a problem that names the template file and line (in the site's
 * {@code templates/} or the built-in theme) and the page being rendered.
 */
final class TemplateProblems {

    private TemplateProblems() {
    }

    static void report(BakeContext context, String page, Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof TemplateException te && te.getTemplateSourceName() != null) {
                String detail = firstLine(te.getMessageWithoutStackTop()) + "（正在生成 " + page + "）";
                context.diagnostics().report(Problem.TEMPLATE_ERROR, where(context, te.getTemplateSourceName(),
                        te.getLineNumber(), te.getColumnNumber()), "", detail);
                return;
            }
            if (t instanceof ParseException pe && pe.getTemplateName() != null) {
                context.diagnostics().report(Problem.TEMPLATE_ERROR, where(context, pe.getTemplateName(),
                        pe.getLineNumber(), pe.getColumnNumber()), "", firstLine(pe.getEditorMessage()) + "（正在生成 " + page + "）");
                return;
            }
            if (t instanceof freemarker.template.TemplateNotFoundException nf) {
                context.diagnostics().report(Problem.TEMPLATE_MISSING, SourceRef.file("templates/" + nf.getTemplateName()), "",
                        nf.getTemplateName());
                return;
            }
        }
        Throwable root = failure;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        context.diagnostics().report(Problem.OUTPUT_FAILED, SourceRef.file(page), "",
                root.getClass().getSimpleName() + ": " + root.getMessage());
    }

    private static SourceRef where(BakeContext context, String template, Integer line, Integer column) {
        boolean siteOwn = Files.isRegularFile(context.site().templates().resolve(template));
        String file = siteOwn ? "templates/" + template : "(内置主题)templates/" + template;
        int l = line == null || line < 1 ? -1 : line;
        int c = column == null || column < 1 || l < 0 ? -1 : column;
        return new SourceRef(file, l, c);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        String m = message.strip();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }
}
