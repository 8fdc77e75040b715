package ipweek.cli;

import ipweek.build.BuildOptions;
import ipweek.build.BuildResult;
import ipweek.build.SiteBuild;
import ipweek.diag.Diagnostic;
import ipweek.diag.DiagnosticPrinter;
import ipweek.source.SiteFolder;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;

/** {@code ipweek build}: builds the site into the output folder, or reports every problem and leaves it untouched. */
@CommandLine.Command(name = "build", description = "生成网站。内容有错误时不改动原有的输出文件夹。")
final class BuildCommand implements Callable<Integer> {

    @CommandLine.Mixin
    SiteOptions siteOptions;

    @CommandLine.Option(names = "--output", paramLabel = "DIR", defaultValue = "public", description = "输出文件夹，默认 ${DEFAULT-VALUE}")
    Path output;

    @CommandLine.Option(names = "--base-url", paramLabel = "URL", description = "覆盖 site.yaml 中的 base_url（只影响规范链接、订阅和站点地图）")
    String baseUrl;

    @CommandLine.Option(names = "--drafts", description = "包含草稿和未到发布日期的文章（用于预览）")
    boolean drafts;

    @CommandLine.Option(names = "--timings", description = "完成后列出各阶段用时（用于排查构建慢的原因）")
    boolean timings;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final PrintStream err;
    private final Clock clock;

    BuildCommand(PrintStream err, Clock clock) {
        this.err = err;
        this.clock = clock;
    }

    @Override
    public Integer call() {
        var day = siteOptions.today(spec.commandLine(), clock);
        if (baseUrl != null && !baseUrl.matches("https?://[^\\s/]+(/\\S*)?")) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--base-url 应为以 http:// 或 https:// 开头的网址：" + baseUrl);
        }
        SiteFolder site = siteOptions.site(err);
        err.println("正在生成：" + site.root() + " → " + output.toAbsolutePath().normalize());
        BuildResult result = new SiteBuild(new BuildOptions(site, output, Optional.ofNullable(baseUrl), drafts, day)).run();
        long errors = Reports.print(result, err);
        if (errors > 0) {
            err.println("生成失败：" + Reports.summary(result) + "。原有的输出文件夹没有改动。");
            return Main.CONTENT_ERRORS;
        }
        long warnings = result.diagnostics().size();
        err.println(String.format(Locale.ROOT, "完成：生成 %d 个页面，用时 %.1f 秒%s。", result.pages(),
                result.millis() / 1000.0, warnings > 0 ? "（" + Reports.summary(result) + "）" : ""));
        if (timings) {
            result.stages().forEach(s -> err.println(String.format(Locale.ROOT, "  %-12s %7d 毫秒（处理器时间 %d 毫秒）",
                    s.name(), s.millis(), s.cpuMillis())));
        }
        return Main.OK;
    }

    /** Shared printing of problems for the commands. */
    static final class Reports {
        private Reports() {
        }

        /** Prints every problem like a compiler would; returns the number of errors. */
        static long print(BuildResult result, PrintStream err) {
            new DiagnosticPrinter(result::sourceLine).print(result.diagnostics(), err);
            return result.diagnostics().stream().filter(Diagnostic::isError).count();
        }

        static String summary(BuildResult result) {
            long errors = result.diagnostics().stream().filter(Diagnostic::isError).count();
            return DiagnosticPrinter.summary(errors, result.diagnostics().size() - errors);
        }
    }
}
