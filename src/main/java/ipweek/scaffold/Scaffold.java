package ipweek.scaffold;

import ipweek.diag.Diagnostics;
import ipweek.model.Coded;
import ipweek.model.Column;
import ipweek.model.GiRegime;
import ipweek.model.Slugs;
import ipweek.parse.Fields;
import ipweek.parse.YamlReader;
import ipweek.source.SiteFolder;
import ipweek.source.SourceReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code ipweek new}: writes a new content file (or a new item in the file that holds the list) with every required
 * field present and a comment on each, in the right folder, with an ASCII slug made from the title, so it builds as
 * soon as it is written and editors only fill in blanks. Articles and activities are here; typical cases and their
 * batches, GI products and handbook chapters have their own classes, which share the helpers below.
 */
public final class Scaffold {

    /** What {@code ipweek new} did: a file written or edited, or why nothing was. */
    public sealed interface Outcome permits Created, Refused {
    }

    /**
     * What was written, for the message: the file, its slug or id ("" when it has none of its own) and lines for the
     * editor (what was chosen, what is left to fill in), in Chinese.
     */
    public record Created(Path file, String slug, List<String> notes) implements Outcome {

        public Created {
            notes = List.copyOf(notes);
        }

        Created(Path file, String slug) {
            this(file, slug, List.of());
        }
    }

    /** Nothing was written; {@code reason} tells the editor why and what to do instead, in Chinese. */
    public record Refused(String reason) implements Outcome {
    }

    /** Marks a placeholder that must be replaced before publishing: visible on a page if it is forgotten. */
    static final String TO_FILL = ipweek.parse.Placeholders.MARKER;

    private static final Pattern ACTIVITY_NO = Pattern.compile("(?m)^\\s*(?:-\\s+|\\{?\\s*)?.*\\bno:\\s*(\\d+)");
    private static final Pattern ACTIVITY_ID = Pattern.compile("(?m)\\bid:\\s*([a-z0-9][a-z0-9_-]*)");
    /** Slugs keep at most this many pinyin syllables: readable in a URL, not a sentence. */
    private static final int SLUG_SYLLABLES = 6;

    private final SiteFolder site;
    private final LocalDate today;

    public Scaffold(SiteFolder site, LocalDate today) {
        this.site = site;
        this.today = today;
    }

    /** A short slug from a title: the first few syllables of its pinyin (启动仪式 → qi-dong-yi-shi). */
    public static String slugFor(String title) {
        String[] parts = Slugs.of(title).split("-");
        return String.join("-", Arrays.copyOf(parts, Math.min(parts.length, SLUG_SYLLABLES)));
    }

    public Created article(String title, Column column, Optional<String> slug) {
        Path folder = site.content().resolve("articles").resolve(column.code());
        String s = unique(slug.orElse(slugFor(title)), candidate -> Files.exists(folder.resolve(candidate + ".md")));
        Path file = folder.resolve(s + ".md");
        String text = """
                ---
                title: %s                # 标题（必填，建议不超过 60 字）
                date: "%s"               # 发布日期（必填）；晚于构建日期的文章到期才发布
                source: %s               # 信息来源（必填）
                summary:                 # 摘要：一两句话（可选）
                tags: []                 # 标签，例如 [宣传周, 启动仪式]（可选）
                draft: true              # 草稿：写好后删除这一行或改为 false 才会发布
                ---

                在这里写正文。段落之间空一行；小标题以“## ”开头。
                """.formatted(yamlText(title), today, yamlText(sponsor()));
        write(file, text, false);
        return new Created(file, s);
    }

