package ipweek.bake;

import freemarker.template.Template;
import freemarker.template.TemplateException;
import ipweek.plan.PageJob;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.jbake.app.ContentStore;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.template.AbstractTemplateEngine;
import org.jbake.template.RenderingException;
import org.jbake.template.model.TemplateModel;

/**
 * ipweek's FreeMarker engine for JBake, registered for {@code .ftlh} (HTML, auto-escaped) and {@code .ftlx} (XML)
 * through {@code META-INF/org.jbake.parser.TemplateEngines.properties}. JBake's own FreeMarker engine keeps
 * {@code incompatible_improvements} at 2.3.0 in a private field, which means no auto-escaping; this one uses the
 * build's configuration (see {@link FreemarkerSetup}) and gives templates ipweek's view records, not JBake's maps.
 */
public final class IpweekTemplateEngine extends AbstractTemplateEngine {

    /** A page's text is built here, one buffer per render thread (pages run to 100 KB and more). */
    private static final ThreadLocal<TextBuffer> BUFFER = ThreadLocal.withInitial(TextBuffer::new);

    public IpweekTemplateEngine(JBakeConfiguration config, ContentStore db) {
        super(config, db);
    }

    /** Whether a template file is one of this engine's. */
    static boolean handles(String templateName) {
        return templateName.endsWith(".ftlh") || templateName.endsWith(".ftlx");
    }

    @Override
    public void renderDocument(TemplateModel model, String templateName, Writer writer) throws RenderingException {
        PageJob job = (PageJob) model.getContent().get(PageCrawler.JOB);
        String page = page(job, templateName).toString();
        byte[] bytes = page.getBytes(StandardCharsets.UTF_8);
        try {
            writer.write(page);
            writer.flush();
        } catch (IOException e) {
            throw new RenderingException(e);
        }
        ((PageStore) db).context().finish().beside(config.getDestinationFolder().toPath().resolve(job.file()), bytes,
                bytes.length);
    }

    /**
     * The finished text of {@code job}'s page, rendered with {@code templateName}, in this thread's buffer: good until
     * the thread renders its next page.
     */
    StringBuilder page(PageJob job, String templateName) throws RenderingException {
        if (!(db instanceof PageStore store)) {
            throw new RenderingException("ipweek templates need ipweek's content store");
        }
        try {
            Template template = store.context().freemarker().getTemplate(templateName);
            TextBuffer out = BUFFER.get();
            out.clear();
            template.process(job.model(), out);
            store.context().finish().page(job.file(), out.text());
            return out.text();
        } catch (IOException | TemplateException e) {
            throw new RenderingException(e);
        }
    }
}
