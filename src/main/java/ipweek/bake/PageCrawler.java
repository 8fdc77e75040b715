package ipweek.bake;

import ipweek.plan.PageJob;
import org.jbake.app.Crawler;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.model.ModelAttributes;

/**
 * JBake's crawl step fed from ipweek's model instead of the file system: content was already read, checked and
 * planned by ipweek's own loader (in parallel, with every problem reported), so crawling means putting one
 * document per planned page into the store.
 */
final class PageCrawler extends Crawler {

    static final String JOB = "ipweek_job";

    private final PageStore store;

    PageCrawler(PageStore store, JBakeConfiguration config) {
        super(store, config);
        this.store = store;
    }

    @Override
    public void crawl() {
        for (PageJob job : store.context().jobs()) {
            DocumentModel doc = new DocumentModel();
            doc.setType(job.template());
            doc.setUri(job.file());
            doc.setNoExtensionUri(job.file());
            doc.setSourceUri(job.file());
            doc.setStatus(ModelAttributes.Status.PUBLISHED);
            doc.setRendered(false);
            doc.setCached(false);
            doc.put(JOB, job);
            store.addDocument(doc);
        }
    }

    @Override
    public void crawlDataFiles() {
        // ipweek's YAML data is part of its model; there are no JBake data files.
    }
}