    public Created activity(String title, Optional<String> slug) {
        Path file = site.content().resolve("activities.yaml");
        String existing = read(file);
        int next = 1;
        Matcher no = ACTIVITY_NO.matcher(existing);
        while (no.find()) {
            next = Math.max(next, Integer.parseInt(no.group(1)) + 1);
        }
        String ids = existing;
        String s = unique(slug.orElse(slugFor(title)), candidate -> Pattern.compile("\\bid:\\s*" + Pattern.quote(candidate) + "\\s*(#|$|,|})", Pattern.MULTILINE).matcher(ids).find());
        String entry = """
                - id: %s                 # 活动标识：小写英文、数字、连字符，用作网址
                  no: %d                 # 序号：从 1 开始连续编排
                  title: %s
                  form: other            # 活动形式：launch_ceremony 启动仪式、press_conference 新闻发布会、square_event 广场宣传、lecture 讲座、quiz 知识竞答、livestream 直播 …
                  start: "%s"            # 开始日期
                  end: "%s"              # 结束日期（不能早于开始日期）
                  # time: "09:30-11:30"  # 时间（可选）
                  venue: 待定             # 地点
                  lead_unit: %s          # 牵头单位（必填）
                  audience: [public]     # 面向对象：public 社会公众、enterprise 企业、students 青少年学生 …
                  summary: |
                    在这里写活动简介。
                """.formatted(s, next, yamlText(title), today, today, yamlText(sponsor()));
        String prefix = existing.isEmpty() || existing.endsWith("\n") ? "" : "\n";
        write(file, prefix + entry, true);
        return new Created(file, s);
    }

    /** A case at the end of a batch ({@code --batch}, or the newest batch folder), numbered after the last one. */
    public Outcome typicalCase(String title, Optional<String> batch, Optional<String> slug) {
        return new CaseScaffold(site, today).add(title, batch, slug, sponsor());
    }

    /** A new batch folder of typical cases with its {@code _batch.yaml}; cases go in with {@link #typicalCase}. */
    public Outcome caseBatch(String title, Optional<String> slug) {
        return new BatchScaffold(site.content(), today).add(title, slug, sponsor());
    }

    /** A geographical-indication product file with the required fields of one protection regime. */
    public Outcome giProduct(String name, GiRegime regime, Optional<String> slug) {
        return new GiScaffold(site, today).add(name, regime, slug);
    }

    /** A handbook chapter file, numbered after the last one, and its entry at the end of {@code chapters:}. */
    public Outcome chapter(String title, Optional<String> slug) {
        return new ChapterScaffold(site).add(title, slug);
    }

    /** {@code code 名称、code 名称 …}: the values an editor may write, for a comment. */
    static String codes(Coded[] values) {
        return String.join("、", Arrays.stream(values).map(v -> v.code() + " " + v.label()).toList());
    }

    private String sponsor() {
        Path file = site.content().resolve("site.yaml");
        Diagnostics ignored = new Diagnostics();
        return new SourceReader(ignored).read(file, "content/site.yaml")
                .flatMap(f -> new YamlReader().read(f.rel(), f.text(), 1, ignored))
                .flatMap(node -> Fields.of(node, "", ignored))
                .map(f -> f.text("sponsor"))
                .filter(s -> !s.isBlank())
                .orElse("（请填写信息来源）");
    }

    static String unique(String base, java.util.function.Predicate<String> taken) {
        String s = base.isEmpty() ? "xin" : base;
        for (int n = 2; taken.test(s); n++) {
            s = base + "-" + n;
        }
        return s;
    }

    /** A YAML scalar that stays text: quoted when it holds characters YAML would read otherwise. */
    static String yamlText(String value) {
        boolean plain = !value.isEmpty() && !value.matches("(?s).*([:#\\[\\]{}&*!|>'\"%@`,]|^\\s|\\s$|^-|^\\?).*")
                && !value.matches("[0-9.+-].*|true|false|null|~|yes|no");
        return plain ? value : "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    static String read(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces a file the editor wrote with its edited text (only after the edit was made on what was read). */
    static void overwrite(Path file, String text) {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void write(Path file, String text, boolean append) {
        try {
            Files.createDirectories(file.getParent());
            if (append) {
                Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            } else {
                Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
