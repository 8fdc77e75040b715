package ipweek.bake;

import ipweek.diag.Problem;
import ipweek.diag.SourceRef;
import ipweek.model.MediaFile;
import ipweek.source.ClasspathFolder;
import ipweek.source.SiteFolder;
import ipweek.write.AssetFingerprints;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SortedMap;
import java.util.TreeMap;
import org.jbake.app.Asset;
import org.jbake.app.configuration.JBakeConfiguration;

/**
 * JBake's asset step: the built-in theme's {@code assets/}, then the site's own {@code assets/} over it file by file,
 * and the stylesheets made from the site's settings ({@link SiteStylesheets}); then every file of {@code content/media/}
 * at its ASCII output path, and the thumbnails of large raster images ({@link ThumbnailWriter}). Problems become build
 * problems, not log lines.
 */
final class SiteAssets extends Asset {

    static final String THEME_ASSETS = "/ipweek/theme/assets";

    private final BakeContext context;
    private final Path destination;
    private final boolean copies;
    private final SortedMap<String, byte[]> stylesheets;

    /**
     * {@code copies}: false for a second bake into a folder that has its assets already (see {@code SiteBuild});
     * {@code stylesheets}: those made from the site's settings, written over any asset of the same name.
     */
    SiteAssets(JBakeConfiguration config, BakeContext context, boolean copies, SortedMap<String, byte[]> stylesheets) {
        super(config);
        this.context = context;
        this.copies = copies;
        this.stylesheets = stylesheets;
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
        sources(context.site()).forEach((rel, from) -> {
            if (!stylesheets.containsKey(rel)) {
                copy(from, destination.resolve(names.outputOf(rel)), "assets/" + rel);
            }
        });
        stylesheets.forEach((rel, bytes) -> write(destination.resolve(names.outputOf(rel)), "assets/" + rel,
                to -> context.finish().write(to, bytes, bytes.length)));
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
        write(to, shownAs, target -> context.finish().copy(from, target));
    }

    /** One file of the step, its folder made first; a failure becomes a build problem naming {@code shownAs}. */
    private void write(Path to, String shownAs, FileWrite how) {
        try {
            Files.createDirectories(to.getParent());
            how.to(to);
        } catch (IOException | UncheckedIOException e) {
            context.diagnostics().report(Problem.OUTPUT_FAILED, SourceRef.file(shownAs), "", e.getClass().getSimpleName());
        }
    }

    private interface FileWrite {
        void to(Path file) throws IOException;
    }
}
