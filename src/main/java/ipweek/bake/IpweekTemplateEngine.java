package ipweek.bake;

import freemarker.template.Template;
import freemarker.template.TemplateException;
import ipweek.plan.PageJob;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
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

    public IpweekTemplateEngine(JBakeConfiguration config, ContentStore db) {
        super(config, db);
    }

    @Override
    public void renderDocument(TemplateModel model, String templateName, Writer writer) throws RenderingException {
        if (!(db instanceof PageStore store)) {
            throw new RenderingException("ipweek templates need ipweek's content store");
        }
        PageJob job = (PageJob) model.getContent().get(PageCrawler.JOB);
        try {
            Template template = store.context().freemarker().getTemplate(templateName);
            // Render into memory and write once: JBake hands us an unbuffered stream writer.
            StringWriter out = new StringWriter(16 * 1024);
            template.process(job.model(), out);
            String page = store.context().finish().page(job.file(), out.toString());
            writer.write(page);
            writer.flush();
            store.context().finish().beside(config.getDestinationFolder().toPath().resolve(job.file()), page);
        } catch (IOException | TemplateException e) {
            throw new RenderingException(e);
        }
    }
}
