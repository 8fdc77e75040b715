package ipweek.bench;

import java.io.File;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import org.apache.commons.configuration2.CompositeConfiguration;
import org.apache.commons.configuration2.MapConfiguration;
import org.jbake.app.Oven;
import org.jbake.app.configuration.DefaultJBakeConfiguration;

/**
 * Bakes a plain JBake site (written by {@code bench/jbake_site.py}) with jbake-core alone — its own crawler, OrientDB
 * content store, renderer and FreeMarker engine — for the benchmark's JBake baseline.
 *
 * <pre>java -cp target/test-classes:target/ipweek.jar ipweek.bench.JBakeBaseline SITE OUTPUT</pre>
 *
 * <p>The configuration is the site's {@code jbake.properties} over JBake's {@code default.properties}, read with
 * {@link Properties}: JBake's own loader goes through a commons-configuration builder that needs a newer commons-lang3
 * than the one on ipweek's class path, and ipweek never loads configuration that way.
 */
public final class JBakeBaseline {

    private JBakeBaseline() {
    }

    public static void main(String[] args) throws Exception {
        File source = new File(args[0]);
        File destination = new File(args[1]);
        CompositeConfiguration config = new CompositeConfiguration();
        try (Reader site = Files.newBufferedReader(source.toPath().resolve("jbake.properties"), StandardCharsets.UTF_8)) {
            config.addConfiguration(new MapConfiguration(map(site)));
        }
        try (InputStream defaults = Oven.class.getResourceAsStream("/default.properties")) {
            Properties p = new Properties();
            p.load(defaults);
            config.addConfiguration(new MapConfiguration(p));
        }
        DefaultJBakeConfiguration jbake = new DefaultJBakeConfiguration(source, config);
        jbake.setDestinationFolder(destination);
        Oven oven = new Oven(jbake);
        oven.bake();
        if (!oven.getErrors().isEmpty()) {
            oven.getErrors().forEach(e -> System.err.println("JBake: " + e));
            System.exit(1);
        }
    }

    private static Map<String, Object> map(Reader reader) throws Exception {
        Properties p = new Properties();
        p.load(reader);
        Map<String, Object> out = new HashMap<>();
        p.forEach((k, v) -> out.put((String) k, v));
        return out;
    }
}
