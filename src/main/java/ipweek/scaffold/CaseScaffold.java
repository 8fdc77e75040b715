package ipweek.scaffold;

import ipweek.model.AmountKind;
import ipweek.model.CampaignKind;
import ipweek.model.IpType;
import ipweek.model.PartyType;
import ipweek.model.Proceeding;
import ipweek.model.Slugs;
import ipweek.parse.CaseLoader;
import ipweek.source.SiteFolder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * {@code ipweek new case}: a typical case at the end of a batch. In a batch folder it is a new file
 * {@code NN-<slug>.yaml} numbered after the last case file (and given the next {@code sequence} when the batch's cases
 * carry one); in a whole-batch file it is a new item at the end of {@code cases:}. The required texts hold visible
 * placeholders, so the site still builds while the editor writes them.
 */
final class CaseScaffold {

    private static final Pattern FILE_NUMBER = Pattern.compile("^(\\d{1,4})(?:[-_.]|$)");
    private static final Pattern SEQUENCE = Pattern.compile("(?m)^\\s*(?:-\\s+)?sequence:\\s*(\\d+)");
    private static final Pattern PUBLISHED = Pattern.compile("(?m)^published:\\s*[\"']?(\\d{4}-\\d{2}-\\d{2})");
    private static final Pattern EXPECTED = Pattern.compile("(?m)^expected_count:\\s*(\\d+)");

    private final SiteFolder site;
    private final LocalDate today;

    CaseScaffold(SiteFolder site, LocalDate today) {
        this.site = site;
        this.today = today;
    }

    /** A batch as found on disk: a folder with {@code _batch.yaml}, or a whole-batch file. */
    private record Batch(String name, Path path, boolean folder) {

        String id() {
            return Slugs.of(name);
        }

        Path header() {
            return folder ? path.resolve(CaseLoader.BATCH_FILE) : path;
        }

        String published() {
            Matcher m = PUBLISHED.matcher(Scaffold.read(header()));
            return m.find() ? m.group(1) : "";
        }
    }

    Scaffold.Outcome add(String title, Optional<String> wanted, Optional<String> slug, String unit) {
        List<Batch> batches = batches();
        if (wanted.isPresent()) {
            String w = wanted.get();
            return batches.stream().filter(b -> b.name().equals(w) || b.id().equals(w)).findFirst()
                    .map(b -> b.folder() ? toFolder(b, title, slug, unit, false) : toFile(b, title, unit))
                    .orElseGet(() -> new Scaffold.Refused("没有批次“" + w + "”。" + known(batches)));
        }
        return batches.stream().filter(Batch::folder)
                .max(Comparator.comparing(Batch::published).thenComparing(Batch::name))
                .map(b -> toFolder(b, title, slug, unit, true))
                .orElseGet(() -> new Scaffold.Refused("没有可以默认放入的批次文件夹（content/cases/<批次>/_batch.yaml）。" + known(batches)
                        + "新的批次请先用 ipweek new batch \"批次名称\" 建好批次文件夹。"));
    }

    private Scaffold.Outcome toFolder(Batch batch, String title, Optional<String> slug, String unit, boolean chosen) {
        List<Path> files = list(batch.path()).stream()
                .filter(p -> isYaml(p) && !p.getFileName().toString().startsWith("_batch.")).toList();
        int next = 1;
        int width = 2;
        boolean sequences = false;
        for (Path p : files) {
            Matcher number = FILE_NUMBER.matcher(p.getFileName().toString());
            if (number.find()) {
                next = Math.max(next, Integer.parseInt(number.group(1)) + 1);
                width = Math.max(width, number.group(1).length());
            }
            Matcher sequence = SEQUENCE.matcher(Scaffold.read(p));
            if (sequence.find()) {
                sequences = true;
                next = Math.max(next, Integer.parseInt(sequence.group(1)) + 1);
            }
        }
        String words = slug.orElse(Scaffold.slugFor(title));
        String name = String.format("%0" + width + "d", next) + "-" + (words.isEmpty() ? "anli" : words);
        Path file = batch.path().resolve(Scaffold.unique(name, candidate -> Files.exists(batch.path().resolve(candidate + ".yaml")))
                + ".yaml");
        List<String> lines = template(title, unit, sequences ? Optional.of(next) : Optional.empty());
        Scaffold.write(file, String.join("\n", lines) + "\n", false);
        List<String> notes = new ArrayList<>();
        notes.add((chosen ? "放在最新的批次 " : "放在批次 ") + batch.name() + " 中，是这一批的第 " + (files.size() + 1) + " 件"
                + (chosen ? "（要放到别的批次，删除这个文件后加 --batch <批次> 重新运行）。" : "。"));
        notes.addAll(remarks(batch, files.size() + 1));
        return new Scaffold.Created(file, "", notes);
    }

    private Scaffold.Outcome toFile(Batch batch, String title, String unit) {
        String text = Scaffold.read(batch.path());
        Optional<TopLevelList> found = TopLevelList.find(text, "cases");
        if (found.isEmpty()) {
            return new Scaffold.Refused(site.rel(batch.path()) + " 里没有“cases:”列表（每个案例一项，以“- ”开头）。"
                    + "请在文件末尾写一行“cases:”后再运行，或把这个批次改成文件夹：cases/" + batch.name() + "/_batch.yaml 加每案一个文件。");
        }
        TopLevelList cases = found.get();
        Matcher sequence = SEQUENCE.matcher(cases.body());
        int max = 0;
        boolean sequences = false;
        while (sequence.find()) {
            sequences = true;
            max = Math.max(max, Integer.parseInt(sequence.group(1)));
        }
        int count = cases.items() + 1;
        Optional<Integer> next = sequences ? Optional.of(max + 1) : Optional.empty();
        Scaffold.overwrite(batch.path(), cases.withItem(template(title, unit, next)));
        List<String> notes = new ArrayList<>();
        notes.add("已追加到 " + site.rel(batch.path()) + " 的 cases 列表末尾，是这一批的第 " + count + " 件。");
        notes.addAll(remarks(batch, count));
        return new Scaffold.Created(batch.path(), "", notes);
    }

