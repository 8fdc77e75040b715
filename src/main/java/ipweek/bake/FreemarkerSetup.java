package ipweek.bake;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.ext.beans.ZeroArgumentNonVoidMethodPolicy;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.TemplateExceptionHandler;
import ipweek.source.SiteFolder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;

/**
 * One FreeMarker configuration per build: templates from the site's {@code templates/} first, then the built-in
 * theme in the jar, so a city overrides the theme file by file. HTML output format for {@code .ftlh} means every
 * {@code ${…}} is escaped; numbers print as computers write them (2026, not 2,026); the locale and zone are fixed, so
 * the machine's settings never reach the output.
 */
public final class FreemarkerSetup {

    public static final String THEME_TEMPLATES = "/ipweek/theme/templates";

    /** One for every build in this JVM, as FreeMarker's builder would share it: what it learns of classes is kept. */
    private static final ViewObjectWrapper WRAPPER = wrapper();

    private FreemarkerSetup() {
    }

    private static ViewObjectWrapper wrapper() {
        DefaultObjectWrapperBuilder wrapper = new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34);
        wrapper.setForceLegacyNonListCollections(false);
        // Templates read record components as properties: ${article.title}.
        wrapper.setRecordZeroArgumentNonVoidMethodPolicy(ZeroArgumentNonVoidMethodPolicy.BOTH_METHOD_AND_PROPERTY_UNLESS_BEAN_PROPERTY_READ_METHOD);
        return new ViewObjectWrapper(wrapper);
    }

    public static Configuration create(SiteFolder site) {
        Configuration cfg = new Configuration(Configuration.VERSION_2_3_34);
        List<TemplateLoader> loaders = new ArrayList<>();
        if (Files.isDirectory(site.templates())) {
            try {
                loaders.add(new FileTemplateLoader(site.templates().toFile()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        loaders.add(new ClassTemplateLoader(FreemarkerSetup.class, THEME_TEMPLATES));
        cfg.setTemplateLoader(new MultiTemplateLoader(loaders.toArray(new TemplateLoader[0])));
        cfg.setRecognizeStandardFileExtensions(true);
        cfg.setObjectWrapper(WRAPPER);
        cfg.setDefaultEncoding("UTF-8");
        cfg.setOutputEncoding("UTF-8");
        cfg.setURLEscapingCharset("UTF-8");
        cfg.setLocale(Locale.SIMPLIFIED_CHINESE);
        cfg.setTimeZone(TimeZone.getTimeZone("Asia/Shanghai"));
        cfg.setNumberFormat("c");
        cfg.setBooleanFormat("c");
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setLogTemplateExceptions(false);
        cfg.setAttemptExceptionReporter((te, env) -> { });
        cfg.setWrapUncheckedExceptions(true);
        cfg.setFallbackOnNullLoopVariable(false);
        cfg.setAPIBuiltinEnabled(false);
        cfg.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        // A build reads each template once; never re-check the disk while rendering.
        cfg.setTemplateUpdateDelayMilliseconds(Long.MAX_VALUE);
        return cfg;
    }
}
