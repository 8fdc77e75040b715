package ipweek.cli;

import ipweek.source.EmbeddedDemo;
import ipweek.source.SiteFolder;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import picocli.CommandLine;

/** The options every command that reads a site shares: where the site is and which day it is. */
final class SiteOptions {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @CommandLine.Option(names = "--source", paramLabel = "DIR",
            description = "站点文件夹（含 content/，可含 templates/、assets/）。默认：当前文件夹有 content/site.yaml 时用当前文件夹，否则用内置示例站点")
    Path source;

    @CommandLine.Option(names = "--today", paramLabel = "YYYY-MM-DD", description = "把构建日期固定为这一天（默认今天，北京时间）")
    String today;

    LocalDate today(CommandLine commandLine, Clock clock) {
        try {
            return today == null ? LocalDate.now(clock.withZone(CHINA)) : LocalDate.parse(today);
        } catch (DateTimeParseException e) {
            throw new CommandLine.ParameterException(commandLine, "--today 应为 YYYY-MM-DD 格式的日期：" + today);
        }
    }

    SiteFolder site(PrintStream err) {
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