    /** What the editor must do next, and a word on {@code expected_count} when the batch now has more cases. */
    private List<String> remarks(Batch batch, int count) {
        List<String> out = new ArrayList<>();
        out.add("请把 facts（基本案情）、result（处理结果）、significance（典型意义）里的“" + Scaffold.TO_FILL
                + "”换成实际内容，并核对 ip_types、proceeding 和 handling_unit；当事人是自然人的必须匿名（写成“张某”）。");
        Matcher expected = EXPECTED.matcher(Scaffold.read(batch.header()));
        if (expected.find() && Integer.parseInt(expected.group(1)) != count) {
            out.add("批次写明 expected_count: " + expected.group(1) + "，现在共有 " + count + " 件：确实增加了案例的，请把 "
                    + site.rel(batch.header()) + " 中的 expected_count 改为 " + count + "，否则检查时会给出警告。");
        }
        return out;
    }

    /** The case as a top-level mapping: every required field with a placeholder, the optional ones commented out. */
    private List<String> template(String title, String unit, Optional<Integer> sequence) {
        List<String> lines = new ArrayList<>();
        lines.add("# 典型案例（" + today + " 用 ipweek new case 新建）：标有“" + Scaffold.TO_FILL + "”的地方请换成实际内容");
        sequence.ifPresent(n -> lines.add("sequence: " + n + "    # 批次内序号（发布时的“案例几”），从 1 开始连续编排"));
        lines.addAll(List.of(
                "title: " + Scaffold.yamlText(title) + "    # 案件名称（必填）",
                "# 权利类型（必填，可写多个，如 [trademark, counterfeit_goods]）：" + Scaffold.codes(IpType.values()),
                "ip_types: [" + IpType.TRADEMARK.code() + "]",
                "# 程序类型（必填）：" + Scaffold.codes(Proceeding.values()),
                "proceeding: " + Proceeding.ADMINISTRATIVE_PENALTY.code(),
                "handling_unit: " + Scaffold.yamlText(unit) + "    # 办案单位或审理法院（必填）",
                "# region: {name: 某某区, code: \"419902\"}    # 地区（可选；6位行政区划代码加英文引号）",
                "# 专项行动（可选）：" + Scaffold.codes(CampaignKind.values()) + "；可加年份，如 [{id: tiequan, year: "
                        + today.getYear() + "}]",
                "# campaigns: [" + CampaignKind.TIEQUAN.code() + "]",
                "# document_number: 某市监处罚〔" + today.getYear() + "〕1号    # 文号或案号（可选；行政文书的年份用六角括号〔〕）",
                "# decision_date: \"" + today + "\"    # 决定、裁判日期（可选，带英文引号）",
                "# 当事人（可选）：type 为 " + Scaffold.codes(PartyType.values()) + "；自然人必须匿名，写成“张某”“张某某”",
                "# parties:",
                "#   - {name: 张某, type: " + PartyType.NATURAL_PERSON.code() + ", role: 当事人}",
                "facts: |    # 基本案情（必填，Markdown；段落之间空一行）",
                "  " + Scaffold.TO_FILL + "基本案情。",
                "result: |    # 处理结果、裁判结果（必填，Markdown）",
                "  " + Scaffold.TO_FILL + "处理结果。",
                "# 涉案金额（可选），一律以元为单位写阿拉伯数字：" + Scaffold.codes(AmountKind.values()),
                "# amounts: {" + AmountKind.ILLEGAL_REVENUE.code() + ": 21420, " + AmountKind.FINE.code() + ": 86000}",
                "# legal_basis:    # 法律依据（可选）：法律全称不加书名号",
                "#   - {law: 中华人民共和国商标法, articles: [第五十七条第（三）项]}",
                "significance: |    # 典型意义（必填，Markdown）",
                "  " + Scaffold.TO_FILL + "典型意义。",
                "# source: {publisher: " + Scaffold.yamlText(unit) + "}    # 来源（可选）",
                "# featured: true    # 在首页重点展示（可选）"));
        return lines;
    }

    /** Batch folders and whole-batch files directly under {@code content/cases/}, by name. */
    private List<Batch> batches() {
        Path root = site.content().resolve("cases");
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        return list(root).stream().flatMap(p -> {
            String name = p.getFileName().toString();
            if (Files.isDirectory(p) && Files.isRegularFile(p.resolve(CaseLoader.BATCH_FILE))) {
                return Stream.of(new Batch(name, p, true));
            }
            return Files.isRegularFile(p) && isYaml(p)
                    ? Stream.of(new Batch(name.substring(0, name.lastIndexOf('.')), p, false)) : Stream.empty();
        }).sorted(Comparator.comparing(Batch::name)).toList();
    }

    private static String known(List<Batch> batches) {
        return batches.isEmpty() ? "content/cases/ 下还没有批次。"
                : "现有批次：" + String.join("、", batches.stream().map(Batch::name).toList()) + "。";
    }

    private static boolean isYaml(Path p) {
        String name = p.getFileName().toString();
        return name.endsWith(".yaml") || name.endsWith(".yml");
    }

    private static List<Path> list(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
