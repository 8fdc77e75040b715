package ipweek.bake;

import ipweek.diag.Problem;
import ipweek.diag.SourceRef;
import ipweek.model.MediaFile;
import ipweek.source.ClasspathFolder;
import ipweek.source.SiteFolder;
import ipweek.write.AssetFingerprints;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SortedMap;
import java.util.TreeMap;
import org.jbake.app.Asset;
import org.jbake.app.configuration.JBakeConfiguration;

/**
 * JBake's asset step: the built-in theme's {@code assets/}, then the site's own {@code assets/} over it file by file,
 * then every file of {@code content/media/} at its ASCII output path, and the thumbnails of large raster images
 * ({@link ThumbnailWriter}). Problems become build problems, not log lines.
 */
final class SiteAssets extends Asset {

    static final String THEME_ASSETS = "/ipweek/theme/assets";

    private final BakeContext context;
    private final Path destination;
    private final boolean copies;

    /** {@code copies}: false for a second bake into a folder that has its assets already (see {@code SiteBuild}). */
    SiteAssets(JBakeConfiguration config, BakeContext context, boolean copies) {
        super(config);
        this.context = context;
        this.copies = copies;
        this.destination = config.getDestinationFolder().toPath();
    }

    /**
     * The files of the site's {@code assets/} folder as published, relative to it: the built-in theme's, each replaced
     * by the site's own file of the same name where there is one. Sorted.
     */
    static SortedMap<String, Path> sources(SiteFolder site) {
        SortedMap<String, Path> files = new TreeMap<>();
        ClasspathFolder.folder(THEME_ASSETS).ifPresent(root ->
                ClasspathFolder.list(root).forEach(rel -> files.put(rel, root.resolve(rel))));
        Path own = site.assets();
        if (Files.isDirectory(own)) {
            ClasspathFolder.list(own).forEach(rel -> files.put(rel, own.resolve(rel)));
        }
        return files;
    }

    @Override
    public void copy() {
        if (!copies) {
            return;
        }
        AssetFingerprints names = context.finish().fingerprints();
        sources(context.site()).forEach((rel, from) -> copy(from, destination.resolve(names.outputOf(rel)), "assets/" + rel));
    }

    @Override
    public void copyAssetsFromContent(File path) {
        if (!copies) {
            return;
        }
        for (MediaFile m : context.media()) {
            copy(m.path(), destination.resolve(m.output()), "content/" + m.source());
        }
        ThumbnailWriter.writeAll(context.media(), destination, context.diagnostics());
    }

    private void copy(Path from, Path to, String shownAs) {
        try {
            Files.createDirectories(to.getParent());
            context.finish().copy(from, to);
        } catch (IOException e) {
            context.diagnostics().report(Problem.OUTPUT_FAILED, SourceRef.file(shownAs), "", e.getClass().getSimpleName());
        }
    }
}
