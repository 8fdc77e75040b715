package ipweek.bake;

import freemarker.core.InvalidReferenceException;
import freemarker.core.NonBooleanException;
import freemarker.core.NonDateException;
import freemarker.core.NonHashException;
import freemarker.core.NonMethodException;
import freemarker.core.NonNumericalException;
import freemarker.core.NonSequenceException;
import freemarker.core.NonSequenceOrCollectionException;
import freemarker.core.NonStringException;
import freemarker.core.NonStringOrTemplateOutputException;
import freemarker.core.ParseException;
import freemarker.template.TemplateException;
import ipweek.diag.Problem;
import ipweek.diag.SourceRef;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;

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
                String detail = describe(te) + "（正在生成 " + page + "）";
                context.diagnostics().report(Problem.TEMPLATE_ERROR, where(context, te.getTemplateSourceName(),
                        te.getLineNumber(), te.getColumnNumber()), "", detail);
                return;
            }
            if (t instanceof ParseException pe && pe.getTemplateName() != null) {
                context.diagnostics().report(Problem.TEMPLATE_ERROR, where(context, pe.getTemplateName(),
                        pe.getLineNumber(), pe.getColumnNumber()), "", "语法错误：" + firstLine(pe.getEditorMessage()) + "（正在生成 " + page + "）");
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

    /**
     * What went wrong, in Chinese where FreeMarker's exception says what kind of mistake it is: a value that is
     * missing, or one of the wrong type (the commonest template mistakes), with the expression it was. Other failures
     * keep FreeMarker's own first line, which is English.
     */
    static String describe(TemplateException te) {
        String expression = te.getBlamedExpressionString();
        String what = expression == null ? "这个值" : "“" + expression + "”";
        String wrongType = wrongType(te);
        if (te instanceof InvalidReferenceException) {
            return what + "不存在或为空；可能的值为空时，用 " + (expression == null ? "x" : expression)
                    + "! 给出默认值，或先用 ?? 判断";
        }
        if (wrongType != null) {
            return what + wrongType;
        }
        return firstLine(te.getMessageWithoutStackTop());
    }

    private static final String NOT_PRINTABLE = "不能直接输出：它不是文字、数字、日期或真假值（列表要用 <#list>，对象要取它的字段）";
    private static final String NOT_A_LIST = "不是列表，不能用 <#list> 或下标";

    /** What a value should have been, by the kind of type mistake FreeMarker reports. */
    private static final List<Map.Entry<Class<? extends TemplateException>, String>> WRONG_TYPES = List.of(
            Map.entry(NonStringException.class, NOT_PRINTABLE),
            Map.entry(NonStringOrTemplateOutputException.class, NOT_PRINTABLE),
            Map.entry(NonNumericalException.class, "应当是数字"),
            Map.entry(NonBooleanException.class, "应当是真假值（true 或 false）"),
            Map.entry(NonDateException.class, "应当是日期"),
            Map.entry(NonSequenceException.class, NOT_A_LIST),
            Map.entry(NonSequenceOrCollectionException.class, NOT_A_LIST),
            Map.entry(NonHashException.class, "没有字段，不能用 . 取值"),
            Map.entry(NonMethodException.class, "不能当作方法调用"));

    private static String wrongType(TemplateException te) {
        return WRONG_TYPES.stream().filter(e -> e.getKey().isInstance(te)).map(Map.Entry::getValue).findFirst().orElse(null);
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
