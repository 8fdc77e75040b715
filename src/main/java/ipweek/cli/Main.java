package ipweek.cli;

import java.io.PrintStream;
import java.time.Clock;
import picocli.CommandLine;

/** {@code java -jar ipweek.jar <command>}: exit 0 success, 1 content errors, 2 usage error. */
public final class Main {

    public static final int OK = 0;
    public static final int CONTENT_ERRORS = 1;
    public static final int USAGE = 2;

    private Main() {
    }

    /** Exit code when the site did not fit in the heap (nothing was written). */
    public static final int OUT_OF_MEMORY = 3;

    public static void main(String[] args) {
        try {
            System.exit(run(args, System.out, System.err));
        } catch (OutOfMemoryError e) {
            // The build has already abandoned its staging folder; say what to do instead of a stack trace.
            System.err.println("内存不足，没有写出任何文件。网站很大时请加大内存后重试，例如："
                    + "IPWEEK_HEAP=2g ./ipweek build（直接运行 java -jar 时加 -Xmx2g）");
            System.exit(OUT_OF_MEMORY);
        }
    }

    /** Runs a command in-process (tests call this) and returns its exit code. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        Clock clock = Clock.system(SiteOptions.CHINA);
        CommandLine cli = new CommandLine(new IpweekCommand())
                .addSubcommand(new BuildCommand(err, clock))
                .addSubcommand(new CheckCommand(out, err, clock))
                .addSubcommand(new ServeCommand(err, clock))
                .addSubcommand(new NewCommand(err, clock));
        cli.setOut(new java.io.PrintWriter(out, true));
        cli.setErr(new java.io.PrintWriter(err, true));
        inChinese(cli);
        cli.setParameterExceptionHandler((ex, a) -> {
            err.println("参数错误：" + UsageErrors.message(ex));
            ex.getCommandLine().usage(err);
            return USAGE;
        });
        return cli.execute(args);
    }

    /** The headings of every command's help in Chinese (picocli's are English: "Usage:", "Commands:"). */
    private static void inChinese(CommandLine cli) {
        CommandLine.Model.UsageMessageSpec usage = cli.getCommandSpec().usageMessage();
        usage.synopsisHeading("用法：").commandListHeading("%n命令：%n")
                .parameterListHeading("%n参数：%n").optionListHeading("%n选项：%n");
        cli.getSubcommands().values().forEach(Main::inChinese);
    }

    @CommandLine.Command(name = "ipweek", version = "ipweek 0.1",
            description = "把 content/ 中的文章和数据生成知识产权宣传周专题网站。",
            synopsisSubcommandLabel = "命令")
    static final class IpweekCommand implements Runnable {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        // Inherited: "ipweek new --help" shows the help of new. Written out rather than mixinStandardHelpOptions,
        // whose descriptions are English.
        @CommandLine.Option(names = {"-h", "--help"}, usageHelp = true, scope = CommandLine.ScopeType.INHERIT,
                description = "显示帮助后退出")
        boolean help;

        @CommandLine.Option(names = {"-V", "--version"}, versionHelp = true, description = "显示版本号后退出")
        boolean version;

        @Override
        public void run() {
            throw new CommandLine.ParameterException(spec.commandLine(), "请指定命令，例如 build");
        }
    }
}
