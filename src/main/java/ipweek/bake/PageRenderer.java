package ipweek.bake;

import ipweek.plan.PageJob;
import ipweek.write.OutputFinish;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
 * Here a page is rendered into memory, finished ({@link OutputFinish}), encoded once, and written with one call; each
 * folder is made once per bake. Documents that are not ipweek pages take JBake's way.
 */
final class PageRenderer extends Renderer {

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
        byte[] bytes = pages.page(job, job.templateFile()).getBytes(StandardCharsets.UTF_8);
        Path file = destination.resolve(job.file());
        try {
            folders.computeIfAbsent(file.getParent(), PageRenderer::made);
            Files.write(file, bytes);
        } catch (IOException | UncheckedIOException e) {
            throw new RenderingException(e);
        }
        finish.beside(file, bytes);
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
