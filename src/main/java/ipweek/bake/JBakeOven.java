package ipweek.bake;

import freemarker.template.Configuration;
import ipweek.diag.Diagnostics;
import ipweek.diag.Problem;
import ipweek.diag.SourceRef;
import ipweek.model.MediaFile;
import ipweek.plan.PageJob;
import ipweek.source.SiteFolder;
import ipweek.write.AssetFingerprints;
import ipweek.write.OutputFinish;
import ipweek.write.PreviousOutput;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeSet;
import org.apache.commons.configuration2.CompositeConfiguration;
import org.apache.commons.configuration2.MapConfiguration;
import org.jbake.app.Oven;
import org.jbake.app.Utensils;
import org.jbake.app.configuration.DefaultJBakeConfiguration;

/**
 * Bakes planned pages with JBake's {@link Oven}, through its own seams: {@link Utensils} carrying an in-memory store
 * ({@link PageStore}), a crawler fed from ipweek's model ({@link PageCrawler}), JBake's {@code Renderer} writing
 * pages as bytes ({@link PageRenderer}) with ipweek's FreeMarker engine ({@link IpweekTemplateEngine}), the parallel
 * {@link ParallelPageRenderer} rendering tool and the theme-aware {@link SiteAssets}.
 */
public final class JBakeOven {

    /**
     * {@code Oven.bake()} resets JBake's static document-type registry and model extractors; two bakes at the same time
     * would reset each other's. Builds in one JVM therefore take turns here, and only here.
     */
    private static final Object JBAKE_STATIC_STATE = new Object();

    private JBakeOven() {
    }

    /**
     * What every bake into one output folder shares, made once: the FreeMarker configuration (and with it the parsed
     * templates) and what is done to each file as it is written.
     */
    public record Setup(Configuration freemarker, OutputFinish finish, SortedMap<String, byte[]> stylesheets) {
    }

    /**
     * The setup for an output folder of {@code site}.
     *
     * @param publish whether to fingerprint asset names and precompress text files (see {@link OutputFinish}), which
     *     a published site wants and the preview does not
     * @param basePath the path of the site's base URL, from which root-relative links start
     * @param previous the site a published build replaces, whose unchanged files are linked instead of written
     * @param stylesheets the stylesheets made from the site's settings ({@link SiteStylesheets}), written with the assets
     */
    public static Setup setup(SiteFolder site, boolean publish, String basePath, PreviousOutput previous,
                              SortedMap<String, byte[]> stylesheets) {
        OutputFinish finish = publish ? new OutputFinish(fingerprints(site, basePath, stylesheets), true, previous) : OutputFinish.NONE;
        return new Setup(FreemarkerSetup.create(site), finish, stylesheets);
    }

    /**
     * Renders {@code jobs} and copies assets and media into {@code destination}; problems go to {@code diagnostics}.
     *
     * @param withAssets whether to copy the theme's and site's assets and the media files too (once per folder)
     */
    public static void bake(SiteFolder site, Setup setup, List<PageJob> jobs, Collection<MediaFile> media,
                            Path destination, Diagnostics diagnostics, boolean withAssets) {
        BakeContext context = new BakeContext(site, jobs, media, setup.freemarker(), diagnostics, setup.finish());
        DefaultJBakeConfiguration config = configuration(site, jobs, destination);
        PageStore store = new PageStore(context);
        Utensils utensils = new Utensils();
        utensils.setConfiguration(config);
        utensils.setContentStore(store);
        utensils.setCrawler(new PageCrawler(store, config));
        utensils.setRenderer(new PageRenderer(store, config));
        utensils.setAsset(new SiteAssets(config, context, withAssets, setup.stylesheets()));
        synchronized (JBAKE_STATIC_STATE) {
            Oven oven = new Oven(utensils);
            oven.bake();
            for (Throwable error : oven.getErrors()) {
                diagnostics.report(Problem.OUTPUT_FAILED, SourceRef.file(site.rel(destination)), "",
                        String.valueOf(error.getMessage()));
            }
        }
    }

    private static AssetFingerprints fingerprints(SiteFolder site, String basePath, SortedMap<String, byte[]> stylesheets) {
        var sources = SiteAssets.sources(site);
        SortedSet<String> all = new TreeSet<>(sources.keySet());
        all.addAll(stylesheets.keySet());
        return AssetFingerprints.of(all, rel -> {
            if (stylesheets.containsKey(rel)) {
                return stylesheets.get(rel);
            }
            try {
                return Files.readAllBytes(sources.get(rel));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, basePath);
    }

    private static DefaultJBakeConfiguration configuration(SiteFolder site, List<PageJob> jobs, Path destination) {
        Map<String, Object> props = new LinkedHashMap<>();
        // JBake insists that a template folder exists; ipweek's templates come from the site and the jar
        // (FreemarkerSetup), so any existing folder satisfies the check.
        Path templates = Files.isDirectory(site.templates()) ? site.templates() : site.root();
        props.put("template.folder", templates.toString());
        // JBake resolves these against the site folder (and, unlike the template folder, never as absolute paths).
        props.put("content.folder", "content");
        props.put("asset.folder", "assets");
        props.put("data.folder", "content/data");
        props.put("destination.folder", destination.toString());
        props.put("data.file.docType", "ipweek-data");
        props.put("output.extension", ".html");
        props.put("render.encoding", "UTF-8");
        props.put("template.encoding", "UTF-8");
        props.put("draft.suffix", "");
        props.put("version", "ipweek");
        for (PageJob job : jobs) {
            props.putIfAbsent("template." + job.template() + ".file", job.templateFile());
            if (job.xml()) {
                props.putIfAbsent("template." + job.template() + ".extension", ".xml");
            }
        }
        CompositeConfiguration composite = new CompositeConfiguration();
        composite.addConfiguration(new MapConfiguration(props));
        DefaultJBakeConfiguration config = new DefaultJBakeConfiguration(site.root().toFile(), composite);
        config.setDestinationFolder(new File(destination.toString()));
        return config;
    }
}
