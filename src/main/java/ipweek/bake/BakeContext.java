package ipweek.bake;

import freemarker.template.Configuration;
import ipweek.diag.Diagnostics;
import ipweek.model.MediaFile;
import ipweek.plan.PageJob;
import ipweek.source.SiteFolder;
import ipweek.write.OutputFinish;
import java.util.Collection;
import java.util.List;

/**
 * The state of one bake, reachable from every JBake utensil through the {@link PageStore}: JBake builds template
 * engines by reflection with only (configuration, store), so the store is how they find this build's FreeMarker
 * configuration. Nothing is static, so builds in one JVM (tests, the preview server) cannot see each other.
 */
record BakeContext(SiteFolder site, List<PageJob> jobs, Collection<MediaFile> media, Configuration freemarker,
                   Diagnostics diagnostics, OutputFinish finish) {

    BakeContext {
        jobs = List.copyOf(jobs);
    }
}
