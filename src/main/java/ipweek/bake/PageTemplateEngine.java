package ipweek.bake;

import java.io.Writer;
import org.jbake.app.ContentStore;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.template.DelegatingTemplateEngine;
import org.jbake.template.RenderingException;
import org.jbake.template.model.TemplateModel;

/**
 * The engine JBake's {@link org.jbake.app.Renderer} hands every page to, passed in through the Renderer's own
 * constructor. JBake's {@link DelegatingTemplateEngine} copies the whole configuration into a new map for every page
 * (through commons-configuration's synchronized getters, which the render threads then queue for) and probes the
 * template folder on disk before picking an engine by extension. ipweek's pages all go to {@link IpweekTemplateEngine},
 * which reads neither, so this sends them there directly; anything else takes JBake's way.
 */
final class PageTemplateEngine extends DelegatingTemplateEngine {

    private final IpweekTemplateEngine pages;

    PageTemplateEngine(ContentStore db, JBakeConfiguration config) {
        super(db, config);
        this.pages = new IpweekTemplateEngine(config, db);
    }

    @Override
    public void renderDocument(TemplateModel model, String templateName, Writer writer) throws RenderingException {
        if (templateName.endsWith(".ftlh") || templateName.endsWith(".ftlx")) {
            pages.renderDocument(model, templateName, writer);
        } else {
            super.renderDocument(model, templateName, writer);
        }
    }
}
