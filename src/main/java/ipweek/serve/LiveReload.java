package ipweek.serve;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;

/**
 * Server-sent events telling open pages to reload: each page of the preview loads a small script that listens on
 * {@link #EVENTS} and reloads itself when a rebuild finished. No WebSocket library needed.
 */
final class LiveReload {

    static final String EVENTS = "/__ipweek/events";
    static final String SCRIPT = "/__ipweek/reload.js";
    static final String SCRIPT_TAG = "<script src=\"" + SCRIPT + "\" defer></script>";
    static final String SCRIPT_BODY = """
            // ipweek preview: reload this page after every rebuild.
            (function () {
              var source = new EventSource('/__ipweek/events');
              source.addEventListener('reload', function () { window.location.reload(); });
            })();
            """;

    private record Listener(OutputStream out, CountDownLatch gone) {
    }

    private final List<Listener> listeners = new CopyOnWriteArrayList<>();

    /** Opens an event stream and blocks until the page goes away or the server stops. */
    void subscribe(HttpExchange exchange) throws IOException, InterruptedException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, 0);
        OutputStream out = exchange.getResponseBody();
        out.write(": connected\n\n".getBytes(StandardCharsets.UTF_8));
        out.flush();
        Listener listener = new Listener(out, new CountDownLatch(1));
        listeners.add(listener);
        listener.gone().await();
    }

    /** Tells every open page to reload; pages that went away are dropped. */
    void broadcast(long buildNumber) {
        byte[] message = ("event: reload\ndata: " + buildNumber + "\n\n").getBytes(StandardCharsets.UTF_8);
        for (Listener l : listeners) {
            try {
                l.out().write(message);
                l.out().flush();
            } catch (IOException e) {
                listeners.remove(l);
                l.gone().countDown();
            }
        }
    }

    int listeners() {
        return listeners.size();
    }

    void closeAll() {
        for (Listener l : listeners) {
            try {
                l.out().close();
            } catch (IOException e) {
                // already gone
            }
            l.gone().countDown();
        }
        listeners.clear();
    }
}
