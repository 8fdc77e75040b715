package ipweek.cli;

import ipweek.model.Column;
import ipweek.scaffold.Scaffold;
import ipweek.source.SiteFolder;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;

/** {@code ipweek new article|activity "标题"}: a new content file with every required field in place. */
@CommandLine.Command(name = "new", description = "新建内容文件：必填字段齐全并附说明，填空即可。")
final class NewCommand implements Callable<Integer> {

    enum Kind { article, activity }

    @CommandLine.Parameters(index = "0", paramLabel = "类型", description = "article（文章）或 activity（活动）")
    Kind kind;

    @CommandLine.Parameters(index = "1", paramLabel = "标题", description = "标题，例如 \"我市启动知识产权宣传周\"")
    String title;

    @CommandLine.Option(names = "--column", defaultValue = "work_news",
            description = "文章栏目：work_news、local_news、media、notice、policy、interpretation、knowledge，默认 ${DEFAULT-VALUE}")
    String column;

    @CommandLine.Option(names = "--slug", description = "网址标识（小写英文、数字、连字符）；默认由标题的拼音生成")
    String slug;

    @CommandLine.Option(names = "--source", paramLabel = "DIR", defaultValue = ".", description = "站点文件夹，默认当前文件夹")
    Path source;

    @CommandLine.Option(names = "--today", paramLabel = "YYYY-MM-DD", description = "写入的日期（默认今天）")
    String today;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final PrintStream err;
    private final Clock clock;

    NewCommand(PrintStream err, Clock clock) {
        this.err = err;
        this.clock = clock;
    }

    @Override
    public Integer call() {
        SiteOptions dates = new SiteOptions();
        dates.today = today;
        var day = dates.today(spec.commandLine(), clock);
        if (title.isBlank()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "标题不能为空");
        }
        if (slug != null && !ipweek.model.Slugs.isValid(slug)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--slug 只能包含小写英文字母、数字、连字符和下划线：" + slug);
        }
        SiteFolder site = new SiteFolder(source);
        if (!Files.isDirectory(site.content())) {
            err.println("找不到内容文件夹：" + site.content() + "（用 --source 指定站点文件夹）");
            return Main.CONTENT_ERRORS;
        }
        Scaffold scaffold = new Scaffold(site, day);
        Scaffold.Created created = switch (kind) {
            case article -> scaffold.article(title, Column.byCode(column).orElseThrow(() ->
                    new CommandLine.ParameterException(spec.commandLine(), "没有这个栏目：" + column)), Optional.ofNullable(slug));
            case activity -> scaffold.activity(title, Optional.ofNullable(slug));
        };
        err.println("已创建：" + site.rel(created.file()) + "（标识 " + created.slug() + "）");
        err.println(kind == Kind.article ? "写好正文后删除 draft: true 这一行即可发布；用 ipweek serve 可以边写边预览。"
                : "已追加到活动列表末尾，请补全时间、地点和简介。");
        return Main.OK;
    }
}
