package ipweek.bake;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.commons.configuration2.CompositeConfiguration;
import org.jbake.app.ContentStore;
import org.jbake.app.Renderer;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.render.RenderingTool;
import org.jbake.template.RenderingException;

/**
 * Renders every page document with JBake's {@link Renderer} on all cores. It runs before JBake's own
 * {@code DocumentsRenderer} (ServiceLoader order: ipweek's classes come first on the class path) and marks what it
 * rendered, so that one finds nothing left; if the order were ever reversed the output would be the same, only slower.
 * Pages do not depend on each other (previous/next links were computed when planning), so the order pages are
 * written in does not matter and the output is identical whatever the thread timing.
 */
public final class ParallelPageRenderer implements RenderingTool {

    @Override
    public int render(Renderer renderer, ContentStore db, JBakeConfiguration config) throws RenderingException {
        if (!(db instanceof PageStore store)) {
            return 0; // another site's JBake bake in the same JVM: not ours
        }
        List<DocumentModel> docs = store.getUnrenderedContent();
        int threads = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), docs.size()));
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "ipweek-render");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> futures = new ArrayList<>();
            int chunk = Math.max(1, docs.size() / (threads * 8));
            for (int i = 0; i < docs.size(); i += chunk) {
                List<DocumentModel> slice = docs.subList(i, Math.min(docs.size(), i + chunk));
                futures.add(pool.submit(() -> slice.forEach(doc -> renderOne(renderer, store, doc))));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RenderingException("interrupted");
        } catch (ExecutionException e) {
            throw new RenderingException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return docs.size();
    }

    private static void renderOne(Renderer renderer, PageStore store, DocumentModel doc) {
        try {
            renderer.render(doc);
        } catch (Exception e) {
            TemplateProblems.report(store.context(), doc.getUri(), e);
        }
        store.markContentAsRendered(doc);
    }

    @Override
    @Deprecated
    public int render(Renderer renderer, ContentStore db, File destination, File templatesPath,
                      CompositeConfiguration config) throws RenderingException {
        return render(renderer, db, null);
    }
}
