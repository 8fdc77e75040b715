package ipweek.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import ipweek.build.BuildOptions;
import ipweek.build.IncrementalBuild;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * {@code ipweek serve}: builds the site (drafts and scheduled articles included) into a private folder, serves it on
 * 127.0.0.1 only, watches {@code content/}, {@code templates/} and {@code assets/}, rebuilds what an edit changed and
 * makes open pages reload. While the content has errors every page shows them instead of a stale site.
 */
public final class PreviewServer implements Closeable {

    private static final int WARM_UP_REBUILDS = 3;

    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"), Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"), Map.entry("xml", "application/xml; charset=utf-8"),
            Map.entry("txt", "text/plain; charset=utf-8"), Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"), Map.entry("jpg", "image/jpeg"), Map.entry("jpeg", "image/jpeg"),
            Map.entry("gif", "image/gif"), Map.entry("webp", "image/webp"), Map.entry("pdf", "application/pdf"),
            Map.entry("json", "application/json; charset=utf-8"), Map.entry("ico", "image/x-icon"));

    private final Path root;
    private final IncrementalBuild build;
    private final HttpServer http;
    private final ExecutorService pool;
    private final LiveReload reload = new LiveReload();
    private final AtomicReference<IncrementalBuild.Outcome> last = new AtomicReference<>();
    private final AtomicLong builds = new AtomicLong();
    private final PrintStream log;
    private volatile boolean closed;
    private final CompletableFuture<Void> warmedUp;
    /** Held while rebuilding, reloading and making the PDF, so that {@link #last} follows the order of rebuilds. */
    private final Object rebuilding = new Object();
    /** While the handbook PDF is being made: a request for it gets a page that waits instead of a 404. */
    private volatile boolean makingPdf;
    private static final String PDF_PENDING = "<!doctype html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\">"
            + "<meta http-equiv=\"refresh\" content=\"2\"><title>手册 PDF 正在生成</title></head>"
            + "<body><p>维权手册 PDF 正在生成，几秒后这个页面会自动刷新。</p></body></html>";
    private SiteWatcher watcher;

    /** @param options where the site is and the preview folder ({@code options.output()}), drafts normally on */
    public PreviewServer(BuildOptions options, int port, PrintStream log) throws IOException {
        this.root = options.output().toAbsolutePath().normalize();
        this.build = new IncrementalBuild(options);
        this.log = log;
        this.http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        this.pool = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "ipweek-serve");
            t.setDaemon(true);
            return t;
        });
        http.setExecutor(pool);
        http.createContext("/", this::handle);
        // Watching starts before the first build reads anything, so every later change is reported by path.
        this.watcher = new SiteWatcher(List.of(options.site().content(), options.site().templates(),
                options.site().assets()), this::rebuildAndReload);
        rebuild(Optional.empty());
        makingPdf = build.hasPdfToMake();
        http.start();
        // The handbook PDF of the first build (seconds) is made once the preview is up; an edit waits for it.
        warmedUp = CompletableFuture.runAsync(() -> {
            synchronized (rebuilding) {
                finishPdf();
            }
            warmUp();
        }, pool);
    }

    /**
     * Rebuilds a few times with nothing changed while the editor has not edited yet: a new JVM runs a rebuild's code
     * cold, and at 10,000 articles the first edit took 800 ms to show against ~250 ms once warm. Writes nothing.
     */
    private void warmUp() {
        try {
            for (int i = 0; i < WARM_UP_REBUILDS && builds.get() == 1 && !closed; i++) {
                build.warmUp();
            }
        } catch (RuntimeException e) {
            // only a warm-up: the next real rebuild reports whatever went wrong
        }
    }

    public int port() {
        return http.getAddress().getPort();
    }

    public String url() {
        return "http://127.0.0.1:" + port() + "/";
    }

    /** Waits for the warm-up rebuilds after start (for the benchmark: an editor's first edit comes seconds later). */
    public void awaitWarmUp() {
        warmedUp.join();
    }

    /** The outcome of the most recent rebuild. */
    public IncrementalBuild.Outcome lastOutcome() {
        return last.get();
    }

    /** Waits until the search index has caught up with the last rebuild. */
    public void awaitSearchIndex() throws Exception {
        build.awaitSearchIndex();
    }

    public long buildCount() {
        return builds.get();
    }

    /** Rebuilds after the paths in {@code changed} changed (everything is looked at when that is not known). */
    private void rebuild(Optional<Set<Path>> changed) {
        IncrementalBuild.Outcome outcome = build.pages(changed);
        last.set(outcome);
        builds.incrementAndGet();
        if (outcome.failed()) {
            log.println("内容有错误，预览页面显示错误列表（" + outcome.diagnostics().size() + " 条问题）。");
        } else {
            log.println("已更新 " + outcome.rendered() + "/" + outcome.total() + " 个页面，用时 " + outcome.millis() + " 毫秒。");
        }
    }

    /**
     * Makes the handbook PDF when the last rebuild changed its print page, after the pages have reloaded: the editor
     * sees the edited chapter without waiting for the PDF. Problems with the PDF make the pages show them.
     */
    private void finishPdf() {
        makingPdf = build.hasPdfToMake();
        try {
            IncrementalBuild.Outcome pages = last.get();
            if (pages == null) {
                return;
            }
            build.finishPdf(pages).ifPresent(outcome -> {
                last.set(outcome);
                if (outcome.failed()) {
                    builds.incrementAndGet();
                    log.println("手册 PDF 有错误，预览页面显示错误列表（" + outcome.diagnostics().size() + " 条问题）。");
                    reload.broadcast(builds.get());
                } else {
                    log.println("手册 PDF 已更新，用时 " + (outcome.millis() - pages.millis()) + " 毫秒。");
                }
            });
        } catch (RuntimeException e) {
            log.println("手册 PDF 生成失败：" + e);
        } finally {
            makingPdf = false;
        }
    }

    private void rebuildAndReload(Optional<Set<Path>> changed) {
        synchronized (rebuilding) {
            try {
                rebuild(changed);
            } catch (RuntimeException e) {
                log.println("预览重建失败：" + e);
            }
            reload.broadcast(builds.get());
            finishPdf();
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = URLDecoder.decode(URI.create(exchange.getRequestURI().getRawPath()).getPath(), StandardCharsets.UTF_8);
            if (path.equals(LiveReload.EVENTS)) {
                try {
                    reload.subscribe(exchange);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return;
            }
            if (path.equals(LiveReload.SCRIPT)) {
                send(exchange, 200, "text/javascript; charset=utf-8", LiveReload.SCRIPT_BODY.getBytes(StandardCharsets.UTF_8));
                return;
            }
            Path file = root.resolve(path.substring(1)).normalize();
            if (!file.startsWith(root)) {
                send(exchange, 403, "text/plain; charset=utf-8", "forbidden".getBytes(StandardCharsets.UTF_8));
                return;
            }
            if (Files.isDirectory(file)) {
                if (!path.endsWith("/")) {
                    exchange.getResponseHeaders().set("Location", path + "/");
                    send(exchange, 301, "text/plain; charset=utf-8", new byte[0]);
                    return;
                }
                file = file.resolve("index.html");
            }
            IncrementalBuild.Outcome outcome = last.get();
            boolean html = file.getFileName().toString().endsWith(".html") || !Files.exists(file);
            if (html && outcome != null && outcome.failed()) {
                send(exchange, 500, TYPES.get("html"), ErrorPage.html(outcome.result()).getBytes(StandardCharsets.UTF_8));
                return;
            }
            int status = 200;
            if (!Files.isRegularFile(file) && makingPdf && path.endsWith(".pdf")) {
                exchange.getResponseHeaders().set("Retry-After", "2");
                send(exchange, 503, TYPES.get("html"), PDF_PENDING.getBytes(StandardCharsets.UTF_8));
                return;
            }
            if (!Files.isRegularFile(file)) {
                status = 404;
                file = root.resolve("404.html");
                if (!Files.isRegularFile(file)) {
                    send(exchange, 404, "text/plain; charset=utf-8", "404".getBytes(StandardCharsets.UTF_8));
                    return;
                }
            }
            String type = TYPES.getOrDefault(extension(file), "application/octet-stream");
            byte[] body = Files.readAllBytes(file);
            if (type.startsWith("text/html")) {
                body = withReloadScript(new String(body, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
            }
            send(exchange, status, type, body);
        }
    }

    static String withReloadScript(String html) {
        int end = html.lastIndexOf("</body>");
        return end < 0 ? html + LiveReload.SCRIPT_TAG : html.substring(0, end) + LiveReload.SCRIPT_TAG + html.substring(end);
    }

    private static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    @Override
    public void close() throws IOException {
        closed = true;
        if (watcher != null) {
            watcher.close();
        }
        reload.closeAll();
        http.stop(0);
        pool.shutdownNow();
        try {
            pool.awaitTermination(30, java.util.concurrent.TimeUnit.SECONDS); // a warm-up rebuild finishing
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        build.close();
    }
}
