package ipweek.scaffold;

import ipweek.model.BatchOccasion;
import ipweek.model.OrdinalStyle;
import ipweek.parse.CaseLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * {@code ipweek new batch}: a new batch folder of typical cases, {@code content/cases/<slug>/_batch.yaml}, with the
 * required fields filled from the title, the site's sponsor and the date, and the optional ones as comments. A city
 * publishes its cases a batch at a time (每年宣传周的十大典型案例), so the batch comes first and {@code new case} then
 * fills it.
 */
final class BatchScaffold {

    private final Path cases;
    private final LocalDate today;

    BatchScaffold(Path content, LocalDate today) {
        this.cases = content.resolve("cases");
        this.today = today;
    }

    Scaffold.Outcome add(String title, Optional<String> slug, String publisher) {
        String base = slug.orElse(Scaffold.slugFor(title));
        // a folder or a whole-batch file of that name would be the same batch
        String id = Scaffold.unique(base.isEmpty() ? "pici" : base, candidate -> Files.exists(cases.resolve(candidate))
                || Files.exists(cases.resolve(candidate + ".yaml")) || Files.exists(cases.resolve(candidate + ".yml")));
        Path file = cases.resolve(id).resolve(CaseLoader.BATCH_FILE);
        Scaffold.write(file, String.join("\n", template(title, publisher)) + "\n", false);
        return new Scaffold.Created(file, id, List.of(
                "这是一个新的案例批次，还没有案例：用 ipweek new case \"案件名称\" --batch " + id + " 逐件添加"
                        + "（不写 --batch 时放入发布日期最新的批次）。",
                "请核对 publisher（发布单位）和 published（发布日期：晚于构建日期的批次到期才发布），写好 intro（导语）。"));
    }

    private List<String> template(String title, String publisher) {
        return List.of(
                "# 典型案例批次（" + today + " 用 ipweek new batch 新建）：本文件夹中每个案例一个文件，文件名开头的数字是案例序号",
                "title: " + Scaffold.yamlText(title) + "    # 批次名称（必填）",
                "publisher: " + Scaffold.yamlText(publisher) + "    # 发布单位（必填）",
                "published: \"" + today + "\"    # 发布日期（必填，带英文引号）；晚于构建日期的批次到期才发布",
                "# 发布场合：" + Scaffold.codes(BatchOccasion.values()),
                "occasion: " + BatchOccasion.IP_WEEK.code(),
                "# batch_label: " + today.getYear() + "年度十大    # 批次号（可选），如 第一批、" + today.getYear() + "年度十大",
                "# 序号样式（可选）：" + Scaffold.codes(OrdinalStyle.values()),
                "# ordinal_style: " + OrdinalStyle.CHINESE.code(),
                "# expected_count: 10    # 预期案例数（可选）；与实际件数不同时检查会给出警告",
                "intro: |    # 导语（可选，Markdown）：为什么发布、怎样遴选、涵盖哪些领域",
                "  " + Scaffold.TO_FILL + "导语。",
                "# source_url: https://    # 原发布链接（可选）");
    }
}
