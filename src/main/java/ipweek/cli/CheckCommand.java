package ipweek.cli;

import ipweek.build.BuildOptions;
import ipweek.build.BuildResult;
import ipweek.build.SiteCheck;
import ipweek.diag.Diagnostic;
import ipweek.diag.JsonReport;
import ipweek.source.SiteFolder;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;

/**
 * {@code ipweek check}: validates content and templates and follows every link of the site a build would make,
 * without writing the output. Exit 0 clean (warnings allowed unless {@code --strict}), 1 problems.
 */
@CommandLine.Command(name = "check", description = "检查内容、模板以及生成后每个页面的站内链接、锚点和图片，不写出网站。")
final class CheckCommand implements Callable<Integer> {

    enum Format { text, json }

    @CommandLine.Mixin
    SiteOptions siteOptions;

    @CommandLine.Option(names = "--format", paramLabel = "格式", defaultValue = "text", description = "输出格式：text（默认）或 json")
    Format format;

    @CommandLine.Option(names = "--strict", description = "有警告也算不通过（退出码 1）")
    boolean strict;

    @CommandLine.Option(names = "--drafts", description = "同时检查草稿和未到发布日期的文章")
    boolean drafts;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final PrintStream out;
    private final PrintStream err;
    private final Clock clock;

    CheckCommand(PrintStream out, PrintStream err, Clock clock) {
        this.out = out;
        this.err = err;
        this.clock = clock;
    }

    @Override
    public Integer call() {
        var day = siteOptions.today(spec.commandLine(), clock);
        SiteFolder site = siteOptions.site(err);
        BuildResult result = new SiteCheck(new BuildOptions(site, Path.of("unused"), Optional.empty(), drafts, day)).run();
        long errors = result.diagnostics().stream().filter(Diagnostic::isError).count();
        long warnings = result.diagnostics().size() - errors;
        boolean passed = errors == 0 && (!strict || warnings == 0);
        if (format == Format.json) {
            out.print(JsonReport.of(result.diagnostics(), result.pages(), passed));
        } else {
            BuildCommand.Reports.print(result, err);
            err.println((passed ? "检查通过：" : "检查未通过：") + BuildCommand.Reports.summary(result)
                    + (result.pages() > 0 ? "，共 " + result.pages() + " 个页面" : "") + "。");
        }
        return passed ? Main.OK : Main.CONTENT_ERRORS;
    }
}
