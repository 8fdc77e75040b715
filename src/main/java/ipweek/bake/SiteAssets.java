package ipweek.bake;

import ipweek.diag.Problem;
import ipweek.diag.SourceRef;
import ipweek.model.MediaFile;
import ipweek.source.ClasspathFolder;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
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

    SiteAssets(JBakeConfiguration config, BakeContext context) {
        super(config);
        this.context = context;
        this.destination = config.getDestinationFolder().toPath();
    }

    @Override
    public void copy() {
        Path target = destination.resolve("assets");
        Optional<Path> theme = ClasspathFolder.folder(THEME_ASSETS);
        theme.ifPresent(root -> ClasspathFolder.list(root).forEach(rel -> copy(root.resolve(rel), target.resolve(rel), "assets/" + rel)));
        Path own = context.site().assets();
        if (Files.isDirectory(own)) {
            ClasspathFolder.list(own).forEach(rel -> copy(own.resolve(rel), target.resolve(rel), "assets/" + rel));
        }
    }

    @Override
    public void copyAssetsFromContent(File path) {
        for (MediaFile m : context.media()) {
            copy(m.path(), destination.resolve(m.output()), "content/" + m.source());
        }
        ThumbnailWriter.writeAll(context.media(), destination, context.diagnostics());
    }

    private void copy(Path from, Path to, String shownAs) {
        try {
            Files.createDirectories(to.getParent());
            Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            context.diagnostics().report(Problem.OUTPUT_FAILED, SourceRef.file(shownAs), "", e.getClass().getSimpleName());
        }
    }
}
