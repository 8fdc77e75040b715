package ipweek.cli;

import ipweek.build.BuildOptions;
import ipweek.build.BuildResult;
import ipweek.build.SiteBuild;
import ipweek.diag.Diagnostic;
import ipweek.diag.DiagnosticPrinter;
import ipweek.diag.Severity;
import ipweek.source.EmbeddedDemo;
import ipweek.source.SiteFolder;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;

/** {@code ipweek build}: builds the site into the output folder, or reports every problem and leaves it untouched. */
@CommandLine.Command(name = "build", description = "生成网站。内容有错误时不改动原有的输出文件夹。")
final class BuildCommand implements Callable<Integer> {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @CommandLine.Option(names = "--source", paramLabel = "DIR",
            description = "站点文件夹（含 content/，可含 templates/、assets/）。默认：当前文件夹有 content/site.yaml 时用当前文件夹，否则用内置示例站点")
    Path source;

    @CommandLine.Option(names = "--output", paramLabel = "DIR", defaultValue = "public", description = "输出文件夹，默认 ${DEFAULT-VALUE}")
    Path output;

    @CommandLine.Option(names = "--base-url", paramLabel = "URL", description = "覆盖 site.yaml 中的 base_url（只影响规范链接、订阅和站点地图）")
    String baseUrl;

    @CommandLine.Option(names = "--drafts", description = "包含草稿和未到发布日期的文章（用于预览）")
    boolean drafts;

    @CommandLine.Option(names = "--today", paramLabel = "YYYY-MM-DD", description = "把构建日期固定为这一天（默认今天，北京时间）")
    String today;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final PrintStream err;
    private final Clock clock;

    BuildCommand(PrintStream err) {
        this(err, Clock.system(CHINA));
    }

    BuildCommand(PrintStream err, Clock clock) {
        this.err = err;
        this.clock = clock;
    }

    @Override
    public Integer call() {
        LocalDate day;
        try {
            day = today == null ? LocalDate.now(clock.withZone(CHINA)) : LocalDate.parse(today);
        } catch (DateTimeParseException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--today 应为 YYYY-MM-DD 格式的日期：" + today);
        }
        if (baseUrl != null && !baseUrl.matches("https?://[^\\s/]+(/\\S*)?")) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--base-url 应为以 http:// 或 https:// 开头的网址：" + baseUrl);
        }
        SiteFolder site = resolveSource();
        err.println("正在生成：" + site.root() + " → " + output.toAbsolutePath().normalize());
        BuildResult result = new SiteBuild(new BuildOptions(site, output, Optional.ofNullable(baseUrl), drafts, day)).run();
        DiagnosticPrinter printer = new DiagnosticPrinter(result::sourceLine);
        printer.print(result.diagnostics(), err);
        long errors = result.diagnostics().stream().filter(Diagnostic::isError).count();
        long warnings = result.diagnostics().stream().filter(d -> d.severity() == Severity.WARNING).count();
        if (errors > 0) {
            err.println("生成失败：" + DiagnosticPrinter.summary(errors, warnings) + "。原有的输出文件夹没有改动。");
            return Main.CONTENT_ERRORS;
        }
        err.println(String.format(Locale.ROOT, "完成：生成 %d 个页面，用时 %.1f 秒%s。", result.pages(),
                result.millis() / 1000.0, warnings > 0 ? "（" + DiagnosticPrinter.summary(errors, warnings) + "）" : ""));
        return Main.OK;
    }

    private SiteFolder resolveSource() {
        if (source != null) {
            return new SiteFolder(source);
        }
        if (Files.isRegularFile(Path.of("content", "site.yaml"))) {
            return new SiteFolder(Path.of("."));
        }
        err.println("未指定 --source，使用内置示例站点。");
        return EmbeddedDemo.extract();
    }
}
