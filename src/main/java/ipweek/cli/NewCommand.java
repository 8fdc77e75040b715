package ipweek.cli;

import ipweek.model.Column;
import ipweek.model.GiRegime;
import ipweek.scaffold.Scaffold;
import ipweek.source.SiteFolder;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;

/**
 * {@code ipweek new article|activity|case|batch|gi|chapter "标题"}: a new content file (or a new item in the right file)
 * with every required field in place and a comment on each.
 */
@CommandLine.Command(name = "new", description = {"新建内容：必填字段齐全并附说明，填空即可。",
    "article 文章、activity 活动、case 典型案例、batch 典型案例的新批次、gi 地理标志产品、chapter 维权手册的一章。",
    "例如：ipweek new case \"张某销售假冒白酒案\" --batch 2025-top10"})
final class NewCommand implements Callable<Integer> {

    /** What to create; {@code case} is a Java keyword, hence the words. */
    enum Kind {
        ARTICLE("article"), ACTIVITY("activity"), CASE("case"), BATCH("batch"), GI("gi"), CHAPTER("chapter");

        final String word;

        Kind(String word) {
            this.word = word;
        }
    }

    /** Reads the kind as editors type it. */
    static final class KindWord implements CommandLine.ITypeConverter<Kind> {
        @Override
        public Kind convert(String value) {
            return Arrays.stream(Kind.values()).filter(k -> k.word.equals(value)).findFirst().orElseThrow(() ->
                    new CommandLine.TypeConversionException("没有这种类型：" + value + "（可选 article、activity、case、batch、gi、chapter）"));
        }
    }

    @CommandLine.Parameters(index = "0", paramLabel = "类型", converter = KindWord.class,
            description = "article（文章）、activity（活动）、case（典型案例）、batch（案例批次）、gi（地理标志产品）或 chapter（手册章节）")
    Kind kind;

    @CommandLine.Parameters(index = "1", paramLabel = "标题",
            description = "标题，例如 \"我市启动知识产权宣传周\"；batch 写批次名称，gi 写产品名称，chapter 写章名（不带“第几章”）")
    String title;

    @CommandLine.Option(names = "--column", paramLabel = "栏目", defaultValue = "work_news",
            description = "文章栏目：work_news、local_news、media、notice、policy、interpretation、knowledge，默认 ${DEFAULT-VALUE}")
    String column;

    @CommandLine.Option(names = "--batch", paramLabel = "批次",
            description = "典型案例放入的批次：cases/ 下的文件夹名或整批文件名（不带 .yaml）；默认发布日期最新的批次文件夹")
    String batch;

    @CommandLine.Option(names = "--regime", paramLabel = "保护形式",
            description = "地理标志的保护形式：pgi（地理标志保护产品，默认）、gi_mark（地理标志证明商标、集体商标）、agi（农产品地理标志）")
    String regime;

    @CommandLine.Option(names = "--slug", paramLabel = "网址标识", description = "网址标识（小写英文、数字、连字符）；默认由标题的拼音生成")
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
        if (batch != null && kind != Kind.CASE) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--batch 只用于 new case");
        }
        if (regime != null && kind != Kind.GI) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--regime 只用于 new gi");
        }
        Scaffold scaffold = new Scaffold(site, day);
        Optional<String> chosenSlug = Optional.ofNullable(slug);
        Scaffold.Outcome outcome = switch (kind) {
            case ARTICLE -> scaffold.article(title, Column.byCode(column).orElseThrow(() ->
                    new CommandLine.ParameterException(spec.commandLine(), "没有这个栏目：" + column)), chosenSlug);
            case ACTIVITY -> scaffold.activity(title, chosenSlug);
            case CASE -> scaffold.typicalCase(title, Optional.ofNullable(batch), chosenSlug);
            case BATCH -> scaffold.caseBatch(title, chosenSlug);
            case GI -> scaffold.giProduct(title, regime(), chosenSlug);
            case CHAPTER -> scaffold.chapter(title, chosenSlug);
        };
        if (outcome instanceof Scaffold.Refused refused) {
            err.println("没有新建：" + refused.reason());
            return Main.CONTENT_ERRORS;
        }
        Scaffold.Created created = (Scaffold.Created) outcome;
        err.println("已写入：" + site.rel(created.file()) + (created.slug().isEmpty() ? "" : "（标识 " + created.slug() + "）"));
        created.notes().forEach(err::println);
        switch (kind) {
            case ARTICLE -> err.println("写好正文后删除 draft: true 这一行即可发布；用 ipweek serve 可以边写边预览。");
            case ACTIVITY -> err.println("已追加到活动列表末尾，请补全时间、地点和简介。");
            default -> err.println("改好后运行 ipweek check 检查；用 ipweek serve 可以边写边预览。");
        }
        return Main.OK;
    }

    private GiRegime regime() {
        String code = regime == null ? GiRegime.PGI.code() : regime;
        return Arrays.stream(GiRegime.values()).filter(r -> r.code().equals(code)).findFirst().orElseThrow(() ->
                new CommandLine.ParameterException(spec.commandLine(), "没有这种保护形式：" + code + "（可选 pgi、gi_mark、agi）"));
    }
}
