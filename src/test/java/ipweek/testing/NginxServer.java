package ipweek.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Debian's nginx serving a built site on a free loopback port, started as the current user with its own prefix,
 * pid, log and temp paths in a temporary folder, and stopped by {@link #close()}. Two servers run in one nginx:
 * {@code deploy/nginx.conf.example} itself (the site under {@code /ztzl/2026xcz/}) and the same output at the domain
 * root, which shows that one build works at both.
 */
public final class NginxServer implements AutoCloseable {

    public static final Path EXAMPLE = Path.of("deploy/nginx.conf.example");

    private final Process process;
    private final Path dir;
    private final int subPathPort;
    private final int rootPort;

    private NginxServer(Process process, Path dir, int subPathPort, int rootPort) {
        this.process = process;
        this.dir = dir;
        this.subPathPort = subPathPort;
        this.rootPort = rootPort;
    }

    public static Optional<Path> find() {
        for (String candidate : List.of("/usr/sbin/nginx", "/usr/bin/nginx", "/usr/local/sbin/nginx")) {
            if (Files.isExecutable(Path.of(candidate))) {
                return Optional.of(Path.of(candidate));
            }
        }
        return Optional.empty();
    }

    /** Serves {@code site} (an output folder) with the example configuration. */
    public static NginxServer start(Path nginx, Path site) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("ipweek-nginx-");
        int subPathPort = freePort();
        int rootPort = freePort();
        String root = site.toAbsolutePath().normalize() + "/";
        String example = Files.readString(EXAMPLE, StandardCharsets.UTF_8)
                .replace("listen 80;", "listen 127.0.0.1:" + subPathPort + ";")
                .replace("alias /srv/ipweek/public/;", "alias " + root + ";");
        if (!example.contains("127.0.0.1:" + subPathPort) || !example.contains(root)) {
            throw new IllegalStateException(EXAMPLE + " no longer has `listen 80;` and `alias /srv/ipweek/public/;`");
        }
        boolean asRoot = "root".equals(System.getProperty("user.name"));
        String conf = (asRoot ? "user root;\n" : "") + """
                worker_processes 1;
                pid %1$s/nginx.pid;
                error_log %1$s/error.log warn;
                events { worker_connections 256; }
                http {
                    include /etc/nginx/mime.types;
                    default_type application/octet-stream;
                    access_log %1$s/access.log;
                    client_body_temp_path %1$s/client_body;
                    proxy_temp_path %1$s/proxy;
                    fastcgi_temp_path %1$s/fastcgi;
                    uwsgi_temp_path %1$s/uwsgi;
                    scgi_temp_path %1$s/scgi;
                    sendfile on;
                %2$s
                    # The same output at the domain root (only 404.html then links from /ztzl/2026xcz/).
                    server {
                        listen 127.0.0.1:%3$d;
                        charset utf-8;
                        location / {
                            root %4$s;
                            gzip_static on;
                            error_page 404 /404.html;
                        }
                    }
                }
                """.formatted(dir, example, rootPort, root);
        Path confFile = dir.resolve("nginx.conf");
        Files.writeString(confFile, conf, StandardCharsets.UTF_8);
        Process p = new ProcessBuilder(nginx.toString(), "-p", dir.toString(), "-e", dir.resolve("error.log").toString(),
                "-c", confFile.toString(), "-g", "daemon off;")
                .redirectErrorStream(true).redirectOutput(dir.resolve("stdout.log").toFile()).start();
        NginxServer server = new NginxServer(p, dir, subPathPort, rootPort);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (!server.accepts(subPathPort) || !server.accepts(rootPort)) {
            if (!p.isAlive() || System.nanoTime() > deadline) {
                String log = Files.readString(dir.resolve("stdout.log")) + readIfExists(dir.resolve("error.log"));
                server.close();
                throw new IOException("nginx did not start:\n" + log);
            }
            Thread.sleep(50);
        }
        return server;
    }

    /** {@code http://127.0.0.1:PORT/ztzl/2026xcz/}: the example configuration's site. */
    public String subPathUrl() {
        return "http://127.0.0.1:" + subPathPort + "/ztzl/2026xcz/";
    }

    /** {@code http://127.0.0.1:PORT/}: the same output at the domain root. */
    public String rootUrl() {
        return "http://127.0.0.1:" + rootPort + "/";
    }

    public String errorLog() {
        return readIfExists(dir.resolve("error.log"));
    }

    private boolean accepts(int port) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", port), 200);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    private static String readIfExists(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stops nginx (SIGTERM to the master, which ends its worker) and waits for it. */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
