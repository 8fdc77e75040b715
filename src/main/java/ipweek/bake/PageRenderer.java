package ipweek.bake;

import ipweek.plan.PageJob;
import ipweek.write.OutputFinish;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jbake.app.Renderer;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.template.RenderingException;

/**
 * JBake's {@link Renderer}, writing ipweek's pages as bytes. For each page JBake's own {@code render} checks for, deletes
 * and creates the file and its folders (four to six system calls) and hands the engine an unbuffered stream writer,
 * which encodes the page to UTF-8 in 8 KB pieces; the precompressed copy then needed the page encoded a second time.
 * Here a page is rendered into a buffer kept by its thread, finished there ({@link OutputFinish}), encoded once into
 * another, and written with one call; each folder is made once per bake. A page's text and bytes were the largest
 * thing a build made, and made several times over (a third of all it allocated at 10,000 articles). Documents that
 * are not ipweek pages take JBake's way.
 */
final class PageRenderer extends Renderer {

    /** A page's bytes are made here, one buffer per render thread. */
    private static final ThreadLocal<Utf8Buffer> BYTES = ThreadLocal.withInitial(Utf8Buffer::new);

    private final PageStore store;
    private final IpweekTemplateEngine pages;
    private final Path destination;
    /** The folders made so far; another thread needing one waits until it is there. */
    private final Map<Path, Boolean> folders = new ConcurrentHashMap<>();

    PageRenderer(PageStore store, JBakeConfiguration config) {
        super(store, config, new PageTemplateEngine(store, config));
        this.store = store;
        this.pages = new IpweekTemplateEngine(config, store);
        this.destination = config.getDestinationFolder().toPath();
    }

    @Override
    public void render(DocumentModel doc) throws Exception {
        if (!(doc.get(PageCrawler.JOB) instanceof PageJob job) || !IpweekTemplateEngine.handles(job.templateFile())) {
            super.render(doc);
            return;
        }
        OutputFinish finish = store.context().finish();
        Utf8Buffer bytes = BYTES.get();
        int length = bytes.encode(pages.page(job, job.templateFile()));
        Path file = destination.resolve(job.file());
        try {
            folders.computeIfAbsent(file.getParent(), PageRenderer::made);
            finish.write(file, bytes.bytes(), length);
        } catch (UncheckedIOException e) {
            throw new RenderingException(e);
        }
    }

    private static Boolean made(Path folder) {
        try {
            Files.createDirectories(folder);
            return Boolean.TRUE;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
