package ipweek.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code ipweek} launcher script at the top of the repository: the JVM options it picks per command, its
 * overrides, and that arguments reach the program intact. It runs a stand-in jar ({@link PrintLaunch}), since the
 * real jar is made after the tests.
 */
class LauncherScriptTest {

    private static final Path SCRIPT = Path.of("ipweek").toAbsolutePath();

    @TempDir
    Path dir;

    @Test
    void oneShotCommandsRunOnC1WithACappedHeap() throws Exception {
        Result r = launch(Map.of(), "build", "--output", "out dir");
        assertEquals(0, r.code(), r.output());
        String jvm = r.jvm();
        assertTrue(jvm.contains("-XX:TieredStopAtLevel=1"), jvm);
        assertTrue(jvm.contains("-XX:+UseParallelGC"), jvm);
        assertTrue(jvm.contains("-Xmx1g"), jvm);
        assertTrue(jvm.contains("-Xms768m"), "the old generation starts large enough for a big site: " + jvm);
        assertEquals(List.of("build", "--output", "out dir"), r.args(), "an argument with a space stays one argument");
    }

    @Test
    void theLongRunningPreviewKeepsTheOptimisingCompilerAndG1() throws Exception {
        Result r = launch(Map.of(), "serve", "--port", "8820");
        assertFalse(r.jvm().contains("TieredStopAtLevel") || r.jvm().contains("UseParallelGC"), r.jvm());
        assertTrue(r.jvm().contains("-Xmx1g"), r.jvm());
        assertFalse(r.jvm().contains("-Xms"), r.jvm());
    }

    @Test
    void theHeapCapAndExtraOptionsCanBeOverridden() throws Exception {
        Result r = launch(Map.of("IPWEEK_HEAP", "2g", "IPWEEK_JAVA_OPTS", "-Dipweek.test=1 -Xmx3g"), "check");
        String jvm = r.jvm();
        assertTrue(jvm.contains("-Xmx2g") && jvm.contains("-Dipweek.test=1"), jvm);
        assertFalse(jvm.contains("-Xms"), "a starting size above a smaller cap would stop the JVM: " + jvm);
        assertTrue(jvm.indexOf("-Xmx3g") > jvm.indexOf("-Xmx2g"), "extra options come last, so they win: " + jvm);
    }

    @Test
    void aBuildSavesTheClassArchiveAndLaterRunsMapIt() throws Exception {
        Path cache = dir.resolve("cache");
        Result first = launch(Map.of("IPWEEK_CACHE", cache.toString()), "build", "exit=3");
        assertEquals(3, first.code(), "the exit code passes through the run that saves the archive: " + first.output());
        assertTrue(first.jvm().contains("-XX:ArchiveClassesAtExit=" + cache), first.jvm());
        assertTrue(first.jvm().contains("-Xlog:cds*=off"), "the JVM's archive messages never reach the output: " + first.jvm());

        // the stand-in jar's classes are in a folder, which the JVM does not archive: put an archive there as a build would
        Path archive = Path.of(first.jvm().replaceAll(".*-XX:ArchiveClassesAtExit=(\\S+)\\.\\d+\\.part.*", "$1"));
        Files.write(archive, new byte[] {1});
        Result later = launch(Map.of("IPWEEK_CACHE", cache.toString()), "check");
        assertTrue(later.jvm().contains("-XX:SharedArchiveFile=" + archive), later.jvm());
        assertFalse(later.jvm().contains("ArchiveClassesAtExit"), later.jvm());
        Result preview = launch(Map.of("IPWEEK_CACHE", cache.toString()), "serve");
        assertTrue(preview.jvm().contains("-XX:SharedArchiveFile=" + archive), "the preview maps it too: " + preview.jvm());

        // older than the jar just made (and, on any machine that installed Java more than an hour ago, newer than java)
        Files.setLastModifiedTime(archive, java.nio.file.attribute.FileTime.from(
                java.time.Instant.now().minus(java.time.Duration.ofHours(1))));
        Result updated = launch(Map.of("IPWEEK_CACHE", cache.toString()), "build");
        assertTrue(updated.jvm().contains("-XX:ArchiveClassesAtExit="), "a jar newer than the archive makes a new one: "
                + updated.jvm());
    }

    @Test
    void onlyABuildMakesTheArchiveAndItCanBeTurnedOff() throws Exception {
        Path cache = dir.resolve("cache");
        assertFalse(launch(Map.of("IPWEEK_CACHE", cache.toString()), "new", "article", "x").jvm().contains("Archive"));
        assertFalse(launch(Map.of("IPWEEK_CACHE", cache.toString()), "serve").jvm().contains("Archive"));
        assertFalse(launch(Map.of("IPWEEK_CACHE", cache.toString(), "IPWEEK_CDS", "off"), "build").jvm().contains("Archive"));
    }

    @Test
    void aMissingJarIsExplainedInChinese() throws Exception {
        Result r = run(Map.of("IPWEEK_JAR", dir.resolve("none.jar").toString()), "build");
        assertEquals(2, r.code());
        assertTrue(r.output().contains("请先") && r.output().contains("mvn -q package"), r.output());
    }

    private Result launch(Map<String, String> env, String... args) throws Exception {
        Map<String, String> all = new java.util.HashMap<>(env);
        all.put("IPWEEK_JAR", standInJar().toString());
        return run(all, args);
    }

    /**
     * A jar whose main class is {@link PrintLaunch}, found on the test classes folder through its manifest; made once
     * per test, so that its time stays older than a class archive made after it.
     */
    private Path standInJar() throws IOException {
        Path jar = dir.resolve("stand-in.jar");
        if (Files.exists(jar)) {
            return jar;
        }
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.put(Attributes.Name.MAIN_CLASS, PrintLaunch.class.getName());
        Path classes = Path.of(PrintLaunch.class.getProtectionDomain().getCodeSource().getLocation().getPath());
        main.put(Attributes.Name.CLASS_PATH, classes.toUri().toString());
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream ignored = new JarOutputStream(out, manifest)) {
            return jar;
        }
    }

    private Result run(Map<String, String> env, String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("sh", SCRIPT.toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().remove("IPWEEK_HEAP");
        pb.environment().remove("IPWEEK_JAVA_OPTS");
        pb.environment().remove("IPWEEK_CDS");
        pb.environment().put("IPWEEK_CACHE", dir.resolve("default-cache").toString());
        pb.environment().putAll(env);
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Result(p.waitFor(), output);
    }

    private record Result(int code, String output) {
        String jvm() {
            return output.lines().filter(l -> l.startsWith("jvm ")).findFirst().orElse("");
        }

        List<String> args() {
            return output.lines().filter(l -> l.startsWith("arg ")).map(l -> l.substring(4)).toList();
        }
    }
}
