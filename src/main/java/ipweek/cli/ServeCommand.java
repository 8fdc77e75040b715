package ipweek.cli;

import ipweek.build.BuildOptions;
import ipweek.serve.PreviewServer;
import ipweek.source.SiteFolder;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;

/** {@code ipweek serve}: a local preview that rebuilds and reloads on every save. */
@CommandLine.Command(name = "serve", description = "本地预览：生成网站（含草稿和定时发布的文章）并在 127.0.0.1 上提供访问，修改文件后自动更新并刷新浏览器。")
final class ServeCommand implements Callable<Integer> {

    @CommandLine.Mixin
    SiteOptions siteOptions;

    @CommandLine.Option(names = "--port", paramLabel = "端口", defaultValue = "8820", description = "端口，默认 ${DEFAULT-VALUE}；0 表示任选空闲端口")
    int port;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final PrintStream err;
    private final Clock clock;

    ServeCommand(PrintStream err, Clock clock) {
        this.err = err;
        this.clock = clock;
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        var day = siteOptions.today(spec.commandLine(), clock);
        SiteFolder site = siteOptions.site(err);
        Path preview = Files.createTempDirectory("ipweek-preview-");
        try (PreviewServer server = new PreviewServer(new BuildOptions(site, preview, Optional.empty(), true, day), port, err)) {
            err.println("预览地址：" + server.url() + "  （按 Ctrl+C 停止）");
            CountDownLatch stop = new CountDownLatch(1);
            Runtime.getRuntime().addShutdownHook(new Thread(stop::countDown));
            stop.await();
        } catch (java.net.BindException e) {
            err.println("端口 " + port + " 已被占用，请用 --port 换一个端口。");
            return Main.USAGE;
        }
        return Main.OK;
    }
}
