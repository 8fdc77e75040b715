package ipweek.scaffold;

import ipweek.model.GiCategory;
import ipweek.model.GiRegime;
import ipweek.model.MarkKind;
import ipweek.source.SiteFolder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code ipweek new gi}: a product file {@code content/gi/<slug>.yaml} with the required fields of one protection
 * regime. Texts get visible placeholders so the file validates; registration and certificate numbers, which have a
 * fixed format and are printed on labels, are left empty on purpose — a made-up number that passes the check could be
 * published — so {@code ipweek check} points at them until they are filled in, and the command says so.
 */
final class GiScaffold {

    private final SiteFolder site;
    private final LocalDate today;

    GiScaffold(SiteFolder site, LocalDate today) {
        this.site = site;
        this.today = today;
    }

    Scaffold.Outcome add(String name, GiRegime regime, Optional<String> slug) {
        Path folder = site.content().resolve("gi");
        String id = Scaffold.unique(slug.orElse(Scaffold.slugFor(name)),
                candidate -> Files.exists(folder.resolve(candidate + ".yaml")) || Files.exists(folder.resolve(candidate + ".yml")));
        Path file = folder.resolve(id + ".yaml");
        List<String> lines = new ArrayList<>(List.of(
                "# 地理标志产品（" + today + " 用 ipweek new gi 新建）：标有“" + Scaffold.TO_FILL + "”的地方请换成实际内容",
                "# 网上展只作公益展示，不要写购物链接。",
                "name: " + Scaffold.yamlText(name) + "    # 产品名称（必填）",
                "# 产品类别（必填）：" + Scaffold.codes(GiCategory.values()),
                "category: " + GiCategory.OTHER.code(),
                "location: " + Scaffold.TO_FILL + "所在县区    # 所在县区（必填）：写县区名称，或 {name: 某某县, code: \"419923\"}（6位行政区划代码加英文引号）",
                "# 保护形式（必填，至少一项；同一产品有几种就写几项）：" + Scaffold.codes(GiRegime.values()),
                "protections:"));
        lines.addAll(protection(regime));
        lines.addAll(List.of(
                "origin_area: " + Scaffold.TO_FILL + "产地范围    # 产地范围（必填），以保护公告或登记证书为准",
                "# origin_detail: [某某乡, 某某镇]    # 产地范围包括的乡镇（可选）",
                "features: |    # 产品特色（必填，Markdown；段落之间空一行）",
                "  " + Scaffold.TO_FILL + "产品特色。",
                "# quality_requirements: |    # 质量技术要求摘要（可选，Markdown）",
                "#   ……",
                "# quality_source: {title: 质量技术要求全文名称, url: \"https://…\"}    # 全文的名称和网址（可选）",
                "# history: |    # 历史人文（可选，Markdown）",
                "#   ……",
                "# 专用标志核准使用企业（可选）：name 名称、uscc 统一社会信用代码（必填，会校验第18位校验码）、announcement 核准公告、approved 核准日期",
                "# authorized_users:",
                "#   - {name: 某某有限公司, uscc: 统一社会信用代码18位}",
                "# 图片（可选；不写时卡片上显示产品类别）：文件放在 content/media/gi/ 下，alt 替代文本和 credit 署名必填",
                "# images:",
                "#   - {src: media/gi/" + id + ".png, alt: 图片内容的说明, credit: 拍摄或提供单位, license: 使用条件}",
                "# 资料来源（可选）：公告、标准等官方文件",
                "# sources:",
                "#   - {title: 国家知识产权局地理标志产品保护公告, url: \"https://www.cnipa.gov.cn/\"}"));
        Scaffold.write(file, String.join("\n", lines) + "\n", false);
        List<String> notes = new ArrayList<>();
        notes.add("保护形式：" + regime.code() + "（" + regime.label() + "）；同一产品还有别的保护形式的，在 protections 下照样再写一项。");
        notes.add("请把 location、origin_area、features 等处的“" + Scaffold.TO_FILL + "”换成实际内容，并选好 category。");
        notes.add(switch (regime) {
            case PGI -> "approved 暂填了今天的日期，请改为保护公告的批准日期，announcement 写保护公告号。";
            case GI_MARK -> "registration_no（商标注册号）和 nice_class（商标类别）必须照商标注册证填写：填好之前，ipweek check 会在这两行报“缺少必填字段”。";
            case AGI -> "certificate_no（登记证书编号）和 spec_no（质量控制技术规范编号）必须照登记证书填写：填好之前，ipweek check 会在这两行报“缺少必填字段”。";
        });
        return new Scaffold.Created(file, id, notes);
    }

    private List<String> protection(GiRegime regime) {
        String type = "  - type: " + regime.code() + "    # " + regime.label();
        return switch (regime) {
            case PGI -> List.of(type,
                    "    announcement: " + Scaffold.TO_FILL + "保护公告号    # 保护公告号（必填），如 国家知识产权局公告第xxx号",
                    "    approved: \"" + today + "\"    # 批准日期（必填）：暂填今天，请改为公告的批准日期",
                    "    # authority: 国家知识产权局    # 批准机关（可选）",
                    "    # standard: {code: \"GB/T 00000-0000\", title: 地理标志产品 某某}    # 质量标准（可选）");
            case GI_MARK -> List.of(type,
                    "    mark_kind: " + MarkKind.CERTIFICATION.code() + "    # 必填：" + Scaffold.codes(MarkKind.values()),
                    "    registration_no: \"\"    # 商标注册号（必填）：只有数字，加英文引号，如 \"12345678\"",
                    "    registrant: " + Scaffold.TO_FILL + "注册人    # 注册人（必填）",
                    "    nice_class:    # 商标类别（必填）：尼斯分类 1 到 45，如大米为 30",
                    "    # goods: 核定使用商品    # 核定使用商品（可选）",
                    "    # registered: \"" + today + "\"    # 注册日期（可选）",
                    "    # valid_until: \"" + today.plusYears(10).minusDays(1) + "\"    # 专用权期限（可选；过期会给出警告）");
            case AGI -> List.of(type,
                    "    certificate_no: \"\"    # 登记证书编号（必填）：AGI 加5位数字，如 AGI01459",
                    "    holder: " + Scaffold.TO_FILL + "证书持有人    # 证书持有人（必填）",
                    "    spec_no: \"\"    # 质量控制技术规范编号（必填），如 AGI2014-02-1497",
                    "    # announcement: 农业部公告第xxxx号    # 登记公告（可选）",
                    "    # registered: \"" + today + "\"    # 登记日期（可选）");
        };
    }
}
