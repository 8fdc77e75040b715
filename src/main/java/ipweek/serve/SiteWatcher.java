package ipweek.serve;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Watches folders (recursively, including folders created later) and calls back once per burst of changes: editors'
 * tools often write a file in several steps, so events are gathered until the folders are quiet for a moment.
 */
final class SiteWatcher implements Closeable {

    /** How long to wait for more events after one: an editor's save is a burst of a few within milliseconds. */
    private static final long QUIET_MILLIS = 20;

    private final WatchService watch;
    private final Thread thread;

    /**
     * Watches {@code roots}; after each burst of events calls {@code onChange} with the paths that changed, or with
     * an empty value when they are not known (the system dropped events). Start it before the first build reads the
     * folders, so that no change falls between the two.
     */
    SiteWatcher(List<Path> roots, Consumer<Optional<Set<Path>>> onChange) throws IOException {
        this.watch = FileSystems.getDefault().newWatchService();
        for (Path root : roots) {
            if (Files.isDirectory(root)) {
                registerTree(root);
            }
        }
        this.thread = new Thread(() -> loop(onChange), "ipweek-watch");
        thread.setDaemon(true);
        thread.start();
    }

    private void registerTree(Path root) throws IOException {
        try (Stream<Path> dirs = Files.walk(root)) {
            for (Path dir : dirs.filter(Files::isDirectory).toList()) {
                dir.register(watch, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                        StandardWatchEventKinds.ENTRY_DELETE);
            }
        }
    }

    private void loop(Consumer<Optional<Set<Path>>> onChange) {
        try {
            while (true) {
                WatchKey key = watch.take();
                Set<Path> changed = new HashSet<>();
                boolean lost = drain(key, changed);
                WatchKey more;
                while ((more = watch.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) != null) {
                    lost |= drain(more, changed);
                }
                if (!changed.isEmpty() || lost) {
                    onChange.accept(lost ? Optional.empty() : Optional.of(changed));
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closing
        }
    }

    /** Adds the paths of {@code key}'s events to {@code changed}; true when events were lost (overflow). */
    private boolean drain(WatchKey key, Set<Path> changed) {
        Path dir = (Path) key.watchable();
        boolean lost = false;
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.OVERFLOW || !(event.context() instanceof Path name)) {
                lost = true;
                continue;
            }
            changed.add(dir.resolve(name));
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE) {
                Path created = dir.resolve(name);
                if (Files.isDirectory(created)) {
                    try {
                        registerTree(created);
                    } catch (IOException e) {
                        // the folder vanished again; nothing to watch
                    }
                }
            }
        }
        key.reset();
        return lost;
    }

    @Override
    public void close() throws IOException {
        watch.close();
        thread.interrupt();
    }
}
